import { translate } from '@shared/i18n/translate';
import type { Language } from '@shared/domain/language';
import type { LinkRecord } from '@shared/domain/link-record';
import { formatMoney } from '@shared/domain/money';

export interface DesktopNotification {
  title: string;
  body: string;
}

/** "Ödeme alındı — 1.250,50 ₺ · Ayşe Yılmaz · Okul çantası · PayTR Mağaza", in the settings language. */
export function paidNotification(record: LinkRecord, language: Language): DesktopNotification {
  const amount = formatMoney({ minor: record.paidAmountMinor ?? record.amount.minor, currency: record.amount.currency });
  const parts = [amount, record.customer.name, record.description, record.accountLabel].filter((p): p is string => !!p?.trim());
  return {
    title: translate(language, 'paidAlert.title'),
    body: parts.join(' · ').slice(0, 300),
  };
}
