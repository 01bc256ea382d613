import { phoneKind } from '../domain/phone';
import type { CreateLinkRequest } from '../domain/link';
import { issue, type ValidationIssue } from '../domain/validation';

/** The longest description a link carries (the contract, PayTR's name and the slip agree on it). */
export const DESCRIPTION_MAX = 200;

/**
 * What the slip font (Noto Sans latin + latin-ext, bundled) prints and the providers' payment pages
 * show: Latin letters with Turkish ones, digits, common punctuation, ₺ € £. Emoji and other
 * scripts would print as □, so they are refused with their names rather than dropped silently.
 */
const printable = /^[\u0020-\u007E\u00A0-\u024F\u2010-\u2027\u2030-\u205E\u20AC\u20BA\u2122]$/u;

export function unprintableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const character of text) if (!printable.test(character)) found.add(character);
  return [...found];
}

/** Description and customer name: refused with the characters named, in the form and in main. */
export function printableTextIssues(req: Pick<CreateLinkRequest, 'description' | 'customer'>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const inDescription = unprintableCharacters(req.description);
  if (inDescription.length > 0) issues.push(unprintableIssue('description', inDescription));
  const inName = unprintableCharacters(req.customer.name ?? '');
  if (inName.length > 0) issues.push(unprintableIssue('customer.name', inName));
  return issues;
}

function unprintableIssue(field: string, characters: string[]): ValidationIssue {
  const shown = characters.slice(0, 5).join(' ');
  return issue(
    field,
    `Bu karakterler fişte □ olarak basılır ve ödeme sayfasında bozulabilir: ${shown}. Lütfen silin.`,
    `These characters print as □ on slips and may break on the payment page: ${shown}. Please remove them.`,
  );
}

/** A number typed where a mobile is needed (customer phone, SMS, WhatsApp): a fixed line cannot receive it. */
export function mobilePhoneIssues(e164: string | undefined, field: string): ValidationIssue[] {
  if (!e164) return [];
  const kind = phoneKind(e164);
  if (kind === 'mobile') return [];
  return [
    kind === 'fixed-line'
      ? issue(
          field,
          'Bu bir sabit hat numarası; SMS ve WhatsApp yalnızca cep telefonuna gider. Bir cep telefonu yazın, örneğin 0555 123 45 67.',
          'This is a landline number; SMS and WhatsApp reach mobiles only. Type a mobile number, e.g. 0555 123 45 67.',
        )
      : issue(field, 'Bu numara bir cep telefonu değil; bir cep telefonu yazın.', 'This number is not a mobile; type a mobile number.'),
  ];
}
