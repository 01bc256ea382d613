import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactSchema } from '../../../src/shared/domain/contact';
import { ContactsStore, MAX_CONTACTS } from '../../../src/main/store/contacts-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { makeTempDir } from '../../support/temp-dir';

/** A clock the test moves forward, so "most recently used" is decided by time, not by luck. */
function steppingClock(start = Date.parse('2026-11-22T10:00:00Z')) {
  let now = start;
  return { now: () => new Date((now += 1000)) };
}

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDir()));
afterEach(() => cleanup());

const open = (clock = steppingClock()) => ContactsStore.open(dir, new NoticeBoard(), clock);
const names = (store: ContactsStore, text?: string) => store.list(text, 100).map((c) => c.name);

describe('ContactsStore.remember', () => {
  it('upserts by phone: one contact per number, details filled in, use counted', async () => {
    const store = await open();
    await store.remember({ name: 'Ayşe Yılmaz', phone: '+905321234567' }, 'sms');
    await store.remember({ phone: '+905321234567', email: 'ayse@example.com' }, 'whatsapp');
    expect(store.size).toBe(1);
    const [ayse] = store.list(undefined, 10);
    expect(ayse).toMatchObject({
      id: expect.stringMatching(/^ct_[a-z0-9]{16}$/),
      name: 'Ayşe Yılmaz',
      phone: '+905321234567',
      email: 'ayse@example.com',
      lastChannel: 'whatsapp',
      useCount: 2,
    });
    expect(contactSchema.parse(ayse)).toEqual(ayse);
  });

  it('without a phone, upserts by e-mail (case-insensitive), then by Ödüyo account id', async () => {
    const store = await open();
    await store.remember({ name: 'Mehmet', email: 'Mehmet@Example.com' });
    await store.remember({ email: 'mehmet@example.com', oduyoCustomerId: '76' }, 'mailto');
    await store.remember({ name: 'Pınar Köprülü', oduyoCustomerId: '77' });
    await store.remember({ oduyoCustomerId: '77', name: 'Pınar K.' });
    expect(store.size).toBe(2);
    expect(store.list(undefined, 10)).toMatchObject([
      { name: 'Pınar K.', oduyoCustomerId: '77', useCount: 2 },
      { name: 'Mehmet', email: 'mehmet@example.com', oduyoCustomerId: '76', lastChannel: 'mailto', useCount: 2 },
    ]);
  });

  it('an e-mail shared by two different phone numbers stays two contacts', async () => {
    const store = await open();
    await store.remember({ name: 'Ali', phone: '+905321111111', email: 'aile@example.com' });
    await store.remember({ name: 'Veli', phone: '+905322222222', email: 'aile@example.com' });
    expect(store.size).toBe(2);
  });

  it('is a no-op for a customer without phone, e-mail or Ödüyo id', async () => {
    const store = await open();
    await store.remember({ name: 'Sadece İsim' });
    await store.remember({});
    expect(store.size).toBe(0);
  });

  it('keeps the most recently used first and drops the least recently used past the bound', async () => {
    const store = await open();
    await store.remember({ name: 'Birinci', phone: '+905320000001' });
    await store.remember({ name: 'İkinci', phone: '+905320000002' });
    await store.remember({ name: 'Üçüncü', phone: '+905320000003' });
    await store.remember({ phone: '+905320000001' });
    expect(names(store)).toEqual(['Birinci', 'Üçüncü', 'İkinci']);

    // Fill the book to its bound with one write per contact would be slow: seed the file directly.
    const seeded = Array.from({ length: MAX_CONTACTS }, (_, i) => ({
      id: `ct_${i.toString().padStart(16, '0')}`,
      name: `Müşteri ${i}`,
      phone: `+9053${(10_000_000 + i).toString()}`,
      lastUsedAt: new Date(Date.parse('2026-01-01T00:00:00Z') - i * 60_000).toISOString(),
      useCount: 1,
    }));
    await writeFile(join(dir, 'contacts.json'), JSON.stringify({ schemaVersion: 1, data: { contacts: seeded } }));
    const full = await open();
    expect(full.size).toBe(MAX_CONTACTS);
    await full.remember({ name: 'Yeni Müşteri', phone: '+905559998877' });
    expect(full.size).toBe(MAX_CONTACTS);
    expect(full.list(undefined, 1)[0]!.name).toBe('Yeni Müşteri');
    expect(full.list(`Müşteri ${MAX_CONTACTS - 1}`, 5)).toEqual([]);
    expect(full.list(`Müşteri ${MAX_CONTACTS - 2}`, 5)).toHaveLength(1);
  });
});

