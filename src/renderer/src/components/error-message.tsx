import type { AppError } from '@shared/result';
import { useI18n } from '../lib/use-i18n';

/** An error from main, in the user's words (never the raw log message). */
export function ErrorMessage({ error, lead }: { error: AppError; lead?: string }) {
  const { describeError } = useI18n();
  const { message, details } = describeError(error);
  return (
    <div className="message message-error" role="alert">
      {lead && <strong className="message-lead">{lead} </strong>}
      <span>{message}</span>
      {details.map((detail) => (
        <span key={detail} className="message-detail">
          {detail}
        </span>
      ))}
    </div>
  );
}
