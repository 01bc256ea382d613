import type { TimelineEvent } from '@shared/domain/link-record';
import { useI18n } from '../../lib/use-i18n';
import { timelineLines } from './timeline-text';

/** Everything that happened to the link, newest first, failures with their reason. */
export function LinkTimeline({ events }: { events: readonly TimelineEvent[] }) {
  const { t, language } = useI18n();
  const lines = timelineLines(events, language);
  return (
    <section className="link-timeline" aria-labelledby="link-timeline-title" data-testid="link-timeline">
      <h3 id="link-timeline-title">{t('detail.timeline')}</h3>
      <ol className="timeline-list" data-testid="timeline">
        {lines.map((line, i) => (
          <li key={`${line.time}-${i}`} className={`timeline-item${line.failed ? ' timeline-failed' : ''}`}>
            <span className="timeline-time">{line.time}</span>
            <span className="timeline-title">{line.title}</span>
            {line.detail && <span className="timeline-detail">{line.detail}</span>}
            {line.error && <span className="timeline-error">{line.error}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
