import { describe, expect, it } from 'vitest';
import { createLinkRequestSchema } from '../../../../src/shared/domain/link';
import type { LinkRecord } from '../../../../src/shared/domain/link-record';
import { requestFromRecord } from '../../../../src/renderer/src/features/history/clone-link';

const record: LinkRecord = {
  reference: 'PD00000000000000000000AA',
  kind: 'link',
  accountId: 'acc_paytrmagaza01',
  provider: 'paytr',
  accountLabel: 'PayTR Mağaza',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  linkType: 'flex',
  amount: { minor: 50_000, currency: 'TRY' },
  maxAmountMinor: 90_000,
  description: 'Özel sipariş kurabiye',
  customer: { name: 'Çiğdem Öztürk', phone: '+905551234567', email: 'cigdem@example.com' },
  maxInstallments: 6,
  cashPriceInstallments: 3,
  expiresAt: '2026-11-21T10:00:00.000Z',
  url: 'https://www.paytr.com/link/ABCDEF',
  providerRefs: { id: 'ABCDEF' },
  status: 'expired',
  timeline: [{ at: '2026-11-20T10:00:00.000Z', kind: 'created', outcome: 'ok' }],
};

describe('clone into a new link', () => {
  it('keeps the sale and its options under the new reference, without the old expiry', () => {
    const request = requestFromRecord(record, 'PD11111111111111111111BB', 'en');
    expect(createLinkRequestSchema.parse(request)).toEqual(request);
    expect(request).toEqual({
      reference: 'PD11111111111111111111BB',
      linkType: 'flex',
      amount: { minor: 50_000, currency: 'TRY' },
      maxAmountMinor: 90_000,
      description: 'Özel sipariş kurabiye',
      customer: { name: 'Çiğdem Öztürk', phone: '+905551234567', email: 'cigdem@example.com' },
      maxInstallments: 6,
      cashPriceInstallments: 3,
      language: 'en',
      notifyBySms: false,
      notifyByEmail: false,
    });
    expect(request).not.toHaveProperty('expiresAt');
    // The copy is independent of the old record.
    request.customer.name = 'Başka';
    expect(record.customer.name).toBe('Çiğdem Öztürk');
  });
});
