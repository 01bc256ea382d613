import { formatIstanbulDateTime } from './istanbul-time';
import type { Language } from './language';
import type { LinkType } from './link';
import { formatMoney, type Money } from './money';
import { normalisePhone } from './phone';

/**
 * The message a shop sends with a link through WhatsApp (wa.me) or the e-mail app (mailto), in
 * the settings language. Pure: main builds the URL from it, tests read it back.
 */
export interface ShareFacts {
  language: Language;
  /** The settings shop name; may be empty. */
  shopName: string;
  customerName?: string;
  amount: Money;
  linkType: LinkType;
  /** Flex links: the most the payer may enter. */
  maxAmountMinor?: number;
  description: string;
  url: string;
  expiresAt?: string;
  /** A reminder about an unpaid link: said in the first lines and the subject. */
  reminder?: boolean;
}

/** One line of user-typed text: no line breaks or runs of spaces that would break the layout. */
const oneLine = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function amountPhrase(f: ShareFacts): { tr: string; en: string } | null {
  if (f.linkType === 'open-amount') return null;
  const amount = formatMoney(f.amount);
  if (f.linkType === 'flex' && f.maxAmountMinor !== undefined) {
    const max = formatMoney({ minor: f.maxAmountMinor, currency: f.amount.currency });
    return { tr: `${amount} ile ${max} arasındaki`, en: `between ${amount} and ${max}` };
  }
  return { tr: `${amount} tutarındaki`, en: amount };
}

/** The lead sentence: who is paid, how much, and that the link follows. */
function leadSentence(f: ShareFacts): string {
  const shop = oneLine(f.shopName);
  const amount = amountPhrase(f);
  if (f.language === 'tr') {
    const forShop = shop ? `${shop} için ` : '';
    return amount
      ? `${forShop}${amount.tr} ödemenizi bu linkten yapabilirsiniz:`
      : `${forShop}ödemenizi bu linkten yapabilirsiniz (tutarı siz girersiniz):`;
  }
  const toShop = shop ? ` to ${shop}` : '';
  return amount ? `You can pay ${amount.en}${toShop} with this link:` : `You can pay${toShop} with this link (you enter the amount):`;
}

/** The message body, lines joined with `newline` (`\n` for WhatsApp, `\r\n` for e-mail). */
export function shareMessage(f: ShareFacts, newline = '\n'): string {
  const tr = f.language === 'tr';
  const name = oneLine(f.customerName);
  const description = oneLine(f.description);
  const expiry = f.expiresAt ? formatIstanbulDateTime(f.expiresAt) : '';
  const lines = [
    tr ? `Merhaba${name ? ` ${name}` : ''},` : `Hello${name ? ` ${name}` : ''},`,
    ...(f.reminder ? [tr ? 'Küçük bir hatırlatma: ödemeniz henüz görünmüyor.' : 'A friendly reminder: we have not seen your payment yet.'] : []),
    leadSentence(f),
    f.url,
    ...(description ? [`${tr ? 'Açıklama' : 'Description'}: ${description}`] : []),
    ...(expiry ? [`${tr ? 'Son geçerlilik' : 'Valid until'}: ${expiry}`] : []),
  ];
  return lines.join(newline);
}

/** E-mail subject: `Örnek Mağaza – ödeme linki (1.250,50 ₺)`. */
export function shareSubject(f: ShareFacts): string {
  const shop = oneLine(f.shopName);
  const tr = f.language === 'tr';
  const words = tr ? (shop ? 'ödeme linki' : 'Ödeme linki') : shop ? 'payment link' : 'Payment link';
  const amount = f.linkType === 'open-amount' ? '' : ` (${formatMoney(f.amount)})`;
  const reminder = f.reminder ? (tr ? 'Hatırlatma: ' : 'Reminder: ') : '';
  return `${reminder}${shop ? `${shop} – ` : ''}${words}${amount}`;
}

/**
 * Digits for `wa.me/<digits>`: the number in international form without `+` or spaces, from
 * E.164 or the ways a Turkish number is typed (`0532 123 45 67`, `532…`). Null when not a phone.
 */
export function whatsappDigits(input: string): string | null {
  const phone = normalisePhone(input);
  return phone.ok ? phone.e164.slice(1) : null;
}

/** `https://wa.me/<digits>?text=…`; without a number WhatsApp lets the user pick the chat. */
export function whatsappUrl(f: ShareFacts, phoneDigits?: string): string {
  const path = phoneDigits && /^\d{8,15}$/.test(phoneDigits) ? phoneDigits : '';
  return `https://wa.me/${path}?text=${encodeURIComponent(shareMessage(f))}`;
}

/** A plausible e-mail address for a mailto: one `@`, no spaces, no URL syntax. */
const MAILBOX = /^[^\s@?&#/\\<>,;:"]+@[^\s@?&#/\\<>,;:"]+\.[^\s@?&#/\\<>,;:"]+$/;

export function isShareableEmail(email: string): boolean {
  return email.length <= 100 && MAILBOX.test(email);
}

/** `mailto:<to>?subject=…&body=…` with CRLF line breaks (RFC 6068); `to` may be absent. */
export function mailtoUrl(f: ShareFacts, email?: string): string {
  const to = email && isShareableEmail(email) ? email.split('@').map(encodeURIComponent).join('@') : '';
  const subject = encodeURIComponent(shareSubject(f));
  const body = encodeURIComponent(shareMessage(f, '\r\n'));
  return `mailto:${to}?subject=${subject}&body=${body}`;
}
