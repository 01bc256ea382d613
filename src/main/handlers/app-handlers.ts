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

const notOpenable = {
  tr: 'PayDesk yalnızca güvenli (https) sağlayıcı adreslerini, WhatsApp’ı ve kendi hesaplarınızın https adreslerini tarayıcıda açar; bu link onlardan biri değil. Linki kopyalayıp tarayıcıya kendiniz yapıştırabilirsiniz.',
  en: 'PayDesk opens only secure (https) provider addresses, WhatsApp and the https addresses of your own accounts in the browser; this link is none of them. You can copy the link and paste it into a browser yourself.',
};

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
        throw AppFailure.of('invalid-input', 'This address cannot be opened', { field: 'url', userMessage: notOpenable });
      }
      await deps.openExternal(href);
      return ok({ done: true as const });
    },
  } satisfies Pick<HandlerTable, 'app:info' | 'app:notices' | 'app:dismiss-notice' | 'app:open-external'>;
}
