import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../../../src/shared/domain/outbox-item';
import { emptyFilterState } from '../../../../src/renderer/src/features/history/history-filter-model';
import { waitingLinks } from '../../../../src/renderer/src/features/history/waiting-links-model';

const at = '2026-12-03T10:00:00.000Z';
const linkItem = (n: number, state: OutboxItem['state'], extra: { description?: string; name?: string; phone?: string; accountId?: string } = {}): OutboxItem => ({
  id: `PD0000000000000000000${n}`,
  accountId: extra.accountId ?? 'acc_0123456789abcdef',
  provider: 'paytr',
  state,
  createdAt: at,
  updatedAt: at,
  attempts: 0,
  job: {
    kind: 'create-link',
    request: {
      reference: `PD0000000000000000000${n}`,
      linkType: 'amount',
      amount: { minor: 48_000, currency: 'TRY' },
      description: extra.description ?? 'Perde dikimi',
      customer: { ...(extra.name ? { name: extra.name } : {}), ...(extra.phone ? { phone: extra.phone } : {}) },
      maxInstallments: 1,
      language: 'tr',
      notifyBySms: false,
      notifyByEmail: false,
    },
  },
});

describe('links waiting in the outbox, shown in history', () => {
  it('shows link requests that are waiting or need the owner; not drafts, not sends, not settled ones', () => {
    const items = (['draft', 'queued', 'sending', 'retry-wait', 'failed', 'unknown', 'created', 'cancelled'] as const).map((s, i) => linkItem(i + 1, s));
    const send: OutboxItem = { ...linkItem(9, 'queued'), id: 'PD00000000000000000001-sms-1', job: { kind: 'send', reference: 'PD00000000000000000001', channel: 'sms', to: '+905551234567' } };
    expect(waitingLinks([...items, send], emptyFilterState).map((i) => i.state)).toEqual(['queued', 'sending', 'retry-wait', 'failed', 'unknown']);
  });

  it('follows the history filters: account, text without Turkish letters, a phone as typed; a paid filter hides them', () => {
    const items = [
      linkItem(1, 'queued', { description: 'Çiçek aranjmanı', name: 'Ayşe Yılmaz', phone: '+905551234567' }),
      linkItem(2, 'retry-wait', { description: 'Perde', accountId: 'acc_fedcba9876543210' }),
    ];
    const refs = (filter: Partial<typeof emptyFilterState>) => waitingLinks(items, { ...emptyFilterState, ...filter }).map((i) => i.id.slice(-1));
    expect(refs({ text: 'cicek' })).toEqual(['1']);
    expect(refs({ text: 'AYŞE' })).toEqual(['1']);
    expect(refs({ text: '0555 123' })).toEqual(['1']);
    expect(refs({ text: '05551234567' })).toEqual(['1']);
    expect(refs({ accountId: 'acc_fedcba9876543210' })).toEqual(['2']);
    expect(refs({ status: 'active' })).toEqual(['1', '2']);
    expect(refs({ status: 'paid' })).toEqual([]);
    expect(refs({ range: 'today' })).toEqual(['1', '2']);
  });
});
