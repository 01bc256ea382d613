import { currencies, formatMinor, parseAmount, type Currency, type Money } from '@shared/domain/money';
import type { Language } from '@shared/domain/settings';
import { issue, type ValidationIssue } from '@shared/domain/validation';
import { messages } from '@shared/i18n/catalog';
import { allFields, filled, validateServiceForm, type ServiceFormModel, type ServiceFormValues } from '@shared/service-spec';

/** The amount as typed: empty, not a number we can read, or money. */
export type AmountInput = { kind: 'empty' } | { kind: 'unreadable' } | { kind: 'money'; money: Money };

export function readAmount(text: string, currency: Currency): AmountInput {
  if (text.trim() === '') return { kind: 'empty' };
  const minor = parseAmount(text);
  if (minor === null) return { kind: 'unreadable' };
  return { kind: 'money', money: { minor, currency } };
}

/** The currencies the service accepts that the app knows, the provider's preselected one first. */
export function currenciesOf(model: ServiceFormModel): Currency[] {
  const known = new Set<string>(currencies);
  const listed = model.amount.ranges.map((r) => r.currency).filter((c): c is Currency => known.has(c));
  const preferred = model.amount.selectedCurrency;
  const ordered = preferred && listed.includes(preferred as Currency) ? [preferred as Currency, ...listed.filter((c) => c !== preferred)] : listed;
  return ordered.length > 0 ? ordered : ['TRY'];
}

/** "900,00 – 999.999.999.999,00 TRY" for the amount help, or undefined when the service gives no range. */
export function rangeText(model: ServiceFormModel, currency: Currency): string | undefined {
  const range = model.amount.ranges.find((r) => r.currency === currency);
  if (!range || (range.minMinor === undefined && range.maxMinor === undefined)) return undefined;
  const min = range.minMinor !== undefined ? formatMinor(range.minMinor) : '';
  const max = range.maxMinor !== undefined ? formatMinor(range.maxMinor) : '';
  return `${min} – ${max} ${currency}`;
}

/**
 * The shared validation plus what only the form can know: an amount that cannot be read is a
 * different problem from no amount at all.
 */
export function checkServiceForm(model: ServiceFormModel, values: ServiceFormValues, amount: AmountInput): ValidationIssue[] {
  const money = amount.kind === 'money' ? amount.money : undefined;
  const issues = validateServiceForm(model, values, money);
  if (amount.kind !== 'unreadable') return issues;
  const text = messages['serviceForm.amountUnreadable'];
  return [...issues.filter((i) => i.field !== 'amount'), issue('amount', text.tr, text.en)];
}

/** One message per field (the first), in the current language. */
export function errorsByField(issues: readonly ValidationIssue[], language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const found of issues) out[found.field] ??= found.message[language];
  return out;
}

/** Errors are shown for fields the user has left, and for all fields once they tried to submit. */
export function visibleErrors(all: Record<string, string>, touched: ReadonlySet<string>, submitted: boolean): Record<string, string> {
  if (submitted) return all;
  return Object.fromEntries(Object.entries(all).filter(([key]) => touched.has(key)));
}

export interface SummaryRow {
  key: string;
  label: string;
  value: string;
}

/** What would be sent, in display order: filled fields only, choices by their visible text. */
export function summaryRows(model: ServiceFormModel, values: ServiceFormValues): SummaryRow[] {
  const rows: SummaryRow[] = [];
  for (const field of allFields(model)) {
    const value = filled(values[field.key]);
    if (value === undefined) continue;
    const shown = field.kind === 'choice' ? (field.choices.find((c) => c.key === value)?.value ?? value) : value;
    rows.push({ key: field.key, label: field.label, value: shown });
  }
  return rows;
}
