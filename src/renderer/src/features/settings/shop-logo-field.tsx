import { useId, useRef, useState } from 'react';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { decodes, logoFromBytes, MAX_LOGO_BYTES, readFileBytes } from './logo-file';
import { useSettingsStore } from './settings-store';

type Status = { kind: 'saved' | 'removed' } | { kind: 'too-big'; kb: number } | { kind: 'wrong-type' } | { kind: 'error'; error: AppError };

/** The shop logo printed on slips: chosen from a file, checked here, saved as a data URL in Settings. */
export function ShopLogoField() {
  const { t } = useI18n();
  const logo = useSettingsStore((s) => s.settings.shopLogo);
  const update = useSettingsStore((s) => s.update);
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  const helpId = useId();

  async function choose(file: File | undefined) {
    if (!file) return;
    setStatus(undefined);
    // Refuse big files before reading them at all.
    if (file.size > MAX_LOGO_BYTES) return setStatus({ kind: 'too-big', kb: Math.ceil(file.size / 1024) });
    setBusy(true);
    try {
      const checked = logoFromBytes(await readFileBytes(file));
      if (!checked.ok) return setStatus(checked.problem === 'too-big' ? { kind: 'too-big', kb: checked.kb } : { kind: 'wrong-type' });
      if (!(await decodes(checked.dataUrl))) return setStatus({ kind: 'wrong-type' });
      const result = await update({ shopLogo: checked.dataUrl });
      setStatus(result.ok ? { kind: 'saved' } : { kind: 'error', error: result.error });
    } catch {
      setStatus({ kind: 'wrong-type' });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function remove() {
    setStatus(undefined);
    const result = await update({ shopLogo: null });
    setStatus(result.ok ? { kind: 'removed' } : { kind: 'error', error: result.error });
  }

  return (
    <div className="field shop-logo" role="group" aria-labelledby={`${helpId}-label`} aria-describedby={helpId}>
      <span id={`${helpId}-label`} className="field-label">
        {t('settings.shop.logo')}
      </span>
      {logo ? (
        <img className="shop-logo-preview" src={logo} alt={t('settings.shop.logoAlt')} />
      ) : (
        <p className="field-help">{t('settings.shop.logoNone')}</p>
      )}
      <p id={helpId} className="field-help">
        {t('settings.shop.logoHelp')}
      </p>
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        data-testid="shop-logo-file"
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => input.current?.click()}>
          {t('settings.shop.logoChoose')}
        </button>
        {logo && (
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => void remove()}>
            {t('settings.shop.logoRemove')}
          </button>
        )}
      </div>
      <div role="status" className="form-status">
        {status?.kind === 'saved' && t('settings.shop.logoSaved')}
        {status?.kind === 'removed' && t('settings.shop.logoRemoved')}
      </div>
      {status?.kind === 'too-big' && (
        <p className="field-error" role="alert">
          {t('settings.shop.logoTooBig', { size: status.kb })}
        </p>
      )}
      {status?.kind === 'wrong-type' && (
        <p className="field-error" role="alert">
          {t('settings.shop.logoWrongType')}
        </p>
      )}
      {status?.kind === 'error' && <ErrorMessage error={status.error} />}
    </div>
  );
}
