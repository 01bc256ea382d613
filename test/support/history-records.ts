import type { LinkRecord } from '../../src/shared/domain/link-record';

/** A valid history record for tests; `n` makes the reference and the time unique and increasing. */
export function linkRecord(n: number, overrides: Partial<LinkRecord> = {}): LinkRecord {
  const createdAt = new Date(Date.UTC(2026, 10, 1, 9, 0) + n * 60_000).toISOString();
  return {
    reference: `PD${n.toString().padStart(12, '0')}`,
    kind: 'link',
    accountId: 'acc_paytrmagaza01',
    provider: 'paytr',
    accountLabel: 'PayTR Mağaza',
    createdAt,
    updatedAt: createdAt,
    linkType: 'product',
    amount: { minor: 10_000 + n, currency: 'TRY' },
    description: `Ürün ${n}`,
    customer: { name: 'Mehmet Demir', phone: '+905321112233' },
    maxInstallments: 1,
    url: `https://www.paytr.com/link/T${n}`,
    providerRefs: { id: `T${n}` },
    status: 'active',
    timeline: [{ at: createdAt, kind: 'created', outcome: 'ok' }],
    ...overrides,
  };
}
