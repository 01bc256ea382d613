import type { Language } from '../domain/settings';
import { accountMessages } from './messages/accounts';
import { answerMessages } from './messages/answers';
import { contactMessages } from './messages/contacts';
import { counterMessages } from './messages/counter';
import { dataCareMessages } from './messages/data-care';
import { dayEndMessages } from './messages/day-end';
import { desktopMessages } from './messages/desktop';
import { draftMessages } from './messages/drafts';
import { errorCodeMessages } from './messages/errors';
import { historyMessages } from './messages/history';
import { linkDetailMessages } from './messages/link-detail';
import { linkSafetyMessages } from './messages/link-safety';
import { linkResultMessages } from './messages/link-result';
import { newLinkMessages } from './messages/new-link';
import { noticeMessages } from './messages/notices';
import { outboxMessages } from './messages/outbox';
import { pageMessages } from './messages/pages';
import { paidAlertMessages } from './messages/paid-alert';
import { printMessages } from './messages/print';
import { providerAnswerMessages } from './messages/provider-answers';
import { productMessages } from './messages/products';
import { receiptPrinterMessages } from './messages/receipt-printer';
import { reminderMessages } from './messages/reminders';
import { serviceFormMessages } from './messages/service-form';
import { shellMessages } from './messages/shell';
import { shopMessages } from './messages/shop';
import { storageMessages } from './messages/storage';
import { timelineMessages } from './messages/timeline';

/**
 * Every UI text. Entries keep Turkish and English side by side so a text can never exist in one
 * language only; `catalogs.tr` / `catalogs.en` are the per-language views.
 */
export const messages = {
  ...shellMessages,
  ...pageMessages,
  ...accountMessages,
  ...answerMessages,
  ...noticeMessages,
  ...errorCodeMessages,
  ...serviceFormMessages,
  ...dataCareMessages,
  ...printMessages,
  ...providerAnswerMessages,
  ...receiptPrinterMessages,
  ...historyMessages,
  ...linkDetailMessages,
  ...linkSafetyMessages,
  ...timelineMessages,
  ...outboxMessages,
  ...draftMessages,
  ...desktopMessages,
  ...reminderMessages,
  ...newLinkMessages,
  ...productMessages,
  ...linkResultMessages,
  ...contactMessages,
  ...dayEndMessages,
  ...storageMessages,
  ...counterMessages,
  ...shopMessages,
  ...paidAlertMessages,
} as const satisfies Record<string, Record<Language, string>>;

export type Messages = typeof messages;
export type MessageKey = keyof Messages;

function catalogFor(language: Language): Record<MessageKey, string> {
  const out = {} as Record<MessageKey, string>;
  for (const key of Object.keys(messages) as MessageKey[]) out[key] = messages[key][language];
  return out;
}

/** Turkish is the default language of the app. */
export const defaultLanguage: Language = 'tr';
export const catalogs: Record<Language, Record<MessageKey, string>> = { tr: catalogFor('tr'), en: catalogFor('en') };
