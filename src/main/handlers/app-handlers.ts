import { userText } from '@shared/i18n/user-text';
import type { HandlerTable } from '@shared/contract';
import { AppFailure, ok } from '@shared/result';
import type { CredentialVault } from '../credentials/vault';
import { allowedExternalHref } from '../external-links';
import type { NoticeBoard } from '../store/notice-board';

export interface AppHandlerDeps {
  dataDir: string;
  appVersion: string;
  platform: string;
  vault: CredentialVault;
  notices: NoticeBoard;
  openExternal: (url: string) => Promise<void>;
  /** Hosts of the user's own custom-environment accounts (e.g. an Ödüyo merchant's host): their links may be opened too. */
  accountHosts: () => string[];
}

const notOpenable = userText('answer.external.notOpenable');

export function appHandlers(deps: AppHandlerDeps) {
  return {
    'app:info': async () =>
      ok({
        version: deps.appVersion,
        platform: deps.platform,
        dataDir: deps.dataDir,
        keychain: (await deps.vault.available()) ? ('available' as const) : ('unavailable' as const),
      }),
    'app:notices': async () => ok(deps.notices.list()),
    'app:dismiss-notice': async ({ id }) => {
      if (!deps.notices.dismiss(id)) throw AppFailure.of('not-found', 'No such notice');
      return ok({ done: true as const });
    },
    'app:open-external': async ({ url }) => {
      const href = allowedExternalHref(url, deps.accountHosts());
      if (href === undefined) {
        // Nothing was typed: say which addresses PayDesk hands to the browser instead of "check what you entered".
        throw AppFailure.of('invalid-input', 'This address cannot be opened', { field: 'url', userText: notOpenable });
      }
      await deps.openExternal(href);
      return ok({ done: true as const });
    },
  } satisfies Pick<HandlerTable, 'app:info' | 'app:notices' | 'app:dismiss-notice' | 'app:open-external'>;
}
