import type { Language } from '@shared/domain/language';
import type { LinkRecord } from '@shared/domain/link-record';
import { formatMoney } from '@shared/domain/money';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { createTranslator } from '@shared/i18n/translate';
import { typeableUrl } from '@shared/print/typeable-url';
import type { SlipBlock, SlipDocument } from './slip-document';

/**
 * The payment-link slip for a receipt printer: what the system-printed slip shows (slip.tsx),
 * as lines and a QR code: shop, amount, description, QR, the address as text, expiry, reference, date.
 */
export function linkSlip(record: LinkRecord & { url: string }, shop: { shopName: string; language: Language }): SlipDocument {
  const t = createTranslator(shop.language);
  const open = record.linkType === 'open-amount';
  const blocks: SlipBlock[] = [];
  if (shop.shopName.trim()) blocks.push({ kind: 'text', text: shop.shopName, align: 'center', bold: true }, { kind: 'rule' });
  blocks.push(
    { kind: 'text', text: t('slip.amountLabel'), align: 'center' },
    open
      ? { kind: 'text', text: t('slip.openAmount'), align: 'center', bold: true }
      : { kind: 'text', text: formatMoney(record.amount), align: 'center', bold: true, size: 'large' },
  );
  if (record.maxAmountMinor !== undefined) {
    const amount = formatMoney({ minor: record.maxAmountMinor, currency: record.amount.currency });
    blocks.push({ kind: 'text', text: t('slip.maxAmount', { amount }), align: 'center' });
  }
  blocks.push(
    { kind: 'text', text: record.description, align: 'center' },
    { kind: 'feed', lines: 1 },
    { kind: 'qr', data: record.url },
    { kind: 'text', text: t('slip.scan'), align: 'center' },
    { kind: 'feed', lines: 1 },
    { kind: 'text', text: t('slip.orOpen'), align: 'center' },
    { kind: 'text', text: typeableUrl(record.url), align: 'center' },
    { kind: 'rule' },
  );
  if (record.expiresAt) blocks.push({ kind: 'labelled', label: t('slip.expires'), value: formatIstanbulDateTime(record.expiresAt) });
  blocks.push(
    { kind: 'labelled', label: t('slip.reference'), value: record.reference },
    { kind: 'labelled', label: t('slip.date'), value: formatIstanbulDateTime(record.createdAt) },
  );
  return { blocks };
}
