import { useI18n } from '../../lib/use-i18n';
import { drainProgress, showsSending } from './outbox-model';
import { useOutboxStore } from './outbox-store';

/** Shown while the worker drains the outbox: how many of the waiting items have gone. */
export function OutboxProgress() {
  const { t } = useI18n();
  const summary = useOutboxStore((s) => s.summary);
  const baseline = useOutboxStore((s) => s.drainBaseline);
  if (!summary || !showsSending(summary, baseline)) return null;
  const { done, total } = drainProgress(summary, baseline);
  const label = t('outbox.draining', { done, total });
  return (
    <div className="outbox-progress" data-testid="outbox-progress">
      <progress max={Math.max(total, 1)} value={done} aria-label={t('outbox.progressLabel')} aria-valuetext={label} />
      <span role="status">{label}</span>
    </div>
  );
}
