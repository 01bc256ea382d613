import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { LinkRecord } from '@shared/domain/link-record';
import { formatMoney } from '@shared/domain/money';
import { providerNames, type ProviderId } from '@shared/domain/provider-id';
import type { AppError } from '@shared/result';
import { ErrorMessage } from '../../components/error-message';
import { QrCode } from '../../components/qr-code';
import { copyText } from '../../lib/clipboard';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { useNewLinkStore } from './new-link-store';
import { SendActions, SentAtCreate } from './send-actions';
import { useRecordUpdates } from './use-record-updates';

interface LinkResultProps {
  record: LinkRecord & { url: string };
  provider: ProviderId;
  /**
   * The "Print slip" button. Printing is a separate feature (src/renderer/src/features/print);
   * until it is wired, the page passes nothing and a disabled placeholder shows.
   */
  printSlip?: ReactNode;
}

type Note = { kind: 'ok'; text: string } | { kind: 'failed'; text: string; error?: AppError };

/** After creating: a QR code big enough to scan from the screen, the URL, and ways to hand it over. */
export function LinkResult({ record, provider, printSlip }: LinkResultProps) {
  const { t } = useI18n();
  const startNew = useNewLinkStore((s) => s.startNew);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [note, setNote] = useState<Note>();
  const amount = formatMoney(record.amount);
  useRecordUpdates(record.reference);

  // Screen readers and keyboard users start at the result, not wherever the submit button was.
  useEffect(() => headingRef.current?.focus(), [record.reference]);

  async function copy() {
    if (!(await copyText(record.url))) return setNote({ kind: 'failed', text: t('result.copyFailed') });
    setNote({ kind: 'ok', text: t('result.copied') });
    const noted = await invoke('links:note', { reference: record.reference, event: 'copied' });
    if (noted.ok) useNewLinkStore.getState().receiveRecord(noted.value);
  }

  async function open() {
    const result = await invoke('app:open-external', { url: record.url });
    setNote(result.ok ? { kind: 'ok', text: t('result.opened') } : { kind: 'failed', text: t('result.openFailed'), error: result.error });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || event.defaultPrevented || (event.target as Element).closest('dialog')) return;
    event.preventDefault();
    startNew();
  }

  return (
    <section className="link-result card" aria-labelledby="result-title" data-testid="link-result" onKeyDown={onKeyDown}>
      <header className="link-result-head">
        <h2 id="result-title" ref={headingRef} tabIndex={-1}>
          {t('result.title')}
        </h2>
        <p className="link-result-summary">
          <strong className="link-result-amount">{amount}</strong> · {providerNames[provider]} · {record.description}
          {record.customer.name ? ` · ${record.customer.name}` : ''}
        </p>
      </header>
      <div className="link-result-body">
        <figure className="link-qr" data-testid="link-qr">
          <QrCode value={record.url} size={320} label={t('result.qrLabel', { amount })} />
          <figcaption>{t('result.scanHint')}</figcaption>
        </figure>
        <div className="link-result-side">
          <p className="field-label">{t('result.url')}</p>
          <p className="link-url mono" data-testid="link-url">
            {record.url}
          </p>
          <div className="link-result-buttons">
            <button type="button" className="button button-primary" onClick={() => void copy()}>
              {t('result.copy')}
            </button>
            <button type="button" className="button" onClick={() => void open()}>
              {t('result.open')}
            </button>
            {printSlip ?? (
              <button type="button" className="button" disabled title={t('result.printPending')} data-testid="print-slip-placeholder">
                {t('result.print')}
              </button>
            )}
          </div>
          {note?.kind === 'ok' && (
            <p className="form-status" role="status">
              {note.text}
            </p>
          )}
          {note?.kind === 'failed' &&
            (note.error ? <ErrorMessage error={note.error} lead={note.text} /> : <p className="message message-error" role="alert">{note.text}</p>)}
          <SentAtCreate record={record} provider={provider} />
          <SendActions record={record} provider={provider} />
        </div>
      </div>
      <div className="new-link-actions">
        <button type="button" className="button button-large" onClick={() => startNew({ sameCustomer: true })}>
          {t('result.sameCustomer')}
        </button>
        <button type="button" className="button button-primary button-large" onClick={() => startNew()}>
          {t('result.newLink')}
        </button>
      </div>
      <p className="new-link-reference">
        {t('newLink.reference')}: <span className="mono">{record.reference}</span>
      </p>
    </section>
  );
}
