import { amountInWords } from '@shared/domain/amount-words';
import { formatMoney } from '@shared/domain/money';
import { DEFAULT_AMOUNT_LIMIT_MINOR } from '@shared/rules/amount-rules';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useI18n } from '../../lib/use-i18n';
import { useSettingsStore } from '../settings';
import { useNewLinkStore } from './new-link-store';

/**
 * An amount above the shop's limit is read back in words before anything is sent, so an extra
 * zero is caught at the counter. "Correct the amount" has the focus: a stray Enter never confirms.
 */
export function AmountConfirmDialog() {
  const { t, language } = useI18n();
  const confirming = useNewLinkStore((s) => s.confirming);
  const currency = useNewLinkStore((s) => s.draft?.currency ?? 'TRY');
  const limitMinor = useSettingsStore((s) => s.settings.amountLimitMinor ?? DEFAULT_AMOUNT_LIMIT_MINOR);
  if (!confirming) return null;
  const { submit, cancelConfirm } = useNewLinkStore.getState();
  const amount = formatMoney({ minor: confirming.minor, currency });
  return (
    <ConfirmDialog
      title={t('amountCheck.title')}
      confirmLabel={t('amountCheck.confirm', { amount })}
      cancelLabel={t('amountCheck.fix')}
      onConfirm={() => submit(confirming.mode, language, true)}
      onClose={cancelConfirm}
    >
      <p className="amount-check-figure" data-testid="amount-check-figure">
        {amount}
      </p>
      <p className="amount-check-words" data-testid="amount-check-words">
        {t('amountCheck.words', { words: amountInWords(confirming.minor, currency, language) })}
      </p>
      <p>{t('amountCheck.body', { limit: formatMoney({ minor: limitMinor, currency }) })}</p>
    </ConfirmDialog>
  );
}
