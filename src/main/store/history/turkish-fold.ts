/**
 * Case folding for search the way Turkish works: `İ` → `i`, `I` → `ı`, and the other letters
 * (Ş ğ Ü Ö Ç …) lower-cased as usual. Accents are kept on purpose: `ayse` is a different word
 * from `ayşe`, but `AYŞE` and `Ayşe` are the same. Fast enough to run over 100,000 rows at load.
 */
export function foldTurkish(text: string): string {
  return text.normalize('NFC').replace(/İ/g, 'i').replace(/I/g, 'ı').toLowerCase();
}
