import { useState, type FormEvent } from 'react';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import type { LinkRecord } from '@shared/domain/link-record';
import { lastSendToCustomer, MAX_AFTER_SEND_HOURS, MAX_BEFORE_EXPIRY_HOURS, readHours, reminderTriggers, type ReminderTrigger } from '@shared/domain/reminder';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { useI18n } from '../../lib/use-i18n';
import { invoke } from '../../lib/ipc';
import { outboxTitle, useOutboxStore } from '../outbox';

/** The link's upcoming reminders (cancel each), and planning one by hand while it is unpaid. */
export function LinkReminders({ record }: { record: LinkRecord }) {
  const { t } = useI18n();
  const items = useOutboxStore((s) => s.items);
  const cancel = useOutboxStore((s) => s.cancel);
  const load = useOutboxStore((s) => s.load);
  const [trigger, setTrigger] = useState<ReminderTrigger>(record.expiresAt ? 'before-expiry' : 'after-send');
  const [hours, setHours] = useState('24');
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const upcoming = items.filter(
    (item) => item.job.kind === 'remind' && item.job.reference === record.reference && (item.state === 'queued' || item.state === 'due'),
  );
  const sentOnce = lastSendToCustomer(record.timeline) !== undefined;
  if (record.status !== 'active' && upcoming.length === 0) return null;

  async function plan(event: FormEvent) {
    event.preventDefault();
    const max = trigger === 'before-expiry' ? MAX_BEFORE_EXPIRY_HOURS : MAX_AFTER_SEND_HOURS;
    const read = readHours(hours, max);
    if (read === undefined) return setProblem(t('reminders.settings.badHours', { max }));
    setProblem(undefined);
    setBusy(true);
    const result = await invoke('outbox:remind', { reference: record.reference, trigger, hours: read });
    setBusy(false);
    setError(result.ok ? undefined : result.error);
    if (result.ok) await load();
  }

  return (
    <section className="link-reminders" aria-labelledby="link-reminders-title" data-testid="link-reminders">
      <h3 id="link-reminders-title">{t('reminders.title')}</h3>
      {upcoming.length === 0 ? (
        <p className="field-help">{t('reminders.none')}</p>
      ) : (
        <ul className="link-reminder-list">
          {upcoming.map((item) => (
            <li key={item.id} data-testid="link-reminder" data-state={item.state}>
              <span>
                {outboxTitle(item, t)} ·{' '}
                {item.state === 'due' ? t('outbox.state.due') : t('outbox.item.remindAt', { time: formatIstanbulDateTime(item.nextAttemptAt ?? item.updatedAt) })}
              </span>
              <button type="button" className="button button-quiet-danger" onClick={() => void cancel(item.id)}>
                {t('reminders.cancel')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {record.status === 'active' &&
        (sentOnce ? (
          <form className="link-reminder-form" onSubmit={(e) => void plan(e)} noValidate>
            <label>
              <span className="field-label">{t('reminders.when')}</span>
              <select className="input" name="reminderTrigger" value={trigger} onChange={(e) => setTrigger(e.target.value as ReminderTrigger)}>
                {reminderTriggers.map((option) => (
                  <option key={option} value={option} disabled={option === 'before-expiry' && !record.expiresAt}>
                    {t(`reminders.trigger.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span className="field-label">{t('reminders.hours')}</span>
              <input className="input input-hours" name="reminderHours" inputMode="numeric" value={hours} onChange={(e) => setHours(e.target.value)} />
            </label>
            <button type="submit" className="button" disabled={busy}>
              {t('reminders.add')}
            </button>
          </form>
        ) : (
          <p className="field-help">{t('reminders.notSent')}</p>
        ))}
      {problem && (
        <p className="message message-error" role="alert">
          {problem}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
