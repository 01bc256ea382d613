import type { ConfirmShopServer, ShopConfirmText } from '../../src/main/shop/shop-confirm';

/**
 * Stands where main shows its native "connect this counter to the shop on …?" dialog: records
 * what main asked and answers as the test decides (yes unless told otherwise, as an owner would).
 */
export class ShopServerAnswers {
  readonly asked: ShopConfirmText[] = [];
  answer = true;

  readonly confirm: ConfirmShopServer = async (text) => {
    this.asked.push(text);
    return this.answer;
  };
}
