import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { systemClock } from '../../src/main/clock';
import { HistoryStore } from '../../src/main/store/history/history-store';
import { NoticeBoard } from '../../src/main/store/notice-board';
import type { LinkRecord } from '../../src/shared/domain/link-record';
import { fail } from '../../src/shared/result';
import { generateRecords, writeGeneratedHistory } from '../support/history-generator';

export const GENERATED = 100_000;

/** Hand-made links on top of the generated ones, for Turkish search and the detail panel. */
export function seedRecords(now: Date): LinkRecord[] {
  const at = (secondsAgo: number) => new Date(now.getTime() - secondsAgo * 1000).toISOString();
  const paytr: LinkRecord = {
    reference: 'PDSEEDISTANBUL0001',
    kind: 'link',
    accountId: 'acc_paytrmagaza01',
    provider: 'paytr',
    accountLabel: 'PayTR Mağaza',
    createdAt: at(30),
    updatedAt: at(20),
    linkType: 'product',
    amount: { minor: 125_050, currency: 'TRY' },
    description: 'Kargo istanbul şubesi',
    customer: { name: 'Işık Özgür', phone: '+905551234567', email: 'ozgur.kargo@example.com.tr' },
    maxInstallments: 3,
    url: 'https://www.paytr.com/link/SEEDISTANBUL1',
    providerRefs: { id: 'SEEDIST1' },
    status: 'active',
    timeline: [
      { at: at(30), kind: 'created', outcome: 'ok' },
      { at: at(25), kind: 'sent', channel: 'sms', outcome: 'ok', detail: '+905551234567' },
      {
        at: at(20),
        kind: 'sent',
        channel: 'email',
        outcome: 'failed',
        detail: 'ozgur.kargo@example.com.tr',
        error: fail('provider-rejected', 'PayTR refused the e-mail (log text)', { providerMessage: 'Gecersiz e-posta' }).error,
      },
    ],
  };
  const oduyo: LinkRecord = {
    ...paytr,
    reference: 'PDSEEDISIKBILISIM1',
    accountId: 'acc_oduyodukkan01',
    provider: 'oduyo',
    accountLabel: 'Ödüyo Dükkân',
    createdAt: at(15),
    updatedAt: at(15),
    linkType: 'amount',
    amount: { minor: 9_990, currency: 'TRY' },
    description: 'Toptan sipariş',
    customer: { name: 'isik bilişim' },
    maxInstallments: 1,
    url: 'https://app.oduyo.com/pay/SEEDISIK',
    providerRefs: { paymentsendid: '4242' },
    timeline: [{ at: at(15), kind: 'created', outcome: 'ok' }],
  };
  return [paytr, oduyo];
}

/**
 * The data folder before the core starts: generated links (100,000 by default) plus the seeds, written
 * through the store's own code. Returns every record (oldest first) for expected figures.
 */
export async function seedHistory(dataDir: string, now: Date, generated = GENERATED): Promise<LinkRecord[]> {
  await writeGeneratedHistory(dataDir, generated, { now });
  const store = await HistoryStore.open(dataDir, new NoticeBoard(), systemClock);
  const seeds = seedRecords(now);
  for (const record of seeds) await store.append(record);
  await store.close();
  return [...generateRecords(generated, { now }), ...seeds];
}

/** A saveFile dep writing into a temp folder, as the save dialog would. */
export function folderSaveFile() {
  let folder: string | undefined;
  const saved: string[] = [];
  return {
    saved,
    saveFile: async (suggestedName: string, content: string | Uint8Array) => {
      folder ??= await mkdtemp(join(tmpdir(), 'paydesk-export-'));
      const path = join(folder, basename(suggestedName));
      await writeFile(path, content);
      saved.push(path);
      return { saved: true, fileName: path };
    },
  };
}
