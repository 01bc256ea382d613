import type { LinkRecord } from '../../../shared/domain/link-record';
import { formatMinor, parseAmount } from '../../../shared/domain/money';
import { foldTurkish } from './turkish-fold';

/**
 * After folding, text has no upper-case ASCII letters, so the Turkish letters can be stored as
 * those (`ş` → `S` …) without any clash: the search text stays one byte per character, which
 * halves its memory and speeds up loading and `includes` over 100,000 rows.
 */
const compact: Record<string, string> = { ç: 'C', ğ: 'G', ı: 'I', ö: 'O', ş: 'S', ü: 'U', â: 'A', î: 'J', û: 'V' };

/** Folded (see turkish-fold.ts), then compacted: the form both the records and the query take. */
export function searchKey(text: string): string {
  return foldTurkish(text).replace(/[çğıöşüâîû]/g, (letter) => compact[letter] ?? letter);
}

/**
 * Fields are joined by a space: search words never contain one (the query is split on white
 * space), so a word can never match across the end of one field and the start of the next.
 */
const SEP = ' ';

/**
 * The folded text one record is searched in: customer, description, references, URL, provider
 * references and the amount as people write it (`1.250,50` and `1250,50`). Built once per record.
 */
export function searchTextOf(record: LinkRecord): string {
  const { customer } = record;
  const amount = formatMinor(record.amount.minor);
  // E.164 `+905551234567` also contains the national form `05551234567` people type.
  const parts = new Set([
    record.reference,
    record.description,
    customer.name ?? '',
    customer.email ?? '',
    customer.phone ?? '',
    record.url ?? '',
    ...Object.values(record.providerRefs),
    amount,
    amount.replaceAll('.', ''),
  ]);
  return searchKey([...parts].join(SEP));
}

export type SearchMatcher = (searchText: string, amountMinor: number) => boolean;

/**
 * Compiles the search box: every word must appear somewhere in the record's text; a query that
 * reads as an amount (`1.250,50`, `1250,5`) also finds records of exactly that amount; a phone
 * typed with spaces (`0555 123 45 67`) also matches as one number. Empty text matches everything.
 */
export function compileSearch(text: string | undefined): SearchMatcher | null {
  const folded = searchKey(text ?? '').trim();
  if (!folded) return null;
  const words = folded.split(/\s+/);
  const amount = parseAmount(folded);
  const digits = /^[+\d\s()-]+$/.test(folded) ? folded.replace(/[\s()-]/g, '') : null;
  const compactNumber = digits && digits !== folded && digits.length >= 4 ? digits : null;
  return (searchText, amountMinor) => {
    if (amount !== null && amountMinor === amount) return true;
    if (compactNumber !== null && searchText.includes(compactNumber)) return true;
    for (const word of words) if (!searchText.includes(word)) return false;
    return true;
  };
}
