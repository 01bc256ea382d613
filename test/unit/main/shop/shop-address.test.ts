import { describe, expect, it } from 'vitest';
import { parseShopUrl, shopAddressText } from '../../../../src/main/shop/shop-address';
import { AppFailure } from '../../../../src/shared/result';

function refusal(url: string): string | undefined {
  try {
    parseShopUrl(url);
    return undefined;
  } catch (error) {
    return error instanceof AppFailure ? error.error.userText?.key : 'not an AppFailure';
  }
}

describe('the shop address', () => {
  it('takes the password out of the string and keeps the rest', () => {
    const parsed = parseShopUrl('postgres://shop_a:p%40ss-word@db.example.com:6543/paydesk?sslmode=require');
    expect(parsed).toEqual({ address: { host: 'db.example.com', port: 6543, database: 'paydesk', user: 'shop_a', tls: true }, password: 'p@ss-word' });
    expect(shopAddressText(parsed.address)).toBe('shop_a@db.example.com:6543/paydesk');
  });

  it('requires TLS off this computer and the shop network, whatever sslmode says', () => {
    expect(parseShopUrl('postgres://shop_a@db.example.com/paydesk?sslmode=disable').address.tls).toBe(true);
    expect(parseShopUrl('postgresql://shop_a@192.168.1.20/paydesk').address).toMatchObject({ tls: false, port: 5432 });
    expect(parseShopUrl('postgres://shop_a@127.0.0.1:5433/paydesk').address.tls).toBe(false);
    expect(parseShopUrl('postgres://shop_a@kasa-sunucu.local/paydesk?sslmode=require').address.tls).toBe(true);
    expect(parseShopUrl('postgres://shop_a@172.32.0.1/paydesk').address.tls).toBe(true);
  });

  it('refuses what is not a shop connection string, with words for the owner', () => {
    expect(refusal('https://shop_a@db.example.com/paydesk')).toBe('shop.url-unreadable');
    expect(refusal('db.example.com')).toBe('shop.url-unreadable');
    expect(refusal('postgres://db.example.com/paydesk')).toBe('shop.url-no-role');
    expect(refusal('postgres://Robert";DROP@db.example.com/paydesk')).toBe('shop.url-no-role');
    expect(refusal('postgres://shop_a@db.example.com/pay;desk')).toBe('shop.url-unreadable');
  });
});
