import { useEffect, useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { pairingCodeOpen } from './pairing-code-text';
import { PairingCodeView } from './shop-pairing-code';
import { useShopStore } from './shop-store';

/**
 * On the PC that is the shop's server, inside the joined view: the address the other counters
 * type and a fresh one-time code for each new counter (`shop:pairing-code`, 15 minutes, once).
 */
export function ShopHostingBlock({ address }: { address: string }) {
  const { t } = useI18n();
  const pairing = useShopStore((s) => s.pairing);
  const newPairingCode = useShopStore((s) => s.newPairingCode);
  const code = pairing.code;
  // Gone at its expiry: a code main would refuse is not left on the screen.
  const [, setExpired] = useState(0);
  useEffect(() => {
    if (!code) return;
    const timer = setTimeout(() => setExpired((n) => n + 1), Math.max(0, Date.parse(code.expiresAt) - Date.now()) + 500);
    return () => clearTimeout(timer);
  }, [code]);
  const open = code && pairingCodeOpen(code) ? code : undefined;
  return (
    <div className="shop-hosting" data-testid="shop-hosting">
      <h3>{t('shop.hosting.title')}</h3>
      <p className="section-intro">{t('shop.hosting.intro')}</p>
      <PairingCodeView address={address} pairing={open} />
      {pairing.error && <ErrorMessage error={pairing.error} />}
      <div className="form-actions">
        <button type="button" className="button" disabled={pairing.asking} onClick={() => void newPairingCode()} data-testid="shop-new-code">
          {pairing.asking ? t('shop.hosting.asking') : t('shop.hosting.newCode')}
        </button>
      </div>
    </div>
  );
}
