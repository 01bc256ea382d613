import { useEffect, useRef } from 'react';
import { useNavigation } from '../../app/navigation-store';
import { useI18n } from '../../lib/use-i18n';
import { ShopJoinForm } from './shop-join-form';
import { ShopJoined } from './shop-joined';
import { useShopStore } from './shop-store';
import './shop-counters.css';

/** Where the sync line under the navigation leads: Settings, this section. */
export const SHOP_COUNTERS_SECTION = 'shop-counters';

/**
 * Settings → "Birden çok kasa": join the shop's server (address, password, this counter's name),
 * see how sharing goes, or leave. One computer alone needs none of it, and the intro says so.
 */
export function ShopCountersSection() {
  const { t } = useI18n();
  const joined = useShopStore((s) => s.status.state !== 'off');
  const heading = useRef<HTMLHeadingElement>(null);
  const visit = useNavigation((s) => s.visit);
  const section = useNavigation((s) => s.section);
  // Opened from the sync line: this section, not the top of Settings, takes the focus.
  useEffect(() => {
    if (section !== SHOP_COUNTERS_SECTION) return;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [visit, section]);
  return (
    <section className="card" aria-labelledby="shop-counters-title" data-testid="shop-counters">
      <h2 id="shop-counters-title" ref={heading} tabIndex={-1}>
        {t('settings.counters.title')}
      </h2>
      <p className="section-intro">{t('settings.counters.intro')}</p>
      {joined ? <ShopJoined /> : <ShopJoinForm />}
    </section>
  );
}
