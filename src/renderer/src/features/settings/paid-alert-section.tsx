import { useId, useState } from 'react';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { useSettingsStore } from './settings-store';

/** The "payment received" alert: what it does, and whether it plays the chime (saved at once). */
export function PaidAlertSection() {
  const { t } = useI18n();
  const sound = useSettingsStore((s) => s.settings.paidSound);
  const update = useSettingsStore((s) => s.update);
  const [error, setError] = useState<AppError>();
  const [saving, setSaving] = useState(false);
  const helpId = useId();

  async function toggle(paidSound: boolean) {
    setSaving(true);
    const result = await update({ paidSound });
    setSaving(false);
    setError(result.ok ? undefined : result.error);
  }

  return (
    <section className="card" aria-labelledby="paid-alert-title">
      <h2 id="paid-alert-title">{t('settings.paidAlert.title')}</h2>
      <p id={helpId} className="section-intro">
        {t('settings.paidAlert.help')}
      </p>
      <label className="settings-check">
        <input
          type="checkbox"
          name="paidSound"
          checked={sound}
          disabled={saving}
          aria-describedby={helpId}
          onChange={(e) => void toggle(e.target.checked)}
        />
        {t('settings.paidAlert.sound')}
      </label>
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
