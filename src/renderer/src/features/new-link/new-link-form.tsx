import { useEffect, useMemo, useRef, type FormEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { providerCapabilities } from '@shared/domain/provider-capabilities';
import { providerNames } from '@shared/domain/provider-id';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { AccountPicker } from './account-picker';
import { AmountConfirmDialog } from './amount-confirm-dialog';
import { AmountFields, CurrencyField } from './amount-fields';
import { DescriptionField } from './description-field';
import { CustomerFields } from './customer-fields';
import { ExpiryField } from './expiry-field';
import type { FormBinding } from './form-binding';
import { IsbankFields } from './isbank-fields';
import { LinkOptionsFields } from './link-options-fields';
import type { NewLinkDraft } from './new-link-draft';
import { useShopStore } from '../shop-counters';
import { buildLinkRequest, visibleIssues, type FormField } from './new-link-form-model';
import { useNewLinkStore } from './new-link-store';
import { OduyoCustomerField } from './oduyo-customer-field';
import { ProductPicker } from '../products';

/** Text fields whose "required" issue waits for a submit attempt rather than the first blur. */
type TextKey = { [K in keyof NewLinkDraft]: NewLinkDraft[K] extends string ? K : never }[keyof NewLinkDraft];
const typedText: Partial<Record<FormField, TextKey>> = {
  amount: 'amountText',
  maxAmountMinor: 'maxAmountText',
  description: 'description',
  'customer.name': 'customerName',
  'customer.phone': 'customerPhone',
  'customer.email': 'customerEmail',
  minQuantity: 'minQuantityText',
  stock: 'stockText',
  expiresAt: 'customExpiry',
};

/**
 * The New link form. Enter creates (native form submit), Esc clears the draft, focus runs top to
 * bottom in reading order. Every issue comes from the shared rules before anything is sent.
 */
export function NewLinkForm() {
  const { t, language } = useI18n();
  const accountId = useNewLinkStore((s) => s.accountId);
  const provider = useNewLinkStore((s) => s.provider);
  const draft = useNewLinkStore((s) => s.draft);
  const touched = useNewLinkStore((s) => s.touched);
  const attempted = useNewLinkStore((s) => s.attempted);
  const attempt = useNewLinkStore((s) => s.attempt);
  const serverIssues = useNewLinkStore((s) => s.serverIssues);
  const submitError = useNewLinkStore((s) => s.submitError);
  const phase = useNewLinkStore((s) => s.phase);
  const focusRequested = useNewLinkStore((s) => s.focusRequested);
  const { change, touch, submit, clear, focusHandled } = useNewLinkStore.getState();
  const formRef = useRef<HTMLFormElement>(null);

  const issues = useMemo(() => {
    if (!draft || !provider) return {};
    const outcome = buildLinkRequest(draft, { provider, language, now: new Date() });
    return outcome.ok ? {} : outcome.issues;
  }, [draft, provider, language]);
  const shown = { ...visibleIssues(issues, touched, attempted), ...serverIssues };

  // After a blocked submit, take the user to the first field that needs attention.
  useEffect(() => {
    const form = formRef.current;
    if (attempt === 0 || !form) return;
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else form.querySelector('[role="alert"]')?.scrollIntoView({ block: 'nearest' });
  }, [attempt]);

  // The screen opens ready to type the amount.
  const hasForm = Boolean(accountId && draft);
  // Several counters: a link can be left to the shop's queue (any open counter sends it).
  const inShop = useShopStore((s) => s.status.state !== 'off');
  useEffect(() => {
    if (hasForm) formRef.current?.querySelector<HTMLElement>('[name="amount"]')?.focus();
  }, [hasForm]);

  useEffect(() => {
    if (!focusRequested) return;
    formRef.current?.querySelector<HTMLElement>('[name="amount"]')?.focus();
    focusHandled();
  }, [focusRequested, focusHandled]);

  if (!accountId || !provider || !draft) return null;
  const busy = phase.kind === 'submitting';
  const binding: FormBinding = {
    accountId,
    provider,
    caps: providerCapabilities[provider],
    draft,
    change,
    // Leaving an empty field is not a mistake yet: "required" shows after a submit attempt.
    touch: (field) => {
      const typed = typedText[field];
      if (typed === undefined || draft[typed].trim() !== '') touch(field);
    },
    errorOf: (field: FormField) => shown[field]?.[language],
  };
  const hasIssues = Object.keys(shown).length > 0;

  // The buttons keep the focus where it is on mousedown: a blur would show a field's error,
  // push the button down under the pointer and swallow the click.
  const keepFocus = (event: MouseEvent) => event.preventDefault();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit('now', language);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Esc inside a dialog or an open suggestion list belongs to them (they stop it there).
    if (event.key !== 'Escape' || event.defaultPrevented || busy) return;
    if ((event.target as Element).closest('dialog')) return;
    event.preventDefault();
    clear();
  }

  return (
    <form
      ref={formRef}
      className="new-link-form card"
      aria-label={t('newLink.formLabel')}
      data-testid="new-link-form"
      data-provider={provider}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      aria-busy={busy}
    >
      <AccountPicker binding={binding} />
      <ProductPicker binding={binding} />
      {/* Amount → description → create: the path of almost every link, all above the fold. */}
      <div className="field-row new-link-essentials">
        <AmountFields binding={binding} />
        <DescriptionField binding={binding} />
      </div>
      {hasIssues && !submitError && attempted && (
        <p className="message message-error" role="alert">
          {shown.form?.[language] ?? t('newLink.hasErrors')}
        </p>
      )}
      {submitError && <ErrorMessage error={submitError} lead={t('newLink.failed')} />}

      <div className="new-link-actions">
        <button
          type="submit"
          className="button button-primary button-large"
          disabled={busy}
          data-testid="create-link"
          onMouseDown={keepFocus}
        >
          {busy && phase.mode === 'now' ? t('newLink.creating') : t('newLink.create')}
        </button>
        <button
          type="button"
          className="button button-large"
          disabled={busy}
          title={t('newLink.saveDraftHelp')}
          data-testid="save-draft"
          onMouseDown={keepFocus}
          onClick={() => void submit('draft', language)}
        >
          {busy && phase.mode === 'draft' ? t('newLink.creating') : t('newLink.saveDraft')}
        </button>
        {inShop && (
          <button
            type="button"
            className="button button-large"
            disabled={busy}
            title={t('newLink.toShopHelp')}
            data-testid="leave-to-shop"
            onMouseDown={keepFocus}
            onClick={() => void submit('shop', language)}
          >
            {busy && phase.mode === 'shop' ? t('newLink.creating') : t('newLink.toShop')}
          </button>
        )}
        <button type="button" className="button button-quiet" disabled={busy} onClick={clear}>
          {t('newLink.clear')}
        </button>
      </div>
      <p className="new-link-hint">{t('newLink.buttonsHint')}</p>
      {provider === 'isbank' && <IsbankFields binding={binding} />}
      <fieldset className="form-group">
        <legend className="form-group-title">{t('newLink.customer')}</legend>
        {binding.caps.customerAccounts && <OduyoCustomerField binding={binding} />}
        <CustomerFields binding={binding} />
      </fieldset>
      <fieldset className="form-group">
        <legend className="form-group-title">{t('newLink.options')}</legend>
        <CurrencyField binding={binding} />
        <LinkOptionsFields binding={binding} />
        <ExpiryField binding={binding} />
      </fieldset>
      <AmountConfirmDialog />
      <p className="new-link-keys">{t('newLink.keys')}</p>
      <p className="new-link-reference">
        {t('newLink.reference')}: <span className="mono" data-testid="draft-reference">{draft.reference}</span>
        <span className="visually-hidden"> · {providerNames[provider]}</span>
      </p>
    </form>
  );
}
