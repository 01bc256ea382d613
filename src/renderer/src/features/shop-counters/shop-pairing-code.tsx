import type { ShopPairingCode } from '@shared/domain/shop';
import { useI18n } from '../../lib/use-i18n';
import { pairingCodeGroups, pairingCodeValidText } from './pairing-code-text';

/**
 * What a new counter types, large enough to read aloud across the shop: the server's address and,
 * once asked for, a one-time code group by group with until when it works.
 */
export function PairingCodeView({ address, pairing }: { address: string; pairing?: ShopPairingCode }) {
  const { t } = useI18n();
  return (
    <>
      <dl className="shop-facts shop-pairing">
        <dt>{t('shop.hosting.address')}</dt>
        <dd className="mono" data-testid="shop-server-address">
          {address}
        </dd>
        {pairing && (
          <>
            <dt>{t('shop.hosting.code')}</dt>
            <dd className="mono" data-testid="shop-pairing-code" aria-live="polite">
              {pairingCodeGroups(pairing.code).map((group, i) => (
                <span key={i} className="shop-code-group">
                  {i > 0 ? ' ' : ''}
                  {group}
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {pairing && (
        <p className="section-intro" data-testid="shop-pairing-valid">
          {pairingCodeValidText(pairing, t)}
        </p>
      )}
    </>
  );
}
