/**
 * Case folding for search the way Turkish works: `İ` → `i`, `I` → `ı`, and the other letters
 * (Ş ğ Ü Ö Ç …) lower-cased as usual. Accents are kept on purpose: `ayse` is a different word
 * from `ayşe`, but `AYŞE` and `Ayşe` are the same. Fast enough to run over 100,000 rows at load.
 */
export function foldTurkish(text: string): string {
  return text.normalize('NFC').replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase();
}

const plainLetters: Record<string, string> = { ç: 'c', ğ: 'g', ı: 'i', ö: 'o', ş: 's', ü: 'u', â: 'a', î: 'i', û: 'u' };

/** Folded, and without Turkish letters: what someone typing `cay` means by `Çay`. */
export function plainTurkish(text: string): string {
  return foldTurkish(text).replace(/[çğıöşüâîû]/g, (letter) => plainLetters[letter] ?? letter);
}

/**
 * The names that contain what was typed, those spelt exactly (after Turkish case folding) first,
 * then those that match only without Turkish letters (`cicek` finds `Çiçek`).
 */
export function matchTurkishNames<T>(items: readonly T[], typed: string, nameOf: (item: T) => string): T[] {
  const exact = foldTurkish(typed.trim());
  const plain = plainTurkish(typed.trim());
  const first: T[] = [];
  const then: T[] = [];
  for (const item of items) {
    const name = nameOf(item);
    if (foldTurkish(name).includes(exact)) first.push(item);
    else if (plainTurkish(name).includes(plain)) then.push(item);
  }
  return [...first, ...then];
}
