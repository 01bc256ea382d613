import { useEffect, useState } from 'react';
import type { Contact } from '@shared/domain/contact';
import { formatIstanbulDateTime } from '@shared/domain/istanbul-time';
import { formatPhone } from '@shared/domain/phone';
import type { AppError } from '@shared/result';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorMessage } from '../../components/error-message';
import { Field } from '../../components/field';
import { useI18n } from '../../lib/use-i18n';
import { ContactEditDialog } from './contact-edit-dialog';
import { useContactsStore } from './contacts-store';
import './contacts.css';

const SEARCH_DELAY_MS = 200;

/** Settings → Customers: the book the link form suggests from; search, edit and delete. */
export function ContactsSection() {
  const { t } = useI18n();
  const contacts = useContactsStore((s) => s.contacts);
  const status = useContactsStore((s) => s.status);
  const loadError = useContactsStore((s) => s.loadError);
  const { load, remove } = useContactsStore.getState();
  const [text, setText] = useState(useContactsStore.getState().text);
  const [editing, setEditing] = useState<Contact>();
  const [removing, setRemoving] = useState<Contact>();
  const [notice, setNotice] = useState<string>();
  const [removeError, setRemoveError] = useState<AppError>();

  useEffect(() => {
    const timer = setTimeout(() => void load(text), text ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [text, load]);

  const nameOf = (c: Contact) => c.name || c.email || (c.phone ? formatPhone(c.phone) : '') || t('contacts.unnamed');

  return (
    <section className="card" aria-labelledby="contacts-title" data-testid="contacts-section">
      <h2 id="contacts-title">{t('contacts.title')}</h2>
      <p className="section-intro">{t('contacts.intro')}</p>
      <Field label={t('contacts.search')} help={t('contacts.searchHelp')}>
        {(control) => (
          <input {...control} className="input contacts-search" type="search" name="contactSearch" maxLength={100} value={text} onChange={(e) => setText(e.target.value)} />
        )}
      </Field>
      <p className="form-status" role="status">
        {notice ?? ''}
      </p>
      {removeError && <ErrorMessage error={removeError} />}
      {status === 'loading' && <p>{t('contacts.loading')}</p>}
      {status === 'error' && loadError && <ErrorMessage error={loadError} />}
      {status === 'ready' && contacts.length === 0 && <p className="contacts-empty">{text.trim() ? t('contacts.noMatch') : t('contacts.empty')}</p>}
      {contacts.length > 0 && (
        <ul className="contact-list" aria-label={t('contacts.count', { count: contacts.length })}>
          {contacts.map((c) => (
            <li key={c.id} className="contact-row" data-testid="contact-row">
              <div className="contact-facts">
                <strong className="contact-name">{c.name || t('contacts.unnamed')}</strong>
                {c.phone && <span>{formatPhone(c.phone)}</span>}
                {c.email && <span>{c.email}</span>}
                {c.oduyoCustomerId && (
                  <span>
                    {t('contacts.oduyoId')}: {c.oduyoCustomerId}
                  </span>
                )}
                <span className="contact-used">{t('contacts.lastUsed', { time: formatIstanbulDateTime(c.lastUsedAt) })}</span>
              </div>
              <div className="contact-actions">
                <button type="button" className="button" aria-label={t('contacts.editNamed', { name: nameOf(c) })} onClick={() => setEditing(c)}>
                  {t('contacts.edit')}
                </button>
                <button
                  type="button"
                  className="button button-quiet-danger"
                  aria-label={t('contacts.removeNamed', { name: nameOf(c) })}
                  onClick={() => setRemoving(c)}
                >
                  {t('contacts.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <ContactEditDialog
          contact={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            setNotice(t('contacts.saved', { name: nameOf(saved) }));
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('contacts.removeTitle')}
          confirmLabel={t('contacts.removeYes')}
          danger
          onClose={() => setRemoving(undefined)}
          onConfirm={async () => {
            const result = await remove(removing.id);
            setRemoveError(result.ok ? undefined : result.error);
            setNotice(result.ok ? t('contacts.removed', { name: nameOf(removing) }) : undefined);
          }}
        >
          <p>{t('contacts.removeBody', { name: nameOf(removing) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
