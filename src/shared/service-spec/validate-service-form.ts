import { formatMinor, type Money } from '../domain/money';
import { issue, type ValidationIssue } from '../domain/validation';
import { allFields, type ServiceField, type ServiceFormModel } from './service-form';

/** What the user typed, keyed by `ServiceField.key`. Missing and blank mean "empty". */
export type ServiceFormValues = Readonly<Record<string, string | undefined>>;

/** A form with this many characters in one field is not a form any more. */
const HARD_MAX_LENGTH = 1000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks values and amount against the service model: the renderer shows these issues inline and
 * main runs the same check before it pays. Messages are Turkish and English.
 */
export function validateServiceForm(
  model: ServiceFormModel,
  values: ServiceFormValues,
  amount: Money | undefined,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const entry of model.entries) {
    if (entry.kind !== 'group') {
      issues.push(...checkField(entry, values, true));
      continue;
    }
    // An optional fieldset only becomes binding once the user starts filling it.
    const started = entry.fields.some((f) => filled(values[f.key]) !== undefined);
    for (const field of entry.fields) issues.push(...checkField(field, values, entry.required || started));
  }
  const known = new Set(allFields(model).map((f) => f.key));
  for (const [key, value] of Object.entries(values)) {
    if (!known.has(key) && filled(value) !== undefined) {
      issues.push(issue(key, 'Bu hizmette böyle bir alan yok.', 'This service has no such field.'));
    }
  }
  issues.push(...checkAmount(model, amount));
  return issues;
}

/** The trimmed value, or undefined when nothing was typed. */
export function filled(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text ? text : undefined;
}

function checkField(field: ServiceField, values: ServiceFormValues, requiredApplies: boolean): ValidationIssue[] {
  const value = filled(values[field.key]);
  const label = field.label;
  const at = (tr: string, en: string) => [issue(field.key, tr, en)];
  if (value === undefined) {
    return field.required && requiredApplies ? at(`${label} alanı zorunludur.`, `${label} is required.`) : [];
  }
  if (field.kind === 'choice') {
    if (field.choices.some((c) => c.key === value)) return [];
    const options = field.choices.map((c) => c.value).join(', ');
    return at(`${label}: şunlardan birini seçin: ${options}.`, `${label}: choose one of: ${options}.`);
  }
  if (/[\u0000-\u001f\u007f]/.test(value)) {
    return at(`${label} görünmeyen karakter içeremez.`, `${label} must not contain control characters.`);
  }
  const length = [...value].length;
  const max = Math.min(field.maxLength ?? HARD_MAX_LENGTH, HARD_MAX_LENGTH);
  if (field.minLength !== undefined && length < field.minLength) {
    return field.minLength === field.maxLength
      ? at(`${label} tam ${field.minLength} karakter olmalıdır.`, `${label} must be exactly ${field.minLength} characters.`)
      : at(`${label} en az ${field.minLength} karakter olmalıdır.`, `${label} must be at least ${field.minLength} characters.`);
  }
  if (length > max) {
    return field.minLength === max
      ? at(`${label} tam ${max} karakter olmalıdır.`, `${label} must be exactly ${max} characters.`)
      : at(`${label} en fazla ${max} karakter olabilir.`, `${label} must be at most ${max} characters.`);
  }
  if (field.parameterType === 'numeric' && !/^\d+$/.test(value)) {
    return at(`${label} yalnızca rakam içermelidir.`, `${label} must contain digits only.`);
  }
  if (field.uiHint === 'CUSTOMER_EMAIL' && !EMAIL.test(value)) {
    return at(`${label} geçerli bir e-posta adresi olmalıdır.`, `${label} must be a valid e-mail address.`);
  }
  if (field.uiHint?.endsWith('PHONENUMBER') && !/^\d+$/.test(value)) {
    return at(`${label} yalnızca rakam içermelidir (ör. 5321234567).`, `${label} must contain digits only (e.g. 5321234567).`);
  }
  if (field.regex !== undefined && !fullMatch(field.regex, value)) {
    const example = field.sample ? ` (ör. ${field.sample})` : '';
    const sample = field.sample ? ` (e.g. ${field.sample})` : '';
    return at(`${label} beklenen biçimde değil${example}.`, `${label} is not in the expected format${sample}.`);
  }
  return [];
}

/** The provider's pattern must match the whole value, not just a part of it. */
function fullMatch(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return true; // the parser drops patterns that do not compile; this is only a guard
  }
}

function checkAmount(model: ServiceFormModel, amount: Money | undefined): ValidationIssue[] {
  const at = (tr: string, en: string) => [issue('amount', tr, en)];
  if (!amount) return at('Tutar girin.', 'Enter an amount.');
  const rules = model.amount;
  if (!rules.decimalFractionAllowed && amount.minor % 100 !== 0) {
    return at('Bu hizmette tutar kuruşsuz olmalıdır.', 'This service takes whole amounts only (no decimals).');
  }
  if (rules.ranges.length === 0) return [];
  const range = rules.ranges.find((r) => r.currency === amount.currency);
  if (!range) {
    const accepted = rules.ranges.map((r) => r.currency).join(', ');
    return at(
      `Bu hizmet ${amount.currency} kabul etmiyor; kabul edilenler: ${accepted}.`,
      `This service does not accept ${amount.currency}; accepted: ${accepted}.`,
    );
  }
  const show = (minor: number) => `${formatMinor(minor)} ${amount.currency}`;
  if (range.minMinor !== undefined && amount.minor < range.minMinor) {
    return at(`Tutar en az ${show(range.minMinor)} olmalıdır.`, `The amount must be at least ${show(range.minMinor)}.`);
  }
  if (range.maxMinor !== undefined && amount.minor > range.maxMinor) {
    return at(`Tutar en fazla ${show(range.maxMinor)} olabilir.`, `The amount must be at most ${show(range.maxMinor)}.`);
  }
  return [];
}
