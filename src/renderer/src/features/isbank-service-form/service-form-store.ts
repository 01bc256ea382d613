import { create } from 'zustand';
import type { Currency } from '../../../../shared/domain/money';
import type { ValidationIssue } from '../../../../shared/domain/validation';
import type { ServiceFormModel } from '../../../../shared/service-spec';
import type { AppError } from '../../../../shared/result';
import { invoke } from '../../lib/ipc';
import { checkServiceForm, currenciesOf, readAmount } from './service-form-logic';

type LoadState = { state: 'idle' } | { state: 'loading' } | { state: 'failed'; error: AppError } | { state: 'ready'; model: ServiceFormModel };

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
  open(accountId: string): void;
  close(): void;
  fetch(serviceId: string): Promise<void>;
  setValue(key: string, value: string): void;
  setAmountText(text: string): void;
  setCurrency(currency: Currency): void;
  touch(key: string): void;
  /** Marks the form submitted; true when it has no problems. */
  submit(): boolean;
}

const blank = {
  values: {},
  amountText: '',
  currency: 'TRY' as Currency,
  touched: new Set<string>(),
  submitted: false,
  issues: [],
  valid: false,
};

export const useServiceFormStore = create<ServiceFormState>()((set, get) => {
  /** Re-checks after a change; an edit after a valid submit hides the (now stale) summary. */
  const recheck = (patch: Partial<ServiceFormState>) => {
    const next = { ...get(), ...patch };
    if (next.load.state !== 'ready') return set(patch);
    const issues = checkServiceForm(next.load.model, next.values, readAmount(next.amountText, next.currency));
    set({ ...patch, issues, valid: false });
  };
  return {
    accountId: null,
    load: { state: 'idle' },
    ...blank,
    open(accountId) {
      set({ accountId, load: { state: 'idle' }, ...blank });
    },
    close() {
      set({ accountId: null, load: { state: 'idle' }, ...blank });
    },
    async fetch(serviceId) {
      const { accountId } = get();
      if (!accountId) return;
      set({ load: { state: 'loading' }, ...blank });
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
