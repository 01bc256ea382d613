import { describe, expect, it } from 'vitest';
import { forwardStatus, mergeContact, mergeLinkRecord, unionTimeline } from '../../../../src/main/shop/merge-rules';
import type { Contact } from '../../../../src/shared/domain/contact';
import type { LinkRecord, TimelineEvent } from '../../../../src/shared/domain/link-record';

const created: TimelineEvent = { at: '2026-12-03T10:00:00.000Z', kind: 'created', outcome: 'ok' };
const record = (patch: Partial<LinkRecord>): LinkRecord => ({
  reference: 'PDMERGE0000000001',
  kind: 'link',
  accountId: 'acc_paynet0001',
  provider: 'paynet',
  accountLabel: 'Paynet Kasa',
  createdAt: created.at,
  updatedAt: created.at,
  linkType: 'amount',
  amount: { minor: 125_050, currency: 'TRY' },
  description: 'Okul çantası',
  customer: { name: 'Ayşe Yılmaz' },
  maxInstallments: 1,
  url: 'https://paynet.com.tr/link/x',
  providerRefs: { id: 'x' },
  status: 'active',
  timeline: [created],
  ...patch,
});

describe('merging two counters’ copies', () => {
  it('status only moves forward: paid wins over anything, expired over active, never back', () => {
    expect(forwardStatus('active', 'paid')).toBe('paid');
    expect(forwardStatus('paid', 'active')).toBe('paid');
    expect(forwardStatus('paid', 'cancelled')).toBe('paid');
    expect(forwardStatus('expired', 'active')).toBe('expired');
  });

  it('a link paid at one counter and sent by SMS at the other: paid with its facts, both events, in either order', () => {
    const paidHere = record({ status: 'paid', paidAmountMinor: 125_050, paidAt: '2026-12-03T10:05:00.000Z', updatedAt: '2026-12-03T10:05:00.000Z', timeline: [created, { at: '2026-12-03T10:05:00.000Z', kind: 'paid', outcome: 'ok' }] });
    const sentThere = record({ updatedAt: '2026-12-03T10:06:00.000Z', timeline: [created, { at: '2026-12-03T10:02:00.000Z', kind: 'sent', outcome: 'ok', channel: 'sms', detail: '+905551234567' }] });
    const one = mergeLinkRecord(paidHere, sentThere);
    expect(mergeLinkRecord(sentThere, paidHere)).toEqual(one);
    expect(one).toMatchObject({ status: 'paid', paidAmountMinor: 125_050, updatedAt: '2026-12-03T10:06:00.000Z' });
    expect(one.timeline.map((e) => e.kind)).toEqual(['created', 'sent', 'paid']);
    expect(mergeLinkRecord(one, paidHere)).toEqual(one); // merging again changes nothing
  });

  it('timelines are a union: each event once, in time order, whatever the order they came in', () => {
    const a: TimelineEvent[] = [created, { at: '2026-12-03T10:01:00.000Z', kind: 'printed', outcome: 'ok' }];
    const b: TimelineEvent[] = [created, { at: '2026-12-03T10:00:30.000Z', kind: 'qr-shown', outcome: 'ok' }];
    expect(unionTimeline(a, b)).toEqual(unionTimeline(b, a));
    expect(unionTimeline(a, b).map((e) => e.kind)).toEqual(['created', 'qr-shown', 'printed']);
  });

  it('customers: the last writer wins and the losing copy is kept to be shown; the same copy twice is no conflict', () => {
    const base: Contact = { id: 'ct_abcdefgh', name: 'Ayşe Yılmaz', phone: '+905551234567', lastUsedAt: '2026-12-03T10:00:00.000Z', useCount: 3 };
    const renamed: Contact = { ...base, name: 'Ayşe Demir', lastUsedAt: '2026-12-03T11:00:00.000Z', useCount: 1 };
    const merged = mergeContact(base, renamed);
    expect(mergeContact(renamed, base)).toEqual(merged);
    expect(merged).toEqual({ contact: { ...renamed, useCount: 3 }, losing: base });
    expect(mergeContact(base, { ...base })).toEqual({ contact: base });
  });
});
