import { describe, expect, it } from 'vitest';
import { CUSTOMER_DISPLAY_HASH, customerDisplayHash, parseCustomerDisplayHash, type CustomerDisplayView } from '../../../src/shared/print/customer-display';

const view: CustomerDisplayView = {
  shopName: 'Güneş Çiçekçilik & Hediyelik #1',
  amount: { minor: 125_050, currency: 'TRY' },
  description: 'Çay takımı — "özel" sipariş %100 & ğüşıöç',
  url: 'https://www.paytr.com/link/ABC?x=1&y=%C3%A7#frag',
  language: 'tr',
};

describe('customer display URL fragment', () => {
  it('round-trips a view with Turkish letters, quotes, % and # in it', () => {
    const hash = customerDisplayHash(view);
    expect(hash.startsWith(CUSTOMER_DISPLAY_HASH)).toBe(true);
    expect(hash.slice(1)).not.toContain('#'); // one fragment, whatever the URL holds
    expect(parseCustomerDisplayHash(hash)).toEqual(view);
  });

  it('anything else is not a display: other fragments, broken encoding, bad JSON, wrong shapes', () => {
    expect(parseCustomerDisplayHash('')).toBeUndefined();
    expect(parseCustomerDisplayHash('#token=abc')).toBeUndefined();
    expect(parseCustomerDisplayHash(`${CUSTOMER_DISPLAY_HASH}%E0%A4%A`)).toBeUndefined();
    expect(parseCustomerDisplayHash(`${CUSTOMER_DISPLAY_HASH}${encodeURIComponent('{"shopName":')}`)).toBeUndefined();
    expect(parseCustomerDisplayHash(customerDisplayHash({ ...view, url: 'javascript:alert(1)' } as CustomerDisplayView))).toBeUndefined();
    expect(parseCustomerDisplayHash(customerDisplayHash({ ...view, amount: { minor: 1.5, currency: 'TRY' } }))).toBeUndefined();
    expect(parseCustomerDisplayHash(customerDisplayHash({ ...view, language: 'de' } as unknown as CustomerDisplayView))).toBeUndefined();
  });
});
