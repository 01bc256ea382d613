/**
 * Card numbers (PANs) in free text: runs of 13–19 digits, optionally grouped by spaces or dashes,
 * that pass the Luhn check. Other long numbers (timestamps, order numbers) are left alone, so logs
 * stay useful; a masked number keeps its first six and last four digits, as card slips do.
 */
const DIGIT_RUN = /(?<!\d)\d(?:[ -]?\d){12,}(?!\d)/g;
const MIN_DIGITS = 13;
const MAX_DIGITS = 19;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

export function maskCardNumbers(text: string): string {
  return text.replace(DIGIT_RUN, maskRun);
}

/**
 * A grouped run may hold a card number next to other digits ("4111 1111 1111 1111 12"): every
 * span of whole groups is tried, longest first from each group on. An ungrouped run longer than
 * 19 digits is not a card number.
 */
function maskRun(run: string): string {
  const parts = run.split(/([ -])/); // digits at even indexes, separators at odd ones
  const out: string[] = [];
  let i = 0;
  while (i < parts.length) {
    const end = longestCardSpan(parts, i);
    if (end === undefined) {
      out.push(parts[i]!, parts[i + 1] ?? '');
      i += 2;
      continue;
    }
    const digits = parts.slice(i, end + 1).filter((_, k) => k % 2 === 0).join('');
    out.push(`${digits.slice(0, 6)}******${digits.slice(-4)}`, parts[end + 1] ?? '');
    i = end + 2;
  }
  return out.join('');
}

function longestCardSpan(parts: string[], start: number): number | undefined {
  let found: number | undefined;
  let digits = '';
  for (let end = start; end < parts.length && digits.length <= MAX_DIGITS; end += 2) {
    digits += parts[end]!;
    if (digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS && luhnValid(digits)) found = end;
  }
  return found;
}
