import type { DayEndReport } from '@shared/domain/day-end-report';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { formatMoney } from '@shared/domain/money';
import { providerNames } from '@shared/domain/provider-id';
import { useI18n } from '../../lib/use-i18n';
import { reportLines, type BucketLine } from '@shared/print/day-end-lines';

/** The report on screen: totals, then per provider and per account, then what was marked paid by hand. */
export function DayEndTables({ report }: { report: DayEndReport }) {
  const { t } = useI18n();
  return (
    <div className="day-end-report" data-testid="day-end-report">
      <LinesTable caption={t('dayEnd.csv.total')} lines={reportLines(report.made, report.groups)} testId="day-end-total" />
      <h2>{t('dayEnd.byProvider')}</h2>
      <div className="day-end-grid">
        {report.providers.map((p) => (
          <LinesTable key={p.provider} caption={providerNames[p.provider]} lines={reportLines(p.made, p.groups)} testId={`day-end-provider-${p.provider}`} />
        ))}
      </div>
      <h2>{t('dayEnd.byAccount')}</h2>
      <div className="day-end-grid">
        {report.accounts.map((a) => (
          <LinesTable key={a.accountId} caption={a.label} lines={reportLines(a.made, a.groups)} testId={`day-end-account-${a.accountId}`} />
        ))}
      </div>
      <h2>{t('dayEnd.markedPaid')}</h2>
      {report.markedPaid.length === 0 ? (
        <p className="muted">{t('dayEnd.markedPaidNone')}</p>
      ) : (
        <ul className="day-end-marked" data-testid="day-end-marked">
          {report.markedPaid.map((m) => (
            <li key={m.reference}>
              <span className="day-end-marked-time">{formatIstanbulDateTime(m.at)}</span> {m.accountLabel} · {m.description}{' '}
              <strong>{formatMoney(m.amount)}</strong>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function LinesTable({ caption, lines, testId }: { caption: string; lines: BucketLine[]; testId: string }) {
  const { t } = useI18n();
  return (
    <table className="day-end-table card" data-testid={testId}>
      <caption>{caption}</caption>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} data-line={line.key}>
            <th scope="row">{line.key === 'made' ? t('dayEnd.made') : t(`dayEnd.group.${line.key}`)}</th>
            <td className="day-end-count">{t('dayEnd.count', { count: line.count })}</td>
            <td className="day-end-sums">{line.sums.join(' · ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
