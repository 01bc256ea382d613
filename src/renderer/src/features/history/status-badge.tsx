import type { LinkStatus } from '@shared/domain/link';
import { useI18n } from '../../lib/use-i18n';

/** A link's status in words and colour (the word carries the meaning; colour only helps). */
export function StatusBadge({ status }: { status: LinkStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge status-badge status-${status}`} data-status={status}>
      {t(`history.status.${status}`)}
    </span>
  );
}
