import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import type { HistoryFilter, LinkRecord } from '../../../src/shared/domain/link-record';
import { linkRecord } from '../../support/history-records';
import { makeTempDir } from '../../support/temp-dir';

const clock = { now: () => new Date('2026-11-22T10:00:00Z') };

/** A small shop's history with the spellings that trip naive search up. */
const records: LinkRecord[] = [
  linkRecord(1, { customer: { name: 'Ayşe Yılmaz', phone: '+905551234567' }, amount: { minor: 125050, currency: 'TRY' }, status: 'paid' }),
  linkRecord(2, { customer: { name: 'AYŞE KARA' }, description: 'Kapora', amount: { minor: 9900, currency: 'EUR' } }),
  linkRecord(3, { customer: { name: 'Ayse Smith', email: 'ayse@example.com' }, provider: 'paynet', accountId: 'acc_paynetmerkez1', providerRefs: { reference_no: 'PD000000000003', id: 'NET77' } }),
  linkRecord(4, { customer: { name: 'İbrahim Işık' }, description: 'IŞIKLI AYNA', provider: 'oduyo', accountId: 'acc_oduyodukkan01', status: 'expired' }),
  linkRecord(5, { customer: { name: 'ILGIN İNCE' }, description: 'istanbul teslimat', url: 'https://app.oduyo.com/pay/QWERTY5', provider: 'oduyo', accountId: 'acc_oduyodukkan01', status: 'cancelled' }),
  linkRecord(6, { customer: { name: 'Çağlar Öztürk' }, amount: { minor: 125000, currency: 'TRY' }, provider: 'isbank', accountId: 'acc_isbanksube001', status: 'paid' }),
  linkRecord(7, { customer: { name: 'Gülşen Doğan' }, description: 'Şal ve eşarp', amount: { minor: 25000, currency: 'TRY' }, status: 'paid', createdAt: '2026-11-22T06:30:00.000Z' }),
];

let dir: string;
let cleanup: () => Promise<void>;
let store: HistoryStore;
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir());
  const writer = await HistoryStore.open(dir, new NoticeBoard(), clock, { segmentSize: 3 });
  // Appended out of creation order: the list must still be newest first.
  for (const record of [...records].reverse()) await writer.append(record);
  await writer.close();
  store = await HistoryStore.open(dir, new NoticeBoard(), clock, { segmentSize: 3 });
});
afterAll(() => cleanup());

const refs = (filter: HistoryFilter) => store.query(filter, 0, 100).rows.map((r) => Number(r.reference.slice(2)));

describe('history search (Turkish-aware)', () => {
  it('matches regardless of case, the Turkish way', () => {
    // Exact spellings first; `Ayse Smith` (typed without ş) after them.
    expect(refs({ text: 'ayşe' })).toEqual([2, 1, 3]);
    expect(refs({ text: 'AYŞE' })).toEqual([2, 1, 3]);
    expect(refs({ text: 'ışık' })).toEqual([4]);
    expect(refs({ text: 'IŞIK' })).toEqual([4]);
    expect(refs({ text: 'ibrahim' })).toEqual([4]);
    expect(refs({ text: 'İSTANBUL' })).toEqual([5]);
    expect(refs({ text: 'ılgın' })).toEqual([5]);
    expect(refs({ text: 'çağlar öztürk' })).toEqual([6]);
    expect(refs({ text: 'ŞAL EŞARP' })).toEqual([7]);
  });

  it('finds words typed without Turkish letters, ranking the exact spelling first', () => {
    // `ayse` is exactly Ayse Smith; Ayşe Kara and Ayşe Yılmaz follow. `ILGIN` folds to `ılgın`, found by `ilgin` too.
    expect(refs({ text: 'ayse' })).toEqual([3, 2, 1]);
    expect(refs({ text: 'ilgin' })).toEqual([5]);
    expect(refs({ text: 'isik' })).toEqual([4]);
    expect(refs({ text: 'caglar ozturk' })).toEqual([6]);
    expect(refs({ text: 'esarp' })).toEqual([7]);
    expect(refs({ text: 'xyz' })).toEqual([]);
  });

  it('finds amounts however they are typed', () => {
    expect(refs({ text: '1.250,50' })).toEqual([1]);
    expect(refs({ text: '1250,5' })).toEqual([1]);
    expect(refs({ text: '1250.50' })).toEqual([1]);
    expect(refs({ text: '1.250' })).toEqual([6, 1]);
    expect(refs({ text: '99,00' })).toEqual([2]);
  });

  it('finds phones, e-mails, references, URLs and provider references', () => {
    expect(refs({ text: '0555 123 45 67' })).toEqual([1]);
    expect(refs({ text: '05551234567' })).toEqual([1]);
    expect(refs({ text: '+905551234567' })).toEqual([1]);
    expect(refs({ text: 'ayse@example' })).toEqual([3]);
    expect(refs({ text: 'pd000000000004' })).toEqual([4]);
    expect(refs({ text: 'https://app.oduyo.com/pay/QWERTY5' })).toEqual([5]);
    expect(refs({ text: 'net77' })).toEqual([3]);
    expect(refs({ text: '   ' })).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });
});

