import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LinkRecord, TimelineEvent } from '../../src/shared/domain/link-record';
import type { LinkStatus, LinkType } from '../../src/shared/domain/link';
import type { Currency } from '../../src/shared/domain/money';
import type { ProviderId } from '../../src/shared/domain/provider-id';
import { DEFAULT_SEGMENT_SIZE, HISTORY_FOLDER } from '../../src/main/store/history/history-store';
import { SegmentFile } from '../../src/main/store/history/segment-file';

const firstNames = ['Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Şule', 'Gülşen', 'Özlem', 'Çiğdem', 'İrem', 'Ilgın',
  'Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'İbrahim', 'İsmail', 'Ömer', 'Şükrü', 'Çağlar', 'Doğan', 'Iğdır', 'Uğur', 'Burak'];
const lastNames = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan',
  'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Ilıcak', 'İnce', 'Güneş', 'Erdoğan'];
const products = ['Kırmızı elbise', 'Deri ceket', 'Çiçek sepeti', 'Doğum günü pastası', 'Ayakkabı 42 numara', 'Kışlık mont',
  'Halı yıkama', 'Öğle menüsü (10 kişi)', 'Gümüş kolye', 'Çocuk bisikleti', 'Ütü masası', 'Şal ve eşarp', 'İpek gömlek',
  'Bahçe düzenleme', 'Kuru temizleme', 'Ders ücreti — Ekim', 'Kapora', 'Tamir ücreti', 'Özel sipariş kurabiye', 'Işıklı ayna'];
const providers: ProviderId[] = ['paytr', 'paynet', 'oduyo', 'isbank'];
const accounts: Record<ProviderId, { id: string; label: string }[]> = {
  paytr: [{ id: 'acc_paytrmagaza01', label: 'PayTR Mağaza' }, { id: 'acc_paytronline01', label: 'PayTR Online' }],
  paynet: [{ id: 'acc_paynetmerkez1', label: 'Paynet Merkez' }],
  oduyo: [{ id: 'acc_oduyodukkan01', label: 'Ödüyo Dükkân' }],
  isbank: [{ id: 'acc_isbanksube001', label: 'İşbank Şube' }],
};
/** Links live a week: only last week's can still be active; older ones were paid, expired or cancelled. */
const LINK_LIFE_MS = 7 * 24 * 3600 * 1000;
const liveWeights: [LinkStatus, number][] = [['active', 55], ['paid', 35], ['cancelled', 4], ['failed', 2], ['unknown', 4]];
const settledWeights: [LinkStatus, number][] = [['paid', 66], ['expired', 22], ['cancelled', 7], ['failed', 2], ['unknown', 3]];
const TWO_YEARS_MS = 730 * 24 * 3600 * 1000;
const CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface GeneratorOptions {
  /** The newest link is made shortly before this instant (default: now), the oldest two years earlier. */
  now?: Date;
  seed?: number;
  segmentSize?: number;
}

/**
 * Writes `count` realistic history records straight into segment files (the store's own format),
 * oldest first (about half a second per 10,000 here): Turkish names, four providers, every status,
 * amounts in TRY (some EUR/USD), dates spread over two years. Deterministic for a given seed.
 */
export async function writeGeneratedHistory(dataDir: string, count: number, options: GeneratorOptions = {}): Promise<void> {
  const folder = join(dataDir, HISTORY_FOLDER);
  await mkdir(folder, { recursive: true });
  const size = options.segmentSize ?? DEFAULT_SEGMENT_SIZE;
  const records = generateRecords(count, options);
  for (let start = 0, number = 1; start < records.length; start += size, number++) {
    const slice = records.slice(start, start + size);
    const segment = SegmentFile.loaded(folder, number, slice);
    await segment.write(slice);
    // Sealed segments carry their index sidecar, as the app leaves them.
    if (start + size < records.length) await segment.seal();
  }
}

/** The records alone, oldest first (for baselines and tests that build their own files). */
export function generateRecords(count: number, options: Pick<GeneratorOptions, 'now' | 'seed'> = {}): LinkRecord[] {
  const random = mulberry32(options.seed ?? 20261122);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const nowMs = (options.now ?? new Date()).getTime() - 60_000;
  const step = count > 1 ? TWO_YEARS_MS / count : 0;
  const records: LinkRecord[] = [];
  for (let i = 0; i < count; i++) {
    const createdMs = Math.floor(nowMs - TWO_YEARS_MS + i * step + random() * step);
    records.push(makeRecord(i, createdMs, nowMs, random, pick));
  }
  return records;
}

