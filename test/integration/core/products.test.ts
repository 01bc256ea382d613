import { withWords } from '../../support/said';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFile, SaveFile } from '../../../src/main/desktop-host';
import { systemClock } from '../../../src/main/clock';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { ProductsStore } from '../../../src/main/store/products-store';
import type { Channel, ChannelInput, ChannelOutput } from '../../../src/shared/contract';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { makeTempDir } from '../../support/temp-dir';

let h: CoreHarness;
let files: { dir: string; cleanup: () => Promise<void> };
let toOpen: string | undefined;

const saveFile: SaveFile = async (name, content) => {
  const path = join(files.dir, name);
  await writeFile(path, content);
  return { saved: true, fileName: path };
};
const openFile: OpenFile = async () => (toOpen ? { opened: true, fileName: toOpen, content: await readFile(toOpen, 'utf8') } : { opened: false });

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await h.core.invoke(channel, input);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as ChannelOutput<C>;
}

beforeAll(async () => {
  files = await makeTempDir();
  h = await startCoreHarness({ saveFile, openFile });
});
afterAll(async () => {
  await h.dispose();
  await files.cleanup();
});

describe('products through the core', () => {
  it('adds, edits and deletes a product; the catalogue survives a restart', async () => {
    const saved = await call('products:save', { product: { name: 'Çay takımı', price: { minor: 125050, currency: 'TRY' }, vatIncluded: true } });
    await call('products:save', { id: saved.id, product: { name: 'Çay seti', price: saved.price, vatIncluded: true } });
    const extra = await call('products:save', { product: { name: 'Silinecek', price: { minor: 100, currency: 'TRY' }, vatIncluded: false } });
    await call('products:delete', { id: extra.id });
    await call('products:set-quick-amounts', { amounts: [5000, 10000, 25050] });
    await h.restart();
    const list = await call('products:list', undefined);
    expect(list.products.map((p) => [p.id, p.name, p.price.minor])).toEqual([[saved.id, 'Çay seti', 125050]]);
    expect(list.quickAmounts).toEqual([5000, 10000, 25050]);
  });

  it('refuses a price above the shop limit, an option the provider lacks, and a seventh quick amount', async () => {
    const above = await h.core.invoke('products:save', { product: { name: 'Pahalı', price: { minor: 50_000_01, currency: 'TRY' }, vatIncluded: true } });
    expect(withWords(above)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'price', userMessage: { tr: expect.stringContaining('üst sınır') } } });
    const paynet = await h.core.invoke('products:save', {
      product: { name: 'Taksitli', price: { minor: 100, currency: 'TRY' }, vatIncluded: true, options: { paynet: { maxInstallments: 3 } } },
    });
    expect(paynet).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const seven = await h.core.invoke('products:set-quick-amounts', { amounts: [1, 2, 3, 4, 5, 6, 7] });
    expect(seven).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await call('products:list', undefined)).products).toHaveLength(1);
  });

  it('imports good rows from a Turkish Excel file, lists the bad ones, and exports what it holds', async () => {
    toOpen = join(files.dir, 'urunler.csv');
    await writeFile(toOpen, '\uFEFFAd;Fiyat;Para birimi;KDV dahil\r\nKahve;85,50;;Evet\r\nBozuk;abc\r\nKek;1.250;TRY;Hayır\r\n');
    const result = await call('products:import-csv', undefined);
    expect(result).toEqual({ opened: true, imported: 2, bad: [{ line: 3, reason: expect.objectContaining({ en: 'Type the amount in digits, for example 1.250,50.' }) }] });
    const exported = await call('products:export-csv', undefined);
    expect(exported.saved).toBe(true);
    const text = await readFile(exported.fileName!, 'utf8');
    expect(text.split('\r\n').slice(1, 4)).toEqual(['Çay seti;1.250,50;TRY;Evet;;;;;', 'Kahve;85,50;TRY;Evet;;;;;', 'Kek;1.250,00;TRY;Hayır;;;;;']);
    toOpen = undefined;
    expect(await call('products:import-csv', undefined)).toEqual({ opened: false, imported: 0, bad: [] });
  });
});

describe('products.json with one damaged entry', () => {
  it('keeps the good products, sets the bad one aside in a .bak.json and names it in a notice', async () => {
    const temp = await makeTempDir();
    try {
      const good = { id: 'pr_0123456789', name: 'Kahve', price: { minor: 8550, currency: 'TRY' }, vatIncluded: true };
      const bad = { id: 'pr_0123456780', name: 'Bozuk', price: { minor: -1, currency: 'TRY' }, vatIncluded: true };
      await writeFile(join(temp.dir, 'products.json'), JSON.stringify({ schemaVersion: 1, data: { products: [good, bad], quickAmounts: [100] } }));
      const notices = new NoticeBoard();
      const store = await ProductsStore.open(temp.dir, notices, systemClock);
      expect(store.list()).toEqual({ products: [good], quickAmounts: [100] });
      const aside = (await readdir(temp.dir)).find((n) => n.startsWith('products.') && n.endsWith('.bak.json'));
      expect(JSON.parse(await readFile(join(temp.dir, aside!), 'utf8')).data.products).toEqual([bad]);
      expect(notices.list().map((n) => [n.kind, n.store, n.items])).toEqual([['store-items-set-aside', 'products', ['Bozuk']]]);
    } finally {
      await temp.cleanup();
    }
  });
});