describe('ContactsStore.list', () => {
  async function book() {
    const store = await open();
    await store.remember({ name: 'Ayşe Yılmaz', phone: '+905321234567', email: 'ayse.yilmaz@example.com' });
    await store.remember({ name: 'IŞIK Kırtasiye', email: 'info@isik.com.tr' });
    await store.remember({ name: 'İsmail Çelik', phone: '+905559876543' });
    await store.remember({ name: 'John Smith', phone: '+447911123456' });
    await store.remember({ oduyoCustomerId: '76', name: 'Cari 76' });
    return store;
  }

  it('folds case the Turkish way over names and e-mails', async () => {
    const store = await book();
    expect(names(store, 'AYŞE')).toEqual(['Ayşe Yılmaz']);
    expect(names(store, 'ayse y')).toEqual([]); // ş is a letter of its own, not an s with decoration
    expect(names(store, 'ışık')).toEqual(['IŞIK Kırtasiye']);
    expect(names(store, 'İSMAİL')).toEqual(['İsmail Çelik']);
    expect(names(store, 'ismail')).toEqual(['İsmail Çelik']);
    expect(names(store, 'ÇELİK')).toEqual(['İsmail Çelik']);
    expect(names(store, 'ISIK.COM')).toEqual([]); // dotless ı ≠ i
    expect(names(store, 'isik.com')).toEqual(['IŞIK Kırtasiye']);
    expect(names(store, 'EXAMPLE')).toEqual(['Ayşe Yılmaz']);
  });

  it('finds phones typed nationally, internationally or in part', async () => {
    const store = await book();
    expect(names(store, '0532 123 45 67')).toEqual(['Ayşe Yılmaz']);
    expect(names(store, '+90 532 123')).toEqual(['Ayşe Yılmaz']);
    expect(names(store, '0555')).toEqual(['İsmail Çelik']);
    expect(names(store, '7911')).toEqual(['John Smith']);
    expect(names(store, '76')).toContain('Cari 76');
  });

  it('lists most recently used first and honours the limit', async () => {
    const store = await book();
    expect(names(store)).toEqual(['Cari 76', 'John Smith', 'İsmail Çelik', 'IŞIK Kırtasiye', 'Ayşe Yılmaz']);
    expect(store.list(undefined, 2)).toHaveLength(2);
    expect(store.list('a', 1)).toHaveLength(1);
  });
});

describe('ContactsStore.update and remove', () => {
  it('replaces the details, keeps usage, refuses duplicates and contacts nobody can reach', async () => {
    const store = await open();
    await store.remember({ name: 'Ayşe', phone: '+905321234567', email: 'ayse@example.com' }, 'sms');
    await store.remember({ name: 'Fatma', phone: '+905329999999' });
    const ayse = store.list('ayşe', 1)[0]!;

    const edited = await store.update(ayse.id, { name: 'Ayşe Yılmaz', email: 'ayse.yilmaz@example.com' });
    expect(edited).toEqual({
      id: ayse.id,
      name: 'Ayşe Yılmaz',
      email: 'ayse.yilmaz@example.com',
      lastChannel: 'sms',
      lastUsedAt: ayse.lastUsedAt,
      // When this copy changed: the shop's counters keep the newer edit.
      changedAt: expect.any(String),
      useCount: 1,
    });
    await expect(store.update(ayse.id, { name: 'Ayşe' })).rejects.toMatchObject({ error: { code: 'invalid-input' } });
    await expect(store.update(ayse.id, { phone: '+905329999999' })).rejects.toMatchObject({ error: { code: 'conflict', field: 'phone' } });
    await expect(store.update('ct_0000000000000000', { phone: '+905320000000' })).rejects.toMatchObject({ error: { code: 'not-found' } });

    await store.remove(ayse.id);
    expect(names(store)).toEqual(['Fatma']);
    await expect(store.remove(ayse.id)).rejects.toMatchObject({ error: { code: 'not-found' } });
  });
});

describe('ContactsStore on disk', () => {
  it('survives a restart with everything, in order, in a versioned file', async () => {
    const first = await open();
    await first.remember({ name: 'Ayşe Yılmaz', phone: '+905321234567' }, 'whatsapp');
    await first.remember({ name: 'Mehmet Öz', email: 'mehmet@example.com' });
    const before = first.list(undefined, 10);

    const again = await open();
    expect(again.list(undefined, 10)).toEqual(before);
    const file = JSON.parse(await readFile(join(dir, 'contacts.json'), 'utf8'));
    expect(file.schemaVersion).toBe(1);
    expect(file.data.contacts).toHaveLength(2);
  });

  it('a damaged file is set aside with a notice and the book starts empty', async () => {
    await writeFile(join(dir, 'contacts.json'), '{"schemaVersion":1,"data":{"contacts":[{"id":"bad"');
    const notices = new NoticeBoard();
    const store = await ContactsStore.open(dir, notices, steppingClock());
    expect(store.size).toBe(0);
    expect(notices.list()).toMatchObject([{ kind: 'store-recovered', store: 'contacts' }]);
    expect((await readdir(dir)).some((f) => /^contacts\..*\.bak\.json$/.test(f))).toBe(true);
    await store.remember({ phone: '+905321234567' });
    expect(store.size).toBe(1);
  });
});
