import { create } from 'zustand';
import type { LinkRecord } from '@shared/domain/link-record';
import { newLinkReference } from '@shared/domain/link-reference';
import type { Currency } from '@shared/domain/money';
import type { OutboxItem } from '@shared/domain/outbox-item';
import type { ValidationIssue } from '@shared/domain/validation';
import type { ServiceFormModel } from '@shared/service-spec';
import type { AppError } from '@shared/result';
import { invoke } from '../../lib/ipc';
import { checkServiceForm, currenciesOf, readAmount } from './service-form-logic';

type LoadState = { state: 'idle' } | { state: 'loading' } | { state: 'failed'; error: AppError } | { state: 'ready'; model: ServiceFormModel };

/** Paying: done (recorded in history), waiting in the outbox (offline, or İşbank's answer lost), or refused. */
export type PaymentState =
  | { state: 'idle' }
  | { state: 'paying' }
  | { state: 'done'; record: LinkRecord }
  | { state: 'pending'; item: OutboxItem }
  | { state: 'failed'; error: AppError };

interface ServiceFormState {
  /** The İşbank account whose dialog is open, or null. */
  accountId: string | null;
  load: LoadState;
  values: Record<string, string>;
  amountText: string;
  currency: Currency;
  touched: ReadonlySet<string>;
  submitted: boolean;
  /** Current problems of the whole form (recomputed on every change). */
  issues: ValidationIssue[];
  /** Set after a submit without problems: the summary is shown. */
  valid: boolean;
  /**
   * The payment's own reference, made when the dialog opens: paying twice (a double click, a
   * retry after an error) can never pay twice; a new payment gets a new one.
   */
  reference: string;
  payment: PaymentState;
  open(accountId: string): void;
  close(): void;
  fetch(serviceId: string): Promise<void>;
  setValue(key: string, value: string): void;
  setAmountText(text: string): void;
  setCurrency(currency: Currency): void;
  touch(key: string): void;
  /** Marks the form submitted; true when it has no problems. */
  submit(): boolean;
  /** Pays the checked form through main (the outbox); the user has confirmed. */
  pay(): Promise<void>;
  /** Clears the form for another payment (new reference). */
  newPayment(): void;
}

const blank = {
  values: {},
  amountText: '',
  currency: 'TRY' as Currency,
  touched: new Set<string>(),
  submitted: false,
  issues: [],
  valid: false,
  payment: { state: 'idle' } as PaymentState,
};

export const useServiceFormStore = create<ServiceFormState>()((set, get) => {
  /** Re-checks after a change; an edit after a valid submit hides the (now stale) summary. */
  const recheck = (patch: Partial<ServiceFormState>) => {
    const next = { ...get(), ...patch };
    if (next.load.state !== 'ready') return set(patch);
    const issues = checkServiceForm(next.load.model, next.values, readAmount(next.amountText, next.currency));
    // A refused payment is history once the form changes; a made or waiting one stays shown.
    const payment: PaymentState = next.payment.state === 'failed' ? { state: 'idle' } : next.payment;
    set({ ...patch, issues, valid: false, payment });
  };
  return {
    accountId: null,
    load: { state: 'idle' },
    ...blank,
    reference: newLinkReference(),
    open(accountId) {
      set({ accountId, load: { state: 'idle' }, ...blank, reference: newLinkReference() });
    },
    close() {
      set({ accountId: null, load: { state: 'idle' }, ...blank });
    },
    async pay() {
      const { accountId, load, values, amountText, currency, reference, valid, payment } = get();
      const amount = readAmount(amountText, currency);
      if (!accountId || load.state !== 'ready' || !valid || amount.kind !== 'money' || payment.state === 'paying') return;
      set({ payment: { state: 'paying' } });
      const filledValues = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== ''));
      const result = await invoke('isbank-services:pay', {
        accountId,
        reference,
        serviceId: String(load.model.serviceId),
        values: filledValues,
        amount: amount.money,
      });
      if (get().reference !== reference) return; // the dialog moved on meanwhile
      if (!result.ok) return set({ payment: { state: 'failed', error: result.error } });
      const { item, record } = result.value;
      set({ payment: record && item.state === 'created' ? { state: 'done', record } : { state: 'pending', item } });
    },
    newPayment() {
      const { accountId, load } = get();
      set({ ...blank, touched: new Set<string>(), reference: newLinkReference(), accountId, load });
      recheck({});
    },
    async fetch(serviceId) {
      const { accountId } = get();
      if (!accountId) return;
      set({ load: { state: 'loading' }, ...blank, reference: newLinkReference() });
      const result = await invoke('isbank-services:get', { accountId, serviceId });
      if (get().accountId !== accountId) return; // the dialog was closed meanwhile
      if (!result.ok) return set({ load: { state: 'failed', error: result.error } });
      const model = result.value;
      const currency = currenciesOf(model)[0] ?? 'TRY';
      set({ load: { state: 'ready', model }, currency });
      recheck({});
    },
    setValue(key, value) {
      recheck({ values: { ...get().values, [key]: value } });
    },
    setAmountText(amountText) {
      recheck({ amountText });
    },
    setCurrency(currency) {
      recheck({ currency });
    },
    touch(key) {
      if (get().touched.has(key)) return;
      set({ touched: new Set([...get().touched, key]) });
    },
    submit() {
      recheck({});
      const valid = get().load.state === 'ready' && get().issues.length === 0;
      set({ submitted: true, valid });
      return valid;
    },
  };
});
