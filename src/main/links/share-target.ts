import { userText } from '@shared/i18n/user-text';
import type { Customer } from '@shared/domain/link';
import type { LinkRecord } from '@shared/domain/link-record';
import type { Settings } from '@shared/domain/settings';
import { isShareableEmail, mailtoUrl, whatsappDigits, whatsappUrl, type ShareFacts } from '@shared/domain/share-message';
import { issuesToError } from '@shared/domain/validation';
import { mobilePhoneIssues } from '@shared/rules/text-rules';
import { AppFailure } from '@shared/result';
import { allowedExternalHref } from '../external-links';

export type ShareChannel = 'whatsapp' | 'mailto';

export interface ShareTarget {
  /** The wa.me or mailto URL, already checked against the allow-list. */
  url: string;
  /** For the timeline: the number or address it went to, when there was one. */
  detail: { detail?: string };
  /** What was used, for the contact book. */
  customer: Customer;
}

/**
 * Where a shared link goes: the number / address the user typed, else the link's customer, else
 * none (WhatsApp and the mail app then let the user pick). Messages are in the settings language.
 */
export function shareTarget(record: LinkRecord, settings: Settings, channel: ShareChannel, to?: string, reminder = false): ShareTarget {
  if (!record.url) throw AppFailure.of('conflict', 'The link has no URL to share');
  const facts: ShareFacts = {
    language: settings.language,
    shopName: settings.shopName,
    customerName: record.customer.name,
    amount: record.amount,
    linkType: record.linkType,
    maxAmountMinor: record.maxAmountMinor,
    description: record.description,
    url: record.url,
    expiresAt: record.expiresAt,
    reminder,
  };
  const typed = to?.trim();
  let target: ShareTarget;
  if (channel === 'whatsapp') {
    const digits = typed ? whatsappDigits(typed) : record.customer.phone?.slice(1);
    if (typed && !digits) throw badRecipient('phone');
    // WhatsApp reaches mobiles only: a landline typed here is refused with that reason.
    const notMobile = typed && digits ? issuesToError(mobilePhoneIssues(`+${digits}`, 'to')) : undefined;
    if (notMobile) throw new AppFailure(notMobile);
    target = digits
      ? { url: whatsappUrl(facts, digits), detail: { detail: `+${digits}` }, customer: { phone: `+${digits}` } }
      : { url: whatsappUrl(facts), detail: {}, customer: {} };
  } else {
    const email = typed ?? record.customer.email;
    if (typed && !isShareableEmail(typed)) throw badRecipient('email');
    target =
      email && isShareableEmail(email)
      ? { url: mailtoUrl(facts, email), detail: { detail: email }, customer: { email } }
      : { url: mailtoUrl(facts), detail: {}, customer: {} };
  }
  // Belt and braces: nothing leaves for the OS that the allow-list would refuse.
  const href = allowedExternalHref(target.url);
  if (href === undefined) throw AppFailure.of('internal', 'The share address was refused by the allow-list');
  return { ...target, url: href };
}

function badRecipient(kind: 'phone' | 'email'): AppFailure {
  const said = userText(kind === 'phone' ? 'answer.share.badPhone' : 'answer.share.badEmail');
  return AppFailure.of('invalid-input', `The ${kind} to share with is not valid`, { field: 'to', userText: said });
}
