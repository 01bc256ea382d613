import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../lib/use-i18n';
import { AccountsSection } from '../accounts';
import { ContactsSection } from '../contacts';
import { ProductsSection } from '../products';
import { ShopCountersSection, useShopStore } from '../shop-counters';
import { ShopServerPanel } from './shop-server-panel';
import { AboutSection } from './about-section';
import { DataSection } from './data-section';
import { LanguageSwitch } from './language-switch';
import { PaidAlertSection } from './paid-alert-section';
import { PrinterSection } from './printer-section';
import { RemindersSection } from './reminders-section';
import { ShopSection } from './shop-section';
import './settings.css';

export function SettingsPage() {
  const { t } = useI18n();
  // One computer alone: it may become the shop's server, or join one with a code.
  const shopOff = useShopStore((s) => s.status.state === 'off');
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <AccountsSection />
      <ShopSection />
      <PaidAlertSection />
      <PrinterSection />
      <ProductsSection />
      <RemindersSection />
      <ContactsSection />
      <ShopCountersSection />
      {shopOff && (
        <section className="card" aria-label={t('settings.shopServer.title')}>
          <ShopServerPanel />
        </section>
      )}
      <section className="card" aria-labelledby="language-title">
        <h2 id="language-title">{t('settings.language.title')}</h2>
        <p className="section-intro">{t('settings.language.help')}</p>
        <LanguageSwitch variant="page" />
      </section>
      <DataSection />
      <AboutSection />
    </>
  );
}
