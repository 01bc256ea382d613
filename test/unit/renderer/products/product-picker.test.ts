import { describe, expect, it } from 'vitest';
import type { Product } from '../../../../src/shared/domain/product';
import { providerCapabilities } from '../../../../src/shared/domain/provider-capabilities';
import type { ProviderId } from '../../../../src/shared/domain/provider-id';
import { isProductShortcut, productPatch } from '../../../../src/renderer/src/features/products/product-picker';

const product: Product = {
  id: 'pr_0123456789',
  name: 'Kahve çekirdeği',
  price: { minor: 125050, currency: 'EUR' },
  vatIncluded: true,
  options: { paytr: { linkType: 'flex', maxInstallments: 6 }, oduyo: { linkType: 'open-amount' } },
};
const on = (provider: ProviderId) => productPatch(product, { provider, caps: providerCapabilities[provider] });

describe('productPatch', () => {
  it('fills the amount kuruş-exact, the description, and the presets of the account’s provider', () => {
    expect(on('paytr')).toEqual({ amountText: '1.250,50', description: 'Kahve çekirdeği', currency: 'EUR', linkType: 'flex', maxInstallments: 6 });
    expect(on('oduyo')).toEqual({ amountText: '1.250,50', description: 'Kahve çekirdeği', linkType: 'open-amount' });
  });

  it('leaves out a currency or option the provider does not take', () => {
    expect(on('paynet')).toEqual({ amountText: '1.250,50', description: 'Kahve çekirdeği' });
    expect(productPatch({ ...product, price: { minor: 1, currency: 'TRY' } }, { provider: 'isbank', caps: providerCapabilities.isbank })).toEqual({
      amountText: '0,01',
      description: 'Kahve çekirdeği',
      currency: 'TRY',
    });
  });
});

describe('isProductShortcut', () => {
  const key = (k: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...extra,
  });
  it('is Ctrl+K or ⌘K only', () => {
    expect(isProductShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isProductShortcut(key('K', { metaKey: true }))).toBe(true);
    expect(isProductShortcut(key('k'))).toBe(false);
    expect(isProductShortcut(key('k', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isProductShortcut(key('n', { ctrlKey: true }))).toBe(false);
  });
});
