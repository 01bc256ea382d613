import { userText } from '@shared/i18n/user-text';
import type { Account } from '@shared/domain/account';
import { providerNames } from '@shared/domain/provider-id';
import type { Language } from '@shared/domain/settings';
import { AppFailure } from '@shared/result';
import type { AccountAddress } from './account-address';

/** What main's own confirmation dialog shows before an account's address changes. */
export interface OriginChangeFacts {
  accountLabel: string;
  from: readonly string[];
  to: readonly string[];
  /** Dialog text in the app's language; buttons are [cancel, confirm]. */
  text: { title: string; message: string; detail: string; buttons: [string, string] };
}

/**
 * Asks the user, outside the window, whether the address may change (a native dialog in the
 * app). The renderer cannot answer it: a compromised window must not move keys to its own host.
 */
export type ConfirmOriginChange = (facts: OriginChangeFacts) => Promise<boolean>;

export function originChangeFacts(account: Account, from: AccountAddress, to: AccountAddress, language: Language): OriginChangeFacts {
  const label = `${account.label} (${providerNames[account.provider]})`;
  const list = (origins: readonly string[]) => origins.join(', ');
  const text =
    language === 'en'
      ? {
          title: 'PayDesk',
          message: `Change the address of “${label}”?`,
          detail: `From: ${list(from.origins)}\nTo: ${list(to.origins)}\n\nThe keys stored for the old address are deleted and are never sent to the new one. You will type the keys again for the new address.`,
          buttons: ['Cancel', 'Change address and delete keys'] as [string, string],
        }
      : {
          title: 'PayDesk',
          message: `“${label}” hesabının adresi değişsin mi?`,
          detail: `Eski adres: ${list(from.origins)}\nYeni adres: ${list(to.origins)}\n\nEski adres için kayıtlı anahtarlar silinir ve yeni adrese asla gönderilmez. Anahtarları yeni adres için yeniden yazmanız gerekir.`,
          buttons: ['Vazgeç', 'Adresi değiştir, anahtarları sil'] as [string, string],
        };
  return { accountLabel: account.label, from: from.origins, to: to.origins, text };
}

export function originChangeUnconfirmable(): AppFailure {
  return AppFailure.of('unsupported', 'Changing an account address needs a confirmation main can show; none here', {
    userText: userText('answer.accounts.originChangeUnconfirmable'),
  });
}

export function originChangeDeclined(): AppFailure {
  return AppFailure.of('invalid-input', 'The address change was not confirmed; the account is unchanged', {
    userText: userText('answer.accounts.originChangeDeclined'),
  });
}
