import type { OutboxItem } from '../../../src/shared/domain/outbox-item';

/** A queued Paynet create with reference `PD` + n (12 digits). */
export function outboxItemFor(n: number, extra: Partial<OutboxItem> = {}): OutboxItem {
  const reference = `PD${String(n).padStart(12, '0')}`;
  const at = '2025-07-01T10:00:00.000Z';
  return {
    id: reference,
    accountId: 'acc_0123456789abcdef',
    provider: 'paynet',
    job: {
      kind: 'create-link',
      request: {
        reference,
        linkType: 'amount',
        amount: { minor: 1000 + n, currency: 'TRY' },
        description: 'Çay',
        customer: { name: 'Ayşe Yılmaz' },
        maxInstallments: 1,
        language: 'tr',
        notifyBySms: false,
        notifyByEmail: false,
      },
    },
    state: 'queued',
    createdAt: at,
    updatedAt: at,
    attempts: 0,
    ...extra,
  };
}
