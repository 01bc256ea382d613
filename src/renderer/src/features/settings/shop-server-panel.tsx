import { useState, type FormEvent } from 'react';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { useShopStore } from '../shop-counters';

/**
 * "Birden çok kasa" without connection strings: make this PC the shop's server (main asks in its
 * own dialog, starts the bundled PostgreSQL and joins this counter to it; the joined view then shows
 * its address and one-time codes), or join another PC's server with address + code.
 * Self-contained: the Settings section mounts it while this computer is alone.
 */
export function ShopServerPanel() {
  const { t } = useI18n();
  return (
    <div className="shop-server-panel" data-testid="shop-server-panel">
      <h3>{t('settings.shopServer.title')}</h3>
      <p className="section-intro">{t('settings.shopServer.intro')}</p>
      <HostPart />
      <h3>{t('settings.shopServer.joinTitle')}</h3>
      <PairForm />
    </div>
  );
}

function HostPart() {
  const { t } = useI18n();
  const [counterName, setCounterName] = useState(() => t('settings.counters.defaultName'));
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);

  const hostShop = useShopStore((s) => s.host);

  async function host() {
    setBusy(true);
    // Joined then: this panel gives way to the joined view, which shows the address and the first code.
    setError(await hostShop(counterName));
    setBusy(false);
  }

  return (
    <div className="shop-server-host">
      <Field label={t('settings.counters.counterName')}>
        {(control) => <input {...control} className="input" name="hostCounterName" maxLength={40} value={counterName} onChange={(e) => setCounterName(e.target.value)} />}
      </Field>
      {error && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy || !counterName.trim()} onClick={() => void host()} data-testid="shop-host">
          {busy ? t('settings.shopServer.hosting') : t('settings.shopServer.host')}
        </button>
      </div>
    </div>
  );
}

function PairForm() {
  const { t } = useI18n();
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [counterName, setCounterName] = useState(() => t('settings.counters.defaultName'));
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const pair = useShopStore((s) => s.pair);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    // A code is used once, whatever the answer: the form does not keep it.
    setCode('');
    setError(await pair({ address, code, counterName }));
    setBusy(false);
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t('settings.shopServer.address')} help={t('settings.shopServer.joinAddressHelp')}>
        {(control) => (
          <input {...control} className="input mono" name="shopServerAddress" autoComplete="off" spellCheck={false} placeholder="192.168.1.20:5432" value={address} onChange={(e) => setAddress(e.target.value)} />
        )}
      </Field>
      <Field label={t('settings.shopServer.joinCode')}>
        {(control) => (
          <input {...control} className="input mono" name="pairingCode" autoComplete="off" spellCheck={false} placeholder="ABCD-EFGH-JKM" maxLength={20} value={code} onChange={(e) => setCode(e.target.value.toUpperCase())} />
        )}
      </Field>
      <Field label={t('settings.counters.counterName')}>
        {(control) => <input {...control} className="input" name="pairCounterName" maxLength={40} value={counterName} onChange={(e) => setCounterName(e.target.value)} />}
      </Field>
      {error && <ErrorMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !address.trim() || !code.trim() || !counterName.trim()} data-testid="shop-pair">
          {busy ? t('settings.shopServer.joining') : t('settings.shopServer.join')}
        </button>
      </div>
    </form>
  );
}
