import type { ShopStatus } from '@shared/domain/shop';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import type { useI18n } from '../../lib/use-i18n';

type T = ReturnType<typeof useI18n>['t'];

/** `14:05` in Istanbul time, or "not yet". */
export function lastSyncedTime(status: ShopStatus, t: T): string {
  return status.lastSyncedAt ? formatIstanbulDateTime(status.lastSyncedAt).slice(11) : t('shop.state.never');
}

/** The shop connection's state in one sentence ("Bağlı — son eşitleme 14:05"). */
export function shopStateLine(status: ShopStatus, t: T): string {
  const time = lastSyncedTime(status, t);
  switch (status.state) {
    case 'online':
      return t('shop.state.online', { time });
    case 'offline':
      return t('shop.state.offline', { time });
    case 'refused':
      return t('shop.state.refused');
    default:
      return t('shop.state.connecting');
  }
}
