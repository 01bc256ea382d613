import type { Language } from '@shared/domain/language';
import type { ShopHost, ShopPair, ShopPairingCode, ShopStatus } from '@shared/domain/shop';
import { sayUserText, userText } from '@shared/i18n/user-text';
import { AppFailure } from '@shared/result';
import { parseShopUrl } from './shop-address';
import type { ConfirmShopServer, ShopConfirmText } from './shop-confirm';
import { pairWithCode, readServerAddress } from './shop-pairing';
import type { ShopServerHost } from './shop-server-host';
import type { ShopService } from './shop-service';

export interface ShopHostingDeps {
  host: ShopServerHost;
  shop: ShopService;
  /** Main's own dialog (DesktopHost.confirmShopServer); absent = refused. */
  confirm?: ConfirmShopServer;
  language: () => Language;
  /** The shop's name from Settings, for the role when none is given. */
  shopName: () => string;
}

/**
 * The shop owner's set-up without connection strings: this PC becomes the server (and joins it
 * over loopback), it hands out one-time codes, and another PC joins with address + code. Every
 * step that points the shop's data somewhere is confirmed in main's own dialog first.
 */
export class ShopHosting {
  constructor(private readonly deps: ShopHostingDeps) {}

  async hostHere(input: ShopHost): Promise<{ status: ShopStatus; address: string }> {
    const { host, shop } = this.deps;
    if (!host.hosting && !(await this.ask(hostConfirmText(this.deps.language())))) throw notConfirmed();
    const { address, password } = await host.create(input.shopName || this.deps.shopName() || 'dukkan');
    const url = `postgres://${address.user}@${address.host}:${address.port}/${address.database}`;
    const status = await shop.join({ url, password, counterName: input.counterName }, { confirmed: true });
    return { status, address: host.networkAddress()! };
  }

  pairingCode(): Promise<ShopPairingCode> {
    return this.deps.host.pairingCode();
  }

  async pair(input: ShopPair): Promise<ShopStatus> {
    const { hostPart, port } = readServerAddress(input.address);
    // Asked before the code leaves this computer: a window cannot send it (or this counter) anywhere by itself.
    const { address } = parseShopUrl(`postgres://paydesk_pair@${hostPart}:${port}/paydesk`);
    if (!(await this.deps.shop.confirmed(address))) throw notConfirmed();
    const { url, password } = await pairWithCode(input.address, input.code);
    return this.deps.shop.join({ url, password, counterName: input.counterName }, { confirmed: true });
  }

  private async ask(text: ShopConfirmText): Promise<boolean> {
    return this.deps.confirm ? this.deps.confirm(text) : false;
  }
}

function notConfirmed(): AppFailure {
  return AppFailure.of('conflict', 'The owner did not confirm', { userText: userText('shop.not-confirmed') });
}

/** "Make this computer the shop's server?" in the app's language; buttons [cancel, confirm]. */
export function hostConfirmText(language: Language): ShopConfirmText {
  const say = (key: Parameters<typeof userText>[0]) => sayUserText({ key }, language) ?? key;
  return {
    title: 'PayDesk',
    message: say('shop.server.confirm.message'),
    detail: say('shop.server.confirm.detail'),
    buttons: [say('shop.confirm.cancel'), say('shop.server.confirm.ok')],
  };
}