function makeRecord(i: number, createdMs: number, nowMs: number, random: () => number, pick: <T>(l: readonly T[]) => T): LinkRecord {
  const provider = pick(providers);
  const account = pick(accounts[provider]);
  const createdAt = new Date(createdMs).toISOString();
  const reference = `PD${i.toString(36).toUpperCase().padStart(6, '0')}${Array.from({ length: 6 }, () => pick([...CHARS])).join('')}`;
  const name = `${pick(firstNames)} ${pick(lastNames)}`;
  const currency: Currency = random() < 0.94 ? 'TRY' : pick(['EUR', 'USD'] as const);
  // 10 to 25,000 in major units, half of them round.
  const minor = Math.round(10 ** (1 + random() * 3.4)) * 100 + (random() < 0.5 ? 0 : Math.floor(random() * 100));
  const status = weighted(createdMs > nowMs - LINK_LIFE_MS ? liveWeights : settledWeights, random);
  const linkType: LinkType = provider === 'paytr' ? pick(['product', 'collection'] as const) : 'amount';
  const token = Array.from({ length: 10 }, () => pick([...CHARS])).join('');
  const phone = `+905${Math.floor(300_000_000 + random() * 599_999_999)}`;
  const email = random() < 0.6 ? `${asciiOf(name).replace(' ', '.')}${i % 97}@example.com.tr` : undefined;
  const timeline: TimelineEvent[] = [{ at: createdAt, kind: 'created', outcome: 'ok' }];
  if (random() < 0.7) timeline.push({ at: later(createdMs, Math.min(20_000, nowMs - createdMs)), kind: 'sent', channel: pick(['sms', 'whatsapp', 'email'] as const), outcome: 'ok', detail: phone });
  const settledAt = later(createdMs, Math.min(3 * 3600_000 * (1 + random() * 20), nowMs - createdMs));
  if (status === 'paid') timeline.push({ at: settledAt, kind: 'paid', outcome: 'ok' });
  if (status === 'cancelled') timeline.push({ at: settledAt, kind: 'cancelled', outcome: 'ok' });
  if (status === 'expired') timeline.push({ at: later(createdMs, LINK_LIFE_MS), kind: 'expired', outcome: 'ok' });
  return {
    reference,
    kind: 'link',
    accountId: account.id,
    provider,
    accountLabel: account.label,
    createdAt,
    updatedAt: timeline[timeline.length - 1]!.at,
    linkType,
    amount: { minor, currency },
    description: pick(products),
    customer: { name, phone, ...(email ? { email } : {}) },
    maxInstallments: pick([1, 1, 1, 3, 6]),
    expiresAt: new Date(createdMs + LINK_LIFE_MS).toISOString(),
    url: urlFor(provider, token),
    providerRefs: refsFor(provider, reference, token),
    status,
    ...(status === 'paid' ? { paidAt: settledAt, paidAmountMinor: minor } : {}),
    timeline,
  };
}

function urlFor(provider: ProviderId, token: string): string {
  const hosts: Record<ProviderId, string> = {
    paytr: 'https://www.paytr.com/link/',
    paynet: 'https://pos.paynet.com.tr/odeme/',
    oduyo: 'https://app.oduyo.com/pay/',
    isbank: 'https://sanalpos.isbank.com.tr/paybylink/',
  };
  return `${hosts[provider]}${token}`;
}

function refsFor(provider: ProviderId, reference: string, token: string): Record<string, string> {
  if (provider === 'paytr') return { id: token.slice(0, 8) };
  if (provider === 'paynet') return { reference_no: reference, id: token };
  if (provider === 'oduyo') return { paymentsendid: String(parseInt(token.slice(0, 6), 36)) };
  return { linkId: token, merchantNo: '000123456' };
}

function later(ms: number, by: number): string {
  return new Date(ms + Math.floor(by)).toISOString();
}

function weighted<T>(choices: [T, number][], random: () => number): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let roll = random() * total;
  for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
  return choices[0]![0];
}

function asciiOf(text: string): string {
  const map: Record<string, string> = { ç: 'c', ğ: 'g', ı: 'i', İ: 'i', ö: 'o', ş: 's', ü: 'u', Ç: 'c', Ğ: 'g', I: 'i', Ö: 'o', Ş: 's', Ü: 'u' };
  return text.replace(/[çğıİöşüÇĞIÖŞÜ]/g, (c) => map[c] ?? c).toLowerCase();
}

/** Small seeded PRNG (mulberry32): the same seed gives the same history. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
