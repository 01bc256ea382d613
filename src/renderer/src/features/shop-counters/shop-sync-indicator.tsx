import { useEffect } from 'react';
import { useNavigation } from '../../app/navigation-store';
import { useI18n } from '../../lib/use-i18n';
import { SHOP_COUNTERS_SECTION } from './shop-counters-section';
import { shopIndicatorText } from './shop-status-text';
import { useShopStore } from './shop-store';
import './shop-counters.css';

/**
 * A quiet line under the navigation while this counter shares a shop ("Son eşitleme 14:05", the
 * offline and refused variants); it opens Settings at "Birden çok kasa". Nothing on one computer alone.
 */
export function ShopSyncIndicator() {
  const { t } = useI18n();
  const status = useShopStore((s) => s.status);
  const watch = useShopStore((s) => s.watch);
  const go = useNavigation((s) => s.go);
  useEffect(() => watch(), [watch]);
  const text = shopIndicatorText(status, t);
  if (text === undefined) return null;
  return (
    <button
      type="button"
      className={`shop-sync-indicator shop-sync-${status.state}`}
      data-testid="shop-sync"
      data-state={status.state}
      title={t('shop.indicator.open')}
      onClick={() => go('settings', SHOP_COUNTERS_SECTION)}
    >
      {text}
    </button>
  );
}
