import { formatMoney } from '@shared/domain/money';
import type { CustomerDisplayView } from '@shared/print/customer-display';
import { createTranslator } from '@shared/i18n/translate';
import { QrCode } from '../../components/qr-code';
import './customer-display.css';

/** The customer-facing view: shop, amount and a QR code as big as the screen allows. */
export function CustomerDisplay({ view }: { view: CustomerDisplayView }) {
  const t = createTranslator(view.language);
  return (
    <div className="customer-display-view" lang={view.language}>
      {view.shopName && <p className="customer-display-shop">{view.shopName}</p>}
      <p className="customer-display-amount">{formatMoney(view.amount)}</p>
      <p className="customer-display-description">{view.description}</p>
      {/* Drawn at 100 px and stretched by CSS to fit the screen: an SVG stays sharp at any size. */}
      <QrCode value={view.url} size={100} errorCorrection="M" quietZone={4} label={t('slip.qrLabel')} />
      <p className="customer-display-scan">{t('display.scan')}</p>
      <p className="customer-display-hint">{t('display.closeHint')}</p>
    </div>
  );
}
