import { useI18n } from '../../lib/use-i18n';
import { showsSending } from './outbox-model';
import { useOutboxStore } from './outbox-store';

/** The number of items waiting or needing the user, next to "Outbox" in the navigation. */
export function OutboxBadge() {
  const { t } = useI18n();
  const pending = useOutboxStore((s) => s.summary?.pending ?? 0);
  const sending = useOutboxStore((s) => showsSending(s.summary, s.drainBaseline));
  if (pending === 0) return null;
  return (
    <span className={`nav-badge${sending ? ' nav-badge-busy' : ''}`} data-testid="outbox-badge">
      <span aria-hidden="true">{pending}</span>
      <span className="visually-hidden">{t('outbox.badge', { count: pending })}</span>
    </span>
  );
}

/** How many drafts wait for the owner, next to "Drafts" (quiet: nothing is late). */
export function DraftsBadge() {
  const { t } = useI18n();
  const drafts = useOutboxStore((s) => s.summary?.counts.draft ?? 0);
  if (drafts === 0) return null;
  return (
    <span className="nav-badge nav-badge-quiet" data-testid="drafts-badge">
      <span aria-hidden="true">{drafts}</span>
      <span className="visually-hidden">{t('drafts.badge', { count: drafts })}</span>
    </span>
  );
}
