import { useState, type FormEvent } from 'react';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import type { ShopPairingCode } from '@shared/domain/shop';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { useShopStore } from '../shop-counters';

/**
 * "Birden çok kasa" without connection strings: make this PC the shop's server (main asks in its
 * own dialog, starts the bundled PostgreSQL and joins this counter to it), show its address and a
 * one-time code large enough to read aloud, or join another PC's server with address + code.
 * Self-contained: the Settings section mounts it.
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

const bigText = { fontSize: '2rem', fontWeight: 600, letterSpacing: '0.08em', margin: '0.25rem 0' } as const;

function HostPart() {
  const { t } = useI18n();
  const [counterName, setCounterName] = useState(() => t('settings.counters.defaultName'));
  const [address, setAddress] = useState<string>();
  const [pairing, setPairing] = useState<ShopPairingCode>();
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);

  async function host() {
    setBusy(true);
    const result = await invoke('shop:host', { counterName });
    setBusy(false);
    setError(result.ok ? undefined : result.error);
    if (!result.ok) return;
    setAddress(result.value.address);
    useShopStore.setState({ status: result.value.status });
    await newCode();
  }

  async function newCode() {
    const result = await invoke('shop:pairing-code');
    setError(result.ok ? undefined : result.error);
    if (!result.ok) return;
    setPairing(result.value);
    setAddress(result.value.address);
  }

  return (
    <div className="shop-server-host">
      {!address && (
        <Field label={t('settings.counters.counterName')}>
          {(control) => <input {...control} className="input" name="hostCounterName" maxLength={40} value={counterName} onChange={(e) => setCounterName(e.target.value)} />}
        </Field>
      )}
      {address && (
        <>
          <p className="message message-success">{t('settings.shopServer.hosted')}</p>
          <dl className="shop-facts">
            <dt>{t('settings.shopServer.address')}</dt>
            <dd className="mono" style={bigText} data-testid="shop-server-address">
              {address}
            </dd>
            {pairing && (
              <>
                <dt>{t('settings.shopServer.code')}</dt>
                <dd className="mono" style={bigText} data-testid="shop-pairing-code" aria-live="polite">
                  {pairing.code}
                </dd>
              </>
            )}
          </dl>
          {pairing && <p className="section-intro">{t('settings.shopServer.codeValid', { time: formatIstanbulDateTime(pairing.expiresAt).slice(11) })}</p>}
        </>
      )}
      {error && <ErrorMessage error={error} />}
      <div className="form-actions">
        {address ? (
          <button type="button" className="button" onClick={() => void newCode()} data-testid="shop-new-code">
            {t('settings.shopServer.newCode')}
          </button>
        ) : (
          <button type="button" className="button button-primary" disabled={busy || !counterName.trim()} onClick={() => void host()} data-testid="shop-host">
            {busy ? t('settings.shopServer.hosting') : t('settings.shopServer.host')}
          </button>
        )}
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

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await invoke('shop:pair', { address, code, counterName });
    setBusy(false);
    setError(result.ok ? undefined : result.error);
    // A code is used once, whatever the answer: the form does not keep it.
    setCode('');
    if (result.ok) useShopStore.setState({ status: result.value });
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
