import type { Language } from '@shared/domain/language';
import { sayUserText, userText } from '@shared/i18n/user-text';
import type { ShopAddress } from './shop-address';

/** The words of main's own dialog; buttons are [cancel, confirm]. */
export interface ShopConfirmText {
  title: string;
  message: string;
  detail: string;
  buttons: [string, string];
}

/** A native dialog in main (Electron's message box): the window can neither answer nor skip it. */
export type ConfirmShopServer = (text: ShopConfirmText) => Promise<boolean>;

/** "Connect this counter to the shop on <server>?", and what sharing means, in the app's language. */
export function shopConfirmText(address: ShopAddress, language: Language): ShopConfirmText {
  const say = (key: Parameters<typeof userText>[0], params?: Record<string, string>) => sayUserText(params ? { key, params } : { key }, language) ?? key;
  const server = `${address.host}:${address.port}/${address.database}`;
  return {
    title: 'PayDesk',
    message: say('shop.confirm.message', { server }),
    detail: say('shop.confirm.detail'),
    buttons: [say('shop.confirm.cancel'), say('shop.confirm.ok')],
  };
}
