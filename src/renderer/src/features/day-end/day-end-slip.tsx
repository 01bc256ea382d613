import { dayEndRangeText, type DayEndReport } from '@shared/domain/day-end-report';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { formatMoney } from '@shared/domain/money';
import { providerNames } from '@shared/domain/provider-id';
import type { PaperSize } from '@shared/domain/settings';
import type { Translate } from '@shared/i18n/translate';
import { paperGeometry } from '@shared/print/paper';
import { reportLines, type BucketLine } from '@shared/print/day-end-lines';
import '../print/slip.css';

interface DayEndSlipProps {
  report: DayEndReport;
  shopName: string;
  paper: PaperSize;
  printedAt: Date;
  t: Translate;
}

/** The day-end report on a receipt roll (or A4): the same slip frame and font as the QR slips. */
export function DayEndSlip({ report, shopName, paper, printedAt, t }: DayEndSlipProps) {
  const geometry = paperGeometry[paper];
  return (
    <article className={`slip slip-${paper} day-end-slip`} data-paper={paper} style={{ width: `${geometry.widthMm}mm`, padding: `${geometry.paddingMm}mm` }}>
      <header className="slip-header">
        {shopName && <p className="slip-shop">{shopName}</p>}
        <p className="slip-label">{t('dayEnd.slipTitle')}</p>
        <p className="slip-description">{dayEndRangeText(report)}</p>
      </header>
      <SlipLines lines={reportLines(report.made, report.groups)} t={t} />
      {report.providers.map((p) => (
        <section key={p.provider}>
          <p className="slip-label">{providerNames[p.provider]}</p>
          <SlipLines lines={reportLines(p.made, p.groups)} t={t} />
        </section>
      ))}
      {report.markedPaid.length > 0 && (
        <section>
          <p className="slip-label">{t('dayEnd.markedPaid')}</p>
          {report.markedPaid.map((m) => (
            <p key={m.reference} className="slip-note">
              {m.description} · {formatMoney(m.amount)}
            </p>
          ))}
        </section>
      )}
      <p className="slip-note">{t('dayEnd.slipPrintedAt', { time: formatIstanbulDateTime(printedAt) })}</p>
    </article>
  );
}

function SlipLines({ lines, t }: { lines: BucketLine[]; t: Translate }) {
  return (
    <dl className="slip-facts">
      {lines.map((line) => (
        <div key={line.key}>
          <dt>
            {line.key === 'made' ? t('dayEnd.made') : t(`dayEnd.group.${line.key}`)} ({line.count})
          </dt>
          <dd>{line.sums.join(' · ') || '—'}</dd>
        </div>
      ))}
    </dl>
  );
}
