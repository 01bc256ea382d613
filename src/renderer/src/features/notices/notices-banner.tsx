import { ErrorMessage } from '../../components/error-message';
import { WarningIcon } from '../../components/icons';
import { useI18n } from '../../lib/use-i18n';
import { noticeText } from './notice-text';
import { useNoticesStore } from './notices-store';
import './banner.css';

/** One banner per notice from main, each with the backup path and a dismiss button. */
export function NoticesBanner() {
  const { t } = useI18n();
  const notices = useNoticesStore((s) => s.notices);
  const dismiss = useNoticesStore((s) => s.dismiss);
  const dismissError = useNoticesStore((s) => s.dismissError);
  if (notices.length === 0) return null;

  return (
    <div className="banners">
      {notices.map((notice) => {
        const { title, body } = noticeText(notice, t);
        return (
          <section key={notice.id} className="banner banner-warning" role="status" data-testid="notice">
            <WarningIcon className="banner-icon" />
            <div className="banner-text">
              <h2 className="banner-title">{title}</h2>
              <p>{body}</p>
              {notice.backupPath && <p className="mono banner-path">{notice.backupPath}</p>}
            </div>
            <button type="button" className="button" onClick={() => void dismiss(notice.id)}>
              {t('common.dismiss')}
            </button>
          </section>
        );
      })}
      {dismissError && <ErrorMessage error={dismissError} />}
    </div>
  );
}
