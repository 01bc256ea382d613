import type { Currency } from './money';
import type { Language } from './language';

/**
 * An amount in words, the way it is said at the counter, so an extra zero is heard before a link
 * goes out: 5000000 kuruş → "elli bin lira" / "fifty thousand lira".
 */
export function amountInWords(minor: number, currency: Currency, language: Language): string {
  const whole = Math.floor(minor / 100);
  const cents = minor % 100;
  const [major, minorUnit] = units[currency][language];
  const say = language === 'tr' ? turkishNumber : englishNumber;
  const wholePart = `${say(whole)} ${major}`;
  if (cents === 0) return wholePart;
  return language === 'tr' ? `${wholePart} ${say(cents)} ${minorUnit}` : `${wholePart} and ${say(cents)} ${minorUnit}`;
}

/** Major and minor unit names; Turkish nouns do not take a plural after a number, English ones keep a fixed form here. */
const units: Record<Currency, Record<Language, [string, string]>> = {
  TRY: { tr: ['lira', 'kuruş'], en: ['lira', 'kuruş'] },
  EUR: { tr: ['avro', 'sent'], en: ['euros', 'cents'] },
  USD: { tr: ['dolar', 'sent'], en: ['dollars', 'cents'] },
  GBP: { tr: ['sterlin', 'peni'], en: ['pounds', 'pence'] },
  RUB: { tr: ['ruble', 'kapik'], en: ['roubles', 'kopecks'] },
};

const scales = [
  { value: 1e12, tr: 'trilyon', en: 'trillion' },
  { value: 1e9, tr: 'milyar', en: 'billion' },
  { value: 1e6, tr: 'milyon', en: 'million' },
  { value: 1e3, tr: 'bin', en: 'thousand' },
];

const trOnes = ['', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'];
const trTens = ['', 'on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'];

/** Turkish: "bin", not "bir bin"; "yüz", not "bir yüz"; words separated by spaces. */
export function turkishNumber(n: number): string {
  if (n === 0) return 'sıfır';
  const words: string[] = [];
  let rest = n;
  for (const scale of scales) {
    const count = Math.floor(rest / scale.value);
    rest %= scale.value;
    if (count === 0) continue;
    if (!(count === 1 && scale.value === 1e3)) words.push(turkishBelowThousand(count));
    words.push(scale.tr);
  }
  if (rest > 0) words.push(turkishBelowThousand(rest));
  return words.join(' ');
}

function turkishBelowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const words: string[] = [];
  if (hundreds > 0) words.push(hundreds === 1 ? 'yüz' : `${trOnes[hundreds]} yüz`);
  if (tens > 0) words.push(trTens[tens]!);
  if (ones > 0) words.push(trOnes[ones]!);
  return words.join(' ');
}

const enSmall = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const enTens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export function englishNumber(n: number): string {
  if (n === 0) return 'zero';
  const words: string[] = [];
  let rest = n;
  for (const scale of scales) {
    const count = Math.floor(rest / scale.value);
    rest %= scale.value;
    if (count > 0) words.push(`${englishBelowThousand(count)} ${scale.en}`);
  }
  if (rest > 0) words.push(englishBelowThousand(rest));
  return words.join(' ');
}

function englishBelowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds > 0) words.push(`${enSmall[hundreds]} hundred`);
  if (rest > 0) words.push(rest < 20 ? enSmall[rest]! : [enTens[Math.floor(rest / 10)], rest % 10 ? enSmall[rest % 10] : ''].filter(Boolean).join('-'));
  return words.join(' ');
}
