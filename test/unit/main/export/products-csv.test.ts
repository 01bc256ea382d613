import { reasonIn } from '../../../support/said';
import { describe, expect, it } from 'vitest';
import { readProductsCsv } from '../../../../src/main/export/products-csv-import';
import { csvRows, productsCsv } from '../../../../src/main/export/products-csv';
import type { Product } from '../../../../src/shared/domain/product';

const LIMIT = 50_000_00;
const HEADER = 'Ad;Fiyat;Para birimi;KDV dahil;PayTR link türü;PayTR taksit;Ödüyo link türü;Ödüyo taksit;İşbank taksit';
const csv = (...lines: string[]) => lines.join('\r\n');

describe('readProductsCsv', () => {
  it('reads Turkish Excel amounts kuruş-exact, with and without grouping, comma or dot', () => {
    const { drafts, bad } = readProductsCsv(csv(HEADER, 'Çay takımı;1.250,50;;Evet', 'Kahve;1250,50;TRY;Hayır', 'Fincan;1250.50', 'Tabak;0,01', 'Kupa;49.999,99'), LIMIT);
    expect(bad).toEqual([]);
    expect(drafts.map((d) => [d.name, d.price.minor, d.price.currency, d.vatIncluded])).toEqual([
      ['Çay takımı', 125050, 'TRY', true],
      ['Kahve', 125050, 'TRY', false],
      ['Fincan', 125050, 'TRY', true],
      ['Tabak', 1, 'TRY', true],
      ['Kupa', 4999999, 'TRY', true],
    ]);
  });

  it('accepts UTF-8 with a byte order mark and without a header line', () => {
    const { drafts, bad } = readProductsCsv('\uFEFFŞeker;10,00\nİğne;2,5\n', LIMIT);
    expect(bad).toEqual([]);
    expect(drafts.map((d) => [d.name, d.price.minor])).toEqual([
      ['Şeker', 1000],
      ['İğne', 250],
    ]);
  });

  it('lists every bad row with its file line and reason, and keeps the good rows', () => {
    const text = csv(
      HEADER,
      'İyi;10,00',
      ';10,00',
      'Sıfır;0',
      'Üç ondalık;1,255',
      'Harf;on lira',
      'Pahalı;50.000,01',
      'Döviz;10;XYZ',
      'KDV;10;TRY;belki',
      '"Çok satırlı',
      'ad";10;TRY;Evet;amount',
      'Taksit;10;TRY;Evet;product;13',
      'Paynet yok;10;TRY;Evet;;;collection',
      'Son iyi;20;EUR;Evet;flex;6;open-amount;3;2',
      'x'.repeat(61) + ';10',
    );
    const { drafts, bad } = readProductsCsv(text, LIMIT);
    expect(drafts.map((d) => d.name)).toEqual(['İyi', 'Son iyi']);
    expect(drafts[1]).toMatchObject({
      price: { minor: 2000, currency: 'EUR' },
      options: { paytr: { linkType: 'flex', maxInstallments: 6 }, oduyo: { linkType: 'open-amount', maxInstallments: 3 }, isbank: { maxInstallments: 2 } },
    });
    expect(bad.map((b) => [b.line, reasonIn(b.reason, 'en')])).toEqual([
      [3, 'The product name is empty.'],
      [4, 'The amount must be greater than zero.'],
      [5, 'The amount can have at most two decimals, for example 1.250,50.'],
      [6, 'Type the amount in digits, for example 1.250,50.'],
      [7, 'The price is above the shop’s upper limit.'],
      [8, 'Unknown currency: XYZ.'],
      [9, 'The VAT included column must be Yes or No.'],
      [10, 'PayTR has no amount link.'],
      [12, 'PayTR installments must be between 1 and 12.'],
      [13, 'Ödüyo has no collection link.'],
      [15, 'The product name can have at most 60 characters.'],
    ]);
    expect(bad.every((b) => reasonIn(b.reason, 'tr').length > 0)).toBe(true);
  });

  it('reads back exactly what the export wrote, formula-looking names included', () => {
    const products: Product[] = [
      { id: 'pr_0123456789', name: 'Çay; "demlik"', price: { minor: 125050, currency: 'TRY' }, vatIncluded: true },
      { id: 'pr_0123456780', name: '=1+1', price: { minor: 1, currency: 'USD' }, vatIncluded: false, options: { paytr: { linkType: 'product', maxInstallments: 12 } } },
    ];
    const text = productsCsv(products, 'tr');
    expect(text.startsWith('\uFEFFAd;Fiyat;')).toBe(true);
    expect(text).toContain('1.250,50');
    expect(text).toContain("'=1+1");
    const { drafts, bad } = readProductsCsv(text, LIMIT);
    expect(bad).toEqual([]);
    expect(drafts).toEqual([
      { name: 'Çay; "demlik"', price: { minor: 125050, currency: 'TRY' }, vatIncluded: true },
      { name: "'=1+1", price: { minor: 1, currency: 'USD' }, vatIncluded: false, options: { paytr: { linkType: 'product', maxInstallments: 12 } } },
    ]);
  });
});

describe('csvRows', () => {
  it('numbers rows by the line they start on, across CRLF, LF and quoted line breaks, skipping blank lines', () => {
    const rows = csvRows('a;1\r\n\r\n"b\nc";2\nd;3');
    expect(rows).toEqual([
      { line: 1, cells: ['a', '1'] },
      { line: 3, cells: ['b\nc', '2'] },
      { line: 5, cells: ['d', '3'] },
    ]);
  });
});
