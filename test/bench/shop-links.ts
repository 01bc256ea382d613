import type { LinkRecord } from '../../src/shared/domain/link-record';

const firstNames = ['Ayşe', 'Mehmet', 'Çağrı', 'Şule', 'İbrahim', 'Gülşen', 'Ömer', 'Ümran', 'Zeynep', 'Hakan'];
const lastNames = ['Yılmaz', 'Kaya', 'Demir', 'Öztürk', 'Çelik', 'Şahin', 'Aydın', 'Arslan', 'Doğan', 'Kılıç'];
const items = ['Kasım aidatı', 'Şubat kirası', 'Perde dikimi', 'Çay ocağı', 'Kuru temizleme', 'Gözlük camı', 'Ders ücreti'];

/**
 * Link `i` of a shop's generated history, as a counter pushes it: references in order, and
 * customers, items and amounts that repeat the way a shop's do (so searches find few or many).
 */
export function shopLink(i: number, createdAt: string, status: LinkRecord['status'], account: Pick<LinkRecord, 'accountId' | 'accountLabel'>): LinkRecord {
  return {
    reference: `PD${String(i).padStart(16, '0')}`,
    kind: 'link',
    ...account,
    provider: 'paynet',
    createdAt,
    updatedAt: createdAt,
    linkType: 'amount',
    amount: { minor: 10_000 + (i % 90_000), currency: 'TRY' },
    description: items[i % items.length]!,
    customer: { name: `${firstNames[i % 10]} ${lastNames[Math.floor(i / 10) % 10]} ${i % 997}` },
    maxInstallments: 1,
    providerRefs: {},
    status,
    timeline: [{ at: createdAt, kind: 'created', outcome: 'ok' }],
  };
}
