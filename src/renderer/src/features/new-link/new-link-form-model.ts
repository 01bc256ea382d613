import { customerSchema, createLinkRequestSchema, type CreateLinkRequest } from '@shared/domain/link';
import { expiryInstant } from '@shared/domain/expiry';
import { normalisePhone } from '@shared/domain/phone';
import { providerCapabilities } from '@shared/domain/provider-capabilities';
import type { ProviderId } from '@shared/domain/provider-id';
import type { Language } from '@shared/domain/settings';
import { issue, type ValidationIssue } from '@shared/domain/validation';
import { readAmountText } from '@shared/rules/amount-rules';
import { DESCRIPTION_MAX } from '@shared/rules/text-rules';
import { linkRequestIssues } from '@shared/rules/link-rules';
import type { LocalizedText } from '@shared/result';
import type { NewLinkDraft } from './new-link-draft';

/**
 * Draft → CreateLinkRequest, with every problem found before anything is sent: first what the
 * typed text means (amount, phone, e-mail, numbers), then the contract schema, then the
 * provider's own rules from src/shared/rules (the same ones main checks again).
 */
export const formFields = [
  'linkType',
  'amount',
  'currency',
  'maxAmountMinor',
  'description',
  'customer.oduyoCustomerId',
  'customer.name',
  'customer.phone',
  'customer.email',
  'notify',
  'maxInstallments',
  'cashPriceInstallments',
  'minQuantity',
  'stock',
  'expiresAt',
  'isbank.merchantNo',
  'isbank.branchNo',
  'form',
] as const;
export type FormField = (typeof formFields)[number];
export type FormIssues = Partial<Record<FormField, LocalizedText>>;

export interface BuildContext {
  provider: ProviderId;
  language: Language;
  now: Date;
}

export type BuildOutcome = { ok: true; request: CreateLinkRequest } | { ok: false; issues: FormIssues };

const known: ReadonlySet<string> = new Set(formFields);

/** A request path from a rule or the schema (`amount.minor`, `isbank.branchNo`) as the form field showing it. */
export function formFieldOf(path: string): FormField {
  if (path.startsWith('amount')) return path === 'amount.currency' ? 'currency' : 'amount';
  if (path === 'notifyBySms' || path === 'notifyByEmail') return 'notify';
  if (path.startsWith('isbank.')) return path === 'isbank.branchNo' ? 'isbank.branchNo' : 'isbank.merchantNo';
  return known.has(path) ? (path as FormField) : 'form';
}

const numberIssue = (field: string) =>
  issue(field, 'Bir tam sayı yazın (1 veya daha fazla).', 'Type a whole number (1 or more).');

/** Whole numbers ≥ 1 typed in a text field; '' = not given. */
function readCount(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,9}$/.test(trimmed) || Number(trimmed) < 1) return null;
  return Number(trimmed);
}

function readMoney(text: string, field: string, issues: ValidationIssue[]): number {
  const reading = readAmountText(text, field);
  if (reading.ok) return reading.minor;
  issues.push(reading.issue);
  return 1;
}

