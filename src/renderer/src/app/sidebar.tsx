import type { ComponentType } from 'react';
import { DayEndIcon, DraftIcon, HistoryIcon, LinkIcon, OutboxIcon, SettingsIcon } from '../components/icons';
import { DraftsBadge, OutboxBadge } from '../features/outbox/outbox-badge';
import { LanguageSwitch } from '../features/settings/language-switch';
import { ShopSyncIndicator } from '../features/shop-counters';
import { useSettingsStore } from '../features/settings/settings-store';
import { useI18n } from '../lib/use-i18n';
import { useNavigation, type Page } from './navigation-store';

type NavKey = 'nav.newLink' | 'nav.history' | 'nav.dayEnd' | 'nav.drafts' | 'nav.outbox' | 'nav.settings';

const items: { page: Page; label: NavKey; Icon: ComponentType<{ className?: string }> }[] = [
  { page: 'new-link', label: 'nav.newLink', Icon: LinkIcon },
  { page: 'history', label: 'nav.history', Icon: HistoryIcon },
  { page: 'day-end', label: 'nav.dayEnd', Icon: DayEndIcon },
  { page: 'drafts', label: 'nav.drafts', Icon: DraftIcon },
  { page: 'outbox', label: 'nav.outbox', Icon: OutboxIcon },
  { page: 'settings', label: 'nav.settings', Icon: SettingsIcon },
];

export function Sidebar() {
  const { t } = useI18n();
  const current = useNavigation((s) => s.page);
  const go = useNavigation((s) => s.go);
  const shopName = useSettingsStore((s) => s.settings.shopName);

  return (
    <aside className="sidebar">
      <div className="sidebar-inner">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-sub" data-testid="brand-sub">
            {shopName || t('app.tagline')}
          </span>
        </div>
        <nav aria-label={t('shell.navLabel')}>
          <ul className="nav-list">
            {items.map(({ page, label, Icon }) => (
              <li key={page}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={page === current ? 'page' : undefined}
                  data-testid={`nav-${page}`}
                  onClick={() => go(page)}
                >
                  <Icon className="nav-icon" />
                  <span>{t(label)}</span>
                  {page === 'outbox' && <OutboxBadge />}
                  {page === 'drafts' && <DraftsBadge />}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <ShopSyncIndicator />
        <div className="sidebar-footer">
          <span className="sidebar-caption">{t('language.label')}</span>
          <LanguageSwitch variant="sidebar" />
        </div>
      </div>
    </aside>
  );
}
