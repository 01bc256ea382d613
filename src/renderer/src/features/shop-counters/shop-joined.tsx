import { useState } from 'react';
import type { AppError } from '@shared/result';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { ShopHostingBlock } from './shop-hosting';
import { shopProblemText, shopStateLine } from './shop-status-text';
import { useShopStore } from './shop-store';

/** This counter shares a shop: where, how the last exchange went, what waits, codes for new counters on the server PC, and the way out. */
export function ShopJoined() {
  const { t, language } = useI18n();
  const status = useShopStore((s) => s.status);
  // Offline says why below its line (the server away, TLS…); refused already names the reason in its line.
  const offlineWhy = status.state === 'offline' ? shopProblemText(status, language) : undefined;
  return (
    <>
      <dl className="shop-facts">
        <dt>{t('settings.counters.counterName')}</dt>
        <dd data-testid="shop-counter-name">{status.counterName}</dd>
        <dt>{t('settings.counters.server')}</dt>
        <dd className="mono">{status.server}</dd>
        <dt>{t('settings.counters.shopRole')}</dt>
        <dd className="mono">{status.shop}</dd>
      </dl>
      <p className={`message shop-state ${status.state === 'online' ? 'message-success' : 'message-warning'}`} role="status" data-testid="shop-state">
        {shopStateLine(status, t, language)}
      </p>
      {offlineWhy && <p className="section-intro">{offlineWhy}</p>}
      {status.pending > 0 && (
        <p className="section-intro" data-testid="shop-pending">
          {t('shop.pending', { count: status.pending })}
        </p>
      )}
      {status.paidReports && <p className="section-intro">{t('shop.paidReports')}</p>}
      {status.hosting && <ShopHostingBlock address={status.hosting.address} />}
      <LeaveShop />
    </>
  );
}

/** "Bu kasayı dükkândan ayır", asked first: nothing local is deleted. */
function LeaveShop() {
  const { t } = useI18n();
  const leave = useShopStore((s) => s.leave);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<AppError>();
  return (
    <>
      {error && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setAsking(true)} data-testid="shop-leave">
          {t('settings.counters.leave')}
        </button>
      </div>
      {asking && (
        <ConfirmDialog
          title={t('settings.counters.leaveConfirm.title')}
          confirmLabel={t('settings.counters.leaveConfirm.ok')}
          onConfirm={async () => setError(await leave())}
          onClose={() => setAsking(false)}
        >
          <p>{t('settings.counters.leaveConfirm.body')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
