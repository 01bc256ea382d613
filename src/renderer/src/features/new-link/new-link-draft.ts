import type { ProviderCapabilities } from '@shared/domain/capabilities';
import { customExpiryInput, expiryPresetsFor } from '@shared/domain/expiry';
import type { CreateLinkRequest, LinkType } from '@shared/domain/link';
import { istanbulDateTimeText } from '@shared/domain/istanbul-time';
import { newLinkReference } from '@shared/domain/link-reference';
import { formatMinor, type Currency } from '@shared/domain/money';
import { formatPhone } from '@shared/domain/phone';
import { providerCapabilities } from '@shared/domain/provider-capabilities';
import type { ProviderId } from '@shared/domain/provider-id';
import type { ExpiryPreset, LastLinkOptions } from '@shared/domain/settings';

/**
 * What the New link form holds while the shop owner types: text as typed (amounts, phone) plus
 * the choices. The reference is made once per draft and kept, so re-submitting it is idempotent.
 */
export interface NewLinkDraft {
  reference: string;
  linkType: LinkType;
  amountText: string;
  /** Flex links: the most the payer may enter. */
  maxAmountText: string;
  currency: Currency;
  description: string;
  customerName: string;
  customerPhone: string;
  customerEmail: string;
  oduyoCustomerId: string;
  /** How the chosen Ödüyo account is shown (name and id). */
  oduyoCustomerLabel: string;
  maxInstallments: number;
  /** 0 = none. */
  cashPriceInstallments: number;
  minQuantityText: string;
  stockText: string;
  expiryPreset: ExpiryPreset;
  /** `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD` (date-only providers), Turkish time. */
  customExpiry: string;
  notifyBySms: boolean;
  notifyByEmail: boolean;
  isbankMerchantNo: string;
  /** '' until chosen. */
  isbankBranchNo: string;
  isbankDomestic: boolean;
}

const DEFAULT_PRESET: ExpiryPreset = 'provider-default';

export function emptyDraft(provider: ProviderId, last: LastLinkOptions = {}, reference = newLinkReference()): NewLinkDraft {
  const caps = providerCapabilities[provider];
  return fitToProvider(
    {
      reference,
      linkType: last.linkType ?? caps.linkTypes[0] ?? 'amount',
      amountText: '',
      maxAmountText: '',
      currency: last.currency ?? caps.currencies[0] ?? 'TRY',
      description: '',
      customerName: '',
      customerPhone: '',
      customerEmail: '',
      oduyoCustomerId: '',
      oduyoCustomerLabel: '',
      maxInstallments: last.maxInstallments ?? 1,
      cashPriceInstallments: 0,
      minQuantityText: '',
      stockText: '',
      expiryPreset: last.expiryPreset ?? DEFAULT_PRESET,
      customExpiry: '',
      notifyBySms: false,
      notifyByEmail: false,
      isbankMerchantNo: '',
      isbankBranchNo: '',
      isbankDomestic: true,
    },
    provider,
  );
}

/**
 * Keeps a draft within what an account's provider offers (after switching accounts, or options
 * remembered from another provider): unsupported choices fall back to the provider's first one.
 */
export function fitToProvider(draft: NewLinkDraft, provider: ProviderId): NewLinkDraft {
  const caps = providerCapabilities[provider];
  const next = { ...draft };
  if (!caps.linkTypes.includes(next.linkType)) next.linkType = caps.linkTypes[0] ?? 'amount';
  if (!caps.currencies.includes(next.currency)) next.currency = caps.currencies[0] ?? 'TRY';
  if (!caps.installments || next.linkType === 'open-amount') next.maxInstallments = 1;
  next.maxInstallments = Math.min(Math.max(1, Math.trunc(next.maxInstallments) || 1), 12);
  if (!caps.cashPriceInstallments || next.cashPriceInstallments > next.maxInstallments) next.cashPriceInstallments = 0;
  if (!caps.quantityAndStock || next.linkType !== 'product') {
    next.minQuantityText = '';
    next.stockText = '';
  }
  if (next.linkType !== 'flex') next.maxAmountText = '';
  if (!expiryPresetsFor(caps.expiry).includes(next.expiryPreset)) {
    next.expiryPreset = DEFAULT_PRESET;
    next.customExpiry = '';
  }
  if (next.expiryPreset === 'custom' && !matchesCustomInput(next.customExpiry, caps)) next.customExpiry = '';
  if (caps.providerSms !== 'at-create') next.notifyBySms = false;
  if (caps.providerEmail !== 'at-create') next.notifyByEmail = false;
  if (!caps.customerAccounts) {
    next.oduyoCustomerId = '';
    next.oduyoCustomerLabel = '';
  }
  if (provider !== 'isbank') {
    next.isbankMerchantNo = '';
    next.isbankBranchNo = '';
    next.isbankDomestic = true;
  }
  return next;
}

