import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { historyCsv, historyCsvFileName } from '../../../../src/main/export/history-csv';
import { linkRecord } from '../../../support/history-records';

const paid = linkRecord(1, {
  createdAt: '2026-11-22T11:05:00.000Z',
  amount: { minor: 125050, currency: 'TRY' },
  description: 'Işıklı ayna; 2 adet "büyük"',
  customer: { name: 'İbrahim Çağlar Şahin', phone: '+905551234567', email: 'ibo@example.com.tr' },
  status: 'paid',
  paidAt: '2026-11-22T12:00:00.000Z',
  paidAmountMinor: 125050,
  providerRefs: { id: 'AbC1', extra: 'x' },
});
const hostile = linkRecord(2, { description: '=HYPERLINK("http://evil")', customer: { name: '-Ali', phone: '+4915112345678' } });

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
}

describe('history CSV', () => {
  it('is UTF-8 with BOM, `;`-separated, Turkish headers, Turkish amounts and Istanbul times', () => {
    const csv = historyCsv([paid], 'tr');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = parse(csv);
    expect(header).toEqual([
      'Tarih', 'Referans', 'Hesap', 'Sağlayıcı', 'Durum', 'Tutar', 'Para birimi', 'Açıklama', 'Müşteri', 'Telefon',
      'E-posta', 'Taksit', 'Son geçerlilik', 'Ödeme tarihi', 'Ödenen tutar', 'Son kontrol', 'Link', 'Sağlayıcı referansları',
    ]);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('Tarih')).toBe('22.11.2026 14:05');
    expect(cell('Tutar')).toBe('1.250,50');
    expect(cell('Durum')).toBe('Ödendi');
    expect(cell('Sağlayıcı')).toBe('PayTR');
    expect(cell('Hesap')).toBe('PayTR Mağaza');
    expect(cell('Açıklama')).toBe('Işıklı ayna; 2 adet "büyük"');
    expect(cell('Müşteri')).toBe('İbrahim Çağlar Şahin');
    expect(cell('Telefon')).toBe('0555 123 45 67');
    expect(cell('Ödeme tarihi')).toBe('22.11.2026 15:00');
    expect(cell('Son kontrol')).toBe('');
    expect(cell('Sağlayıcı referansları')).toBe('id=AbC1, extra=x');
  });

  it('heads columns in English when the app is in English', () => {
    const [header, row] = parse(historyCsv([paid], 'en'));
    expect(header?.slice(0, 6)).toEqual(['Date', 'Reference', 'Account', 'Provider', 'Status', 'Amount']);
    expect(row?.[4]).toBe('Paid');
  });

  it('defuses cells Excel would run as formulas', () => {
    const [header, row] = parse(historyCsv([hostile], 'tr'));
    expect(row![header!.indexOf('Açıklama')]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row![header!.indexOf('Müşteri')]).toBe(`'-Ali`);
    expect(row![header!.indexOf('Telefon')]).toBe(`'+4915112345678`);
  });

  it('defuses multi-line cells, full-width signs, tab and CR, and every line of a cell that starts like a formula', () => {
    const tricky = [
      ['ok\n=cmd|calc', `ok\n'=cmd|calc`],
      ['=1+1\nrest', `'=1+1\nrest`],
      ['ayna\r\n+90 555', `ayna\r\n'+90 555`],
      ['a\r-b', `a\r'-b`],
      ['x\n@SUM(A1)', `x\n'@SUM(A1)`],
      ['＝HYPERLINK("http://evil")', `'＝HYPERLINK("http://evil")`],
      ['＋１', `'＋１`],
      ['－１', `'－１`],
      ['＠SUM', `'＠SUM`],
      ['\t=1', `'\t=1`],
      ['\r=1', `'\r'=1`],
      ['satır\n＝1', `satır\n'＝1`],
    ];
    for (const [description, expected] of tricky) {
      const [header, row] = parse(historyCsv([linkRecord(3, { description })], 'tr'));
      expect(row![header!.indexOf('Açıklama')], JSON.stringify(description)).toBe(expected);
    }
  });

  it('leaves ordinary text alone, also on later lines', () => {
    for (const description of ['Çay takımı\n2 adet', 'a-b = c', 'e-posta: a@b', '1.250,50']) {
      const [header, row] = parse(historyCsv([linkRecord(4, { description })], 'tr'));
      expect(row![header!.indexOf('Açıklama')]).toBe(description);
    }
  });

  it('has a header even when nothing matches, and a dated file name per language', () => {
    expect(parse(historyCsv([], 'tr'))).toHaveLength(1);
    // 22:30 UTC is already the next day in Istanbul.
    expect(historyCsvFileName('tr', new Date('2026-11-22T22:30:00Z'))).toBe('paydesk-gecmis-2026-11-23.csv');
    expect(historyCsvFileName('en', new Date('2026-11-22T10:00:00Z'))).toBe('paydesk-history-2026-11-22.csv');
  });
});