describe('history filters, order and totals', () => {
  it('lists newest first by creation time and pages through the filtered set', () => {
    expect(refs({})).toEqual([7, 6, 5, 4, 3, 2, 1]);
    const page = store.query({}, 2, 3);
    expect(page.total).toBe(7);
    expect(page.rows.map((r) => r.reference)).toEqual([5, 4, 3].map((n) => linkRecord(n).reference));
    expect(store.query({}, 50, 10).rows).toEqual([]);
  });

  it('filters by account, provider, status and date range (inclusive), combined', () => {
    expect(refs({ accountIds: ['acc_oduyodukkan01'] })).toEqual([5, 4]);
    expect(refs({ providers: ['paynet', 'isbank'] })).toEqual([6, 3]);
    expect(refs({ statuses: ['paid'] })).toEqual([7, 6, 1]);
    expect(refs({ statuses: ['paid'], providers: ['paytr'] })).toEqual([7, 1]);
    expect(refs({ from: linkRecord(2).createdAt, to: linkRecord(4).createdAt })).toEqual([4, 3, 2]);
    expect(refs({ from: '2026-11-22T00:00:00+03:00' })).toEqual([7]);
    expect(refs({ to: '2026-11-01T09:01:59.999Z' })).toEqual([1]);
    expect(refs({ statuses: [], providers: [] })).toHaveLength(7);
    expect(refs({ text: 'ayşe', statuses: ['active'] })).toEqual([2, 3]);
  });

  it('totals the whole filtered set per currency, per outcome (never mixing paid and unpaid) and per provider', () => {
    expect(store.query({}, 0, 1).totals).toEqual({
      count: 7,
      byCurrency: { TRY: { count: 6, sumMinor: 125050 + 10003 + 10004 + 10005 + 125000 + 25000 }, EUR: { count: 1, sumMinor: 9900 } },
      byOutcome: {
        collected: { TRY: { count: 3, sumMinor: 125050 + 125000 + 25000 } },
        awaiting: { EUR: { count: 1, sumMinor: 9900 }, TRY: { count: 1, sumMinor: 10003 } },
        closed: { TRY: { count: 2, sumMinor: 10004 + 10005 } },
      },
      byProvider: {
        paytr: { TRY: { count: 2, sumMinor: 150050 }, EUR: { count: 1, sumMinor: 9900 } },
        paynet: { TRY: { count: 1, sumMinor: 10003 } },
        oduyo: { TRY: { count: 2, sumMinor: 20009 } },
        isbank: { TRY: { count: 1, sumMinor: 125000 } },
      },
    });
    expect(store.query({ statuses: ['paid'] }, 0, 1).totals.byCurrency).toEqual({ TRY: { count: 3, sumMinor: 275050 } });
    expect(store.query({ text: 'nobody' }, 0, 10)).toEqual({ total: 0, rows: [], totals: { count: 0, byCurrency: {}, byOutcome: {}, byProvider: {} } });
  });

  it('sees an update at once: status, search text and totals', async () => {
    await store.update(linkRecord(2).reference, (r) => ({ ...r, status: 'paid', description: 'Kapora ödendi' }));
    expect(refs({ statuses: ['paid'] })).toEqual([7, 6, 2, 1]);
    expect(refs({ text: 'ÖDENDİ' })).toEqual([2]);
    expect(store.matching({ statuses: ['paid'] }).map((r) => r.timeline.length)).toEqual([1, 1, 1, 1]);
  });
});

describe('a segment damaged while the app runs', () => {
  it('is set aside when first read, with a notice; the rest keeps working', async () => {
    const temp = await makeTempDir();
    const writer = await HistoryStore.open(temp.dir, new NoticeBoard(), clock, { segmentSize: 3 });
    for (const record of records) await writer.append(record);
    await writer.close();
    const notices = new NoticeBoard();
    const reader = await HistoryStore.open(temp.dir, notices, clock, { segmentSize: 3 });
    const changes: string[][] = [];
    reader.onChange((refs) => changes.push(refs));
    await writeFile(join(temp.dir, 'history', 'segment-000001.json'), 'garbage');
    expect(reader.query({}, 0, 10).rows.map((r) => Number(r.reference.slice(2)))).toEqual([7, 6, 5, 4]);
    expect(notices.list()).toEqual([expect.objectContaining({ kind: 'store-part-recovered', store: 'history' })]);
    expect(changes).toEqual([[1, 2, 3].map((n) => linkRecord(n).reference)]);
    expect(reader.size).toBe(4);
    await temp.cleanup();
  });
});
