import type { PaperSize } from '@shared/domain/settings';
import { formatMoney } from '@shared/domain/money';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { paperGeometry } from '@shared/print/paper';
import { QrCode } from '../../components/qr-code';
import type { Translate } from '@shared/i18n/translate';
import { typeableUrl, type SlipData } from './slip-data';
import './slip.css';

interface SlipProps {
  data: SlipData;
  paper: PaperSize;
  t: Translate;
}

/**
 * The printed slip, laid out in millimetres for its paper. Black on white, no backgrounds a
 * thermal printer would smear; long addresses and descriptions wrap inside the paper width.
 */
export function Slip({ data, paper, t }: SlipProps) {
  const geometry = paperGeometry[paper];
  const open = data.linkType === 'open-amount';
  return (
    <article
      className={`slip slip-${paper}`}
      data-paper={paper}
      style={{ width: `${geometry.widthMm}mm`, padding: `${geometry.paddingMm}mm` }}
    >
      <header className="slip-header">
        {data.logo && <img className="slip-logo" src={data.logo} alt="" />}
        {data.shopName && <p className="slip-shop">{data.shopName}</p>}
      </header>
      <section className="slip-amount-block">
        <p className="slip-label">{t('slip.amountLabel')}</p>
        {open ? (
          <p className="slip-open-amount">{t('slip.openAmount')}</p>
        ) : (
          <p className="slip-amount">{formatMoney(data.amount)}</p>
        )}
        {data.maxAmountMinor !== undefined && (
          <p className="slip-note">
            {t('slip.maxAmount', { amount: formatMoney({ minor: data.maxAmountMinor, currency: data.amount.currency }) })}
          </p>
        )}
        <p className="slip-description">{data.description}</p>
      </section>
      <figure className="slip-qr">
        <QrCode value={data.url} size={geometry.qrMm} unit="mm" errorCorrection="M" quietZone={4} label={t('slip.qrLabel')} />
        <figcaption className="slip-scan">{t('slip.scan')}</figcaption>
      </figure>
      <p className="slip-label">{t('slip.orOpen')}</p>
      <p className="slip-url">{typeableUrl(data.url)}</p>
      <dl className="slip-facts">
        {data.expiresAt && (
          <div>
            <dt>{t('slip.expires')}</dt>
            <dd>{formatIstanbulDateTime(data.expiresAt)}</dd>
          </div>
        )}
        <div>
          <dt>{t('slip.reference')}</dt>
          <dd className="slip-reference">{data.reference}</dd>
        </div>
        <div>
          <dt>{t('slip.date')}</dt>
          <dd>{formatIstanbulDateTime(data.createdAt)}</dd>
        </div>
      </dl>
    </article>
  );
}
