import { dayEndRangeText, type DayEndReport } from '@shared/domain/day-end-report';
import type { Language } from '@shared/domain/language';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { formatMoney } from '@shared/domain/money';
import { providerNames } from '@shared/domain/provider-id';
import { createTranslator } from '@shared/i18n/translate';
import { reportLines, type BucketLine } from '@shared/print/day-end-lines';
import type { SlipBlock, SlipDocument } from './slip-document';

/** The day-end slip for a receipt printer: what the system-printed one shows (day-end-slip.tsx), as lines. */
export function dayEndSlip(report: DayEndReport, shop: { shopName: string; language: Language }, printedAt: Date): SlipDocument {
  const t = createTranslator(shop.language);
  const lines = (list: BucketLine[]): SlipBlock[] =>
    list.map((line) => ({
      kind: 'labelled',
      label: `${line.key === 'made' ? t('dayEnd.made') : t(`dayEnd.group.${line.key}`)} (${line.count})`,
      value: line.sums.join(' · ') || '-',
    }));
  const blocks: SlipBlock[] = [];
  if (shop.shopName.trim()) blocks.push({ kind: 'text', text: shop.shopName, align: 'center', bold: true });
  blocks.push(
    { kind: 'text', text: t('dayEnd.slipTitle'), align: 'center', bold: true },
    { kind: 'text', text: dayEndRangeText(report), align: 'center' },
    { kind: 'rule' },
    ...lines(reportLines(report.made, report.groups)),
  );
  for (const p of report.providers) {
    blocks.push({ kind: 'rule' }, { kind: 'text', text: providerNames[p.provider], align: 'center', bold: true }, ...lines(reportLines(p.made, p.groups)));
  }
  if (report.markedPaid.length > 0) {
    blocks.push({ kind: 'rule' }, { kind: 'text', text: t('dayEnd.markedPaid'), align: 'center', bold: true });
    for (const m of report.markedPaid) blocks.push({ kind: 'labelled', label: m.description, value: formatMoney(m.amount) });
  }
  blocks.push({ kind: 'rule' }, { kind: 'text', text: t('dayEnd.slipPrintedAt', { time: formatIstanbulDateTime(printedAt) }), align: 'center' });
  return { blocks };
}