/** Reads what was typed; problems go to `issues`, and a harmless stand-in keeps the other checks running. */
function readDraft(draft: NewLinkDraft, ctx: BuildContext, issues: ValidationIssue[]): CreateLinkRequest {
  const caps = providerCapabilities[ctx.provider];
  const openAmount = draft.linkType === 'open-amount';
  const amountMinor = readMoney(draft.amountText, 'amount', issues);
  const maxAmountMinor = draft.linkType === 'flex' ? readMoney(draft.maxAmountText, 'maxAmountMinor', issues) : undefined;

  const description = draft.description.trim();
  if (description === '') issues.push(issue('description', 'Bir açıklama yazın.', 'Type a description.'));
  else if ([...description].length > DESCRIPTION_MAX) {
    const length = [...description].length;
    issues.push(
      issue(
        'description',
        `Açıklama en fazla ${DESCRIPTION_MAX} karakter olabilir; şu an ${length}. Fazlası kesilmez, kısaltın.`,
        `The description can be at most ${DESCRIPTION_MAX} characters; it has ${length}. Nothing is cut off: shorten it.`,
      ),
    );
  }

  const customer: CreateLinkRequest['customer'] = {};
  const name = draft.customerName.trim();
  if (name) customer.name = name;
  const phone = normalisePhone(draft.customerPhone);
  if (phone.ok) customer.phone = phone.e164;
  else if (phone.reason === 'invalid') {
    issues.push(
      issue('customer.phone', 'Telefon numarası geçersiz; örneğin 0555 123 45 67.', 'The phone number is not valid; e.g. 0555 123 45 67.'),
    );
  }
  const email = draft.customerEmail.trim();
  if (email) {
    if (customerSchema.shape.email.safeParse(email).success) customer.email = email;
    else issues.push(issue('customer.email', 'Geçerli bir e-posta adresi girin.', 'Enter a valid e-mail address.'));
  }
  if (caps.customerAccounts && draft.oduyoCustomerId) customer.oduyoCustomerId = draft.oduyoCustomerId;

  const request: CreateLinkRequest = {
    reference: draft.reference,
    linkType: draft.linkType,
    amount: { minor: amountMinor, currency: draft.currency },
    description: description || '-',
    customer,
    maxInstallments: caps.installments && !openAmount ? draft.maxInstallments : 1,
    language: ctx.language,
    notifyBySms: caps.providerSms === 'at-create' && draft.notifyBySms,
    notifyByEmail: caps.providerEmail === 'at-create' && draft.notifyByEmail,
  };
  if (maxAmountMinor !== undefined) request.maxAmountMinor = maxAmountMinor;
  if (caps.cashPriceInstallments && draft.cashPriceInstallments >= 2) request.cashPriceInstallments = draft.cashPriceInstallments;
  if (caps.quantityAndStock && draft.linkType === 'product') {
    const minQuantity = readCount(draft.minQuantityText);
    const stock = readCount(draft.stockText);
    if (minQuantity === null) issues.push(numberIssue('minQuantity'));
    else if (minQuantity !== undefined) request.minQuantity = minQuantity;
    if (stock === null) issues.push(numberIssue('stock'));
    else if (stock !== undefined) request.stock = stock;
  }
  if (!openAmount) {
    const expiry = expiryInstant(draft.expiryPreset, caps.expiry, ctx.now, draft.customExpiry);
    if (!expiry.ok) issues.push(expiry.issue);
    else if (expiry.expiresAt !== undefined) request.expiresAt = expiry.expiresAt;
  }
  if (ctx.provider === 'isbank') {
    if (draft.isbankMerchantNo) {
      if (draft.isbankBranchNo === '') issues.push(issue('isbank.branchNo', 'İşbank şubesini seçin.', 'Choose the İşbank branch.'));
      const branchNo = Number(draft.isbankBranchNo || 0);
      request.isbank = { merchantNo: draft.isbankMerchantNo, branchNo, isDomestic: draft.isbankDomestic };
    }
  }
  return request;
}

export function buildLinkRequest(draft: NewLinkDraft, ctx: BuildContext): BuildOutcome {
  const typed: ValidationIssue[] = [];
  const candidate = readDraft(draft, ctx, typed);
  const checked: ValidationIssue[] = [];
  const parsed = createLinkRequestSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const problem of parsed.error.issues) {
      checked.push(issue(problem.path.join('.'), 'Bu alanı kontrol edin.', 'Please check this field.'));
    }
  }
  const request = parsed.success ? parsed.data : candidate;
  // The same checks main makes before writing the intent (shared/rules/link-rules.ts).
  checked.push(...linkRequestIssues(ctx.provider, providerCapabilities[ctx.provider], request, ctx.now));

  // What the user typed explains a problem better than a rule tripping over its stand-in.
  const issues: FormIssues = {};
  for (const found of [...typed, ...checked]) {
    const field = formFieldOf(found.field);
    issues[field] ??= found.message;
  }
  return Object.keys(issues).length === 0 ? { ok: true, request } : { ok: false, issues };
}

/** Only the issues of fields the user has left (or all after a submit attempt). */
export function visibleIssues(issues: FormIssues, touched: ReadonlySet<string>, attempted: boolean): FormIssues {
  if (attempted) return issues;
  const shown: FormIssues = {};
  for (const [field, message] of Object.entries(issues) as [FormField, LocalizedText][]) {
    if (touched.has(field)) shown[field] = message;
  }
  return shown;
}