function matchesCustomInput(text: string, caps: ProviderCapabilities): boolean {
  return customExpiryInput(caps.expiry) === 'date' ? /^\d{4}-\d{2}-\d{2}$/.test(text) : /T\d{2}:\d{2}/.test(text);
}

/** The choices worth offering again on the next link (settings `lastLinkOptions`). */
export function lastOptionsOf(draft: NewLinkDraft): LastLinkOptions {
  return {
    linkType: draft.linkType,
    currency: draft.currency,
    maxInstallments: draft.maxInstallments,
    expiryPreset: draft.expiryPreset,
  };
}

/** `YYYY-MM-DDTHH:MM` of an instant in Turkish time (for the custom expiry input). */
function istanbulLocalInput(expiresAt: string, dateOnly: boolean): string {
  const text = istanbulDateTimeText(new Date(expiresAt)) ?? '';
  return dateOnly ? text.slice(0, 10) : text.slice(0, 16).replace(' ', 'T');
}

/**
 * A draft from an existing request (history "clone", the outbox "edit", "new link for the same
 * customer"). A fresh reference unless `keepReference` (an edit of a link not yet sent).
 */
export function draftFromRequest(
  request: CreateLinkRequest,
  provider: ProviderId,
  options: { keepReference?: boolean; now?: Date } = {},
): NewLinkDraft {
  const caps = providerCapabilities[provider];
  const base = emptyDraft(provider, {}, options.keepReference ? request.reference : newLinkReference());
  const now = options.now ?? new Date();
  const future = request.expiresAt !== undefined && Date.parse(request.expiresAt) > now.getTime();
  return fitToProvider(
    {
      ...base,
      linkType: request.linkType,
      amountText: formatMinor(request.amount.minor),
      maxAmountText: request.maxAmountMinor !== undefined ? formatMinor(request.maxAmountMinor) : '',
      currency: request.amount.currency,
      description: request.description,
      customerName: request.customer.name ?? '',
      customerPhone: request.customer.phone ? formatPhone(request.customer.phone) : '',
      customerEmail: request.customer.email ?? '',
      oduyoCustomerId: request.customer.oduyoCustomerId ?? '',
      oduyoCustomerLabel: request.customer.oduyoCustomerId ? `#${request.customer.oduyoCustomerId}` : '',
      maxInstallments: request.maxInstallments,
      cashPriceInstallments: request.cashPriceInstallments ?? 0,
      minQuantityText: request.minQuantity !== undefined ? String(request.minQuantity) : '',
      stockText: request.stock !== undefined ? String(request.stock) : '',
      // A past expiry cannot be reused: the copy falls back to the provider's default.
      expiryPreset: future ? 'custom' : DEFAULT_PRESET,
      customExpiry: future ? istanbulLocalInput(request.expiresAt!, caps.expiry === 'date') : '',
      notifyBySms: request.notifyBySms,
      notifyByEmail: request.notifyByEmail,
      isbankMerchantNo: request.isbank?.merchantNo ?? '',
      isbankBranchNo: request.isbank ? String(request.isbank.branchNo) : '',
      isbankDomestic: request.isbank?.isDomestic ?? true,
    },
    provider,
  );
}

/** The same customer on a fresh draft ("new link for the same customer"). */
export function draftForSameCustomer(previous: NewLinkDraft, provider: ProviderId): NewLinkDraft {
  return fitToProvider(
    {
      ...emptyDraft(provider, lastOptionsOf(previous)),
      customerName: previous.customerName,
      customerPhone: previous.customerPhone,
      customerEmail: previous.customerEmail,
      oduyoCustomerId: previous.oduyoCustomerId,
      oduyoCustomerLabel: previous.oduyoCustomerLabel,
      isbankMerchantNo: previous.isbankMerchantNo,
      isbankBranchNo: previous.isbankBranchNo,
      isbankDomestic: previous.isbankDomestic,
    },
    provider,
  );
}
