import { useState } from 'react';
import type { LinkRecord } from '@shared/domain/link-record';
import { formatMoney } from '@shared/domain/money';
import { providerCapabilities } from '@shared/domain/provider-capabilities';
import { providerNames } from '@shared/domain/provider-id';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { invoke } from '../../lib/ipc';
import { useI18n } from '../../lib/use-i18n';
import { CustomerDisplayButton, PrintSlipButton } from '../print';
import { useLinkDetailStore } from './link-detail-store';
import { cloneLink } from './clone-link';
import { ResendDialog } from './resend-dialog';

type Open = 'resend' | 'cancel' | 'mark-paid' | undefined;

/** Statuses in which a link can still be paid, so cancelling or marking it paid makes sense. */
const open = new Set(['active', 'unknown', 'expired']);

/** What the user can do with a link; actions the provider does not offer say why instead. */
export function LinkActions({ record }: { record: LinkRecord }) {
  const { t, language } = useI18n();
  const busy = useLinkDetailStore((s) => s.busy);
  const qrShown = useLinkDetailStore((s) => s.qrShown);
  const run = useLinkDetailStore((s) => s.run);
  const begin = useLinkDetailStore((s) => s.begin);
  const setOutcome = useLinkDetailStore((s) => s.setOutcome);
  const setQrShown = useLinkDetailStore((s) => s.setQrShown);
  const note = useLinkDetailStore((s) => s.note);
  const [dialog, setDialog] = useState<Open>();
  const caps = providerCapabilities[record.provider];
  const provider = providerNames[record.provider];
  const amount = formatMoney(record.amount);
  const { reference, url } = record;
  const isLink = record.kind === 'link';
  const stillOpen = open.has(record.status);

  async function copy() {
    if (!url) return;
    begin('copy');
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      return setOutcome({ tone: 'error', action: 'copy' });
    }
    if (await note('copied', 'copy')) setOutcome({ tone: 'ok', key: 'detail.copied' });
  }

  async function toggleQr() {
    const show = !qrShown;
    setQrShown(show);
    if (show) await note('qr-shown', 'qr');
  }

  return (
    <section className="link-actions" aria-labelledby="link-actions-title">
      <h3 id="link-actions-title" className="visually-hidden">
        {t('detail.actions')}
      </h3>
      <div className="link-action-buttons">
        {url && (
          <>
            <button type="button" className="button" disabled={busy === 'copy'} onClick={() => void copy()}>
              {t('detail.copy')}
            </button>
            <button type="button" className="button" aria-expanded={qrShown} onClick={() => void toggleQr()}>
              {qrShown ? t('detail.hideQr') : t('detail.showQr')}
            </button>
            <PrintSlipButton reference={reference} />
            <CustomerDisplayButton reference={reference} />
            {isLink && (
              <button type="button" className="button" onClick={() => setDialog('resend')}>
                {t('detail.resend')}
              </button>
            )}
          </>
        )}
        {isLink && caps.statusLookup && stillOpen && (
          <button
            type="button"
            className="button"
            disabled={busy === 'check'}
            onClick={() =>
              void run('check', () => invoke('links:check-status', { reference }), (r) => ({ tone: 'ok', key: 'detail.checked', status: r.status }))
            }
          >
            {busy === 'check' ? t('detail.checking') : t('detail.checkStatus')}
          </button>
        )}
        {isLink && (
          <button
            type="button"
            className="button"
            onClick={() => {
              if (!cloneLink(record, language)) setOutcome({ tone: 'error', action: 'clone' });
            }}
          >
            {t('detail.clone')}
          </button>
        )}
        {isLink && stillOpen && record.status !== 'paid' && (
          <button type="button" className="button" onClick={() => setDialog('mark-paid')}>
            {t('detail.markPaid')}
          </button>
        )}
        {isLink && stillOpen && caps.cancel && (
          <button type="button" className="button button-quiet-danger" onClick={() => setDialog('cancel')}>
            {t('detail.cancelLink')}
          </button>
        )}
      </div>
      {isLink && stillOpen && !caps.cancel && <p className="link-action-note">{t('detail.cancelUnsupported', { provider })}</p>}

      {dialog === 'resend' && <ResendDialog record={record} onClose={() => setDialog(undefined)} />}
      {dialog === 'cancel' && (
        <ConfirmDialog
          title={t('detail.cancelConfirm.title')}
          confirmLabel={t('detail.cancelConfirm.yes')}
          danger
          onClose={() => setDialog(undefined)}
          onConfirm={() => run('cancel', () => invoke('links:cancel', { reference }), () => ({ tone: 'ok', key: 'detail.cancelled' }))}
        >
          <p>{t('detail.cancelConfirm.body', { amount, provider })}</p>
        </ConfirmDialog>
      )}
      {dialog === 'mark-paid' && (
        <ConfirmDialog
          title={t('detail.markPaidConfirm.title')}
          confirmLabel={t('detail.markPaidConfirm.yes')}
          onClose={() => setDialog(undefined)}
          onConfirm={() => run('mark-paid', () => invoke('links:mark-paid', { reference }), () => ({ tone: 'ok', key: 'detail.markedPaid' }))}
        >
          <p>{t('detail.markPaidConfirm.body', { amount })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
