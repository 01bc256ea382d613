import { useEffect, useState, type FormEvent } from 'react';
import { MAX_AFTER_SEND_HOURS, MAX_BEFORE_EXPIRY_HOURS } from '@shared/domain/reminder';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { readReminderDraft, reminderDraftOf, type ReminderDraft } from './reminder-settings-model';
import { useSettingsStore } from './settings-store';

/** The shop's default reminders for unpaid links; both off until the owner turns them on (SMS costs money). */
export function RemindersSection() {
  const { t } = useI18n();
  const saved = useSettingsStore((s) => s.settings.reminders);
  const update = useSettingsStore((s) => s.update);
  const [draft, setDraft] = useState<ReminderDraft>(() => reminderDraftOf(saved));
  const [invalid, setInvalid] = useState<Array<keyof ReminderDraft>>([]);
  const [error, setError] = useState<AppError>();
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  useEffect(() => setDraft(reminderDraftOf(saved)), [saved]);

  function change(rule: keyof ReminderDraft, patch: Partial<ReminderDraft[keyof ReminderDraft]>) {
    setDraft((d) => ({ ...d, [rule]: { ...d[rule], ...patch } }));
    setInvalid((list) => list.filter((r) => r !== rule));
    setState('idle');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reading = readReminderDraft(draft);
    if (!reading.ok) return setInvalid(reading.invalid);
    setState('saving');
    const result = await update({ reminders: reading.rules });
    setError(result.ok ? undefined : result.error);
    setState(result.ok ? 'saved' : 'idle');
  }

  const rules = [
    { key: 'beforeExpiry', label: t('reminders.settings.beforeExpiry'), hoursLabel: t('reminders.settings.hoursBefore'), max: MAX_BEFORE_EXPIRY_HOURS },
    { key: 'afterSend', label: t('reminders.settings.afterSend'), hoursLabel: t('reminders.settings.hoursAfter'), max: MAX_AFTER_SEND_HOURS },
  ] as const;

  return (
    <section className="card" aria-labelledby="reminders-title" data-testid="reminders-settings">
      <h2 id="reminders-title">{t('reminders.settings.title')}</h2>
      <p className="section-intro">{t('reminders.settings.help')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {rules.map(({ key, label, hoursLabel, max }) => (
          <div className="reminder-rule" key={key}>
            <label className="choice">
              <input type="checkbox" name={`${key}-on`} checked={draft[key].on} onChange={(e) => change(key, { on: e.target.checked })} />
              {label}
            </label>
            {draft[key].on && (
              <Field label={hoursLabel} error={invalid.includes(key) ? t('reminders.settings.badHours', { max }) : undefined}>
                {(control) => (
                  <input
                    {...control}
                    className="input input-hours"
                    name={`${key}-hours`}
                    inputMode="numeric"
                    autoComplete="off"
                    value={draft[key].hours}
                    onChange={(e) => change(key, { hours: e.target.value })}
                  />
                )}
              </Field>
            )}
          </div>
        ))}
        {error && <ErrorMessage error={error} />}
        <div className="form-actions">
          <button type="submit" className="button" disabled={state === 'saving'}>
            {t('reminders.settings.save')}
          </button>
          <span className="form-status" role="status">
            {state === 'saved' ? t('reminders.settings.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
