import type { ShopPairingCode } from '@shared/domain/shop';
import { useI18n } from '../../lib/use-i18n';
import { pairingCodeGroups, pairingCodeValidText } from './pairing-code-text';

/** A one-time code large enough to read aloud across the shop, group by group, and until when it works. */
export function PairingCodeView({ pairing }: { pairing: ShopPairingCode }) {
  const { t } = useI18n();
  return (
    <>
      <dl className="shop-facts">
        <dt>{t('shop.hosting.code')}</dt>
        <dd className="mono shop-big-text" data-testid="shop-pairing-code" aria-live="polite">
          {pairingCodeGroups(pairing.code).map((group, i) => (
            <span key={i} className="shop-code-group">
              {i > 0 ? ' ' : ''}
              {group}
            </span>
          ))}
        </dd>
      </dl>
      <p className="section-intro" data-testid="shop-pairing-valid">
        {pairingCodeValidText(pairing, t)}
      </p>
    </>
  );
}
