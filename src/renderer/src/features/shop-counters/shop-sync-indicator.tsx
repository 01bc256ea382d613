import { useEffect } from 'react';
import { useNavigation } from '../../app/navigation-store';
import { useI18n } from '../../lib/use-i18n';
import { lastSyncedTime } from './shop-status-text';
import { useShopStore } from './shop-store';
import './shop-counters.css';

/** A quiet line under the navigation when this counter shares a shop: "Son eşitleme 14:05"; opens Settings. */
export function ShopSyncIndicator() {
  const { t } = useI18n();
  const status = useShopStore((s) => s.status);
  const watch = useShopStore((s) => s.watch);
  const go = useNavigation((s) => s.go);
  useEffect(() => watch(), [watch]);
  if (status.state === 'off') return null;
  const time = lastSyncedTime(status, t);
  const text =
    status.state === 'online' ? t('shop.indicator.online', { time }) : status.state === 'refused' ? t('shop.state.refused') : t('shop.indicator.offline', { time });
  return (
    <button type="button" className={`shop-sync-indicator shop-sync-${status.state}`} data-testid="shop-sync" onClick={() => go('settings')}>
      {text}
    </button>
  );
}
