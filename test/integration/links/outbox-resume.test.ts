import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/main/clock';
import { createCore, type Core } from '../../../src/main/core';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { OutboxStore } from '../../../src/main/outbox/outbox-store';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import type { Result } from '../../../src/shared/result';
import { startPaynetEmulator, type PaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import { startPaytrEmulator, type PaytrEmulator } from '../../emulators/paytr/paytr-emulator';
import { makeTempDir } from '../../support/temp-dir';
import { createTestVault, type TestVault } from '../../support/test-vault';
import { fastPolicy, paynetRequest, paytrRequest, testAdapters, waitFor } from './link-kit';

/** Start-up after a crash, and a clean stop, on real files through createCore. */
let temp: { dir: string; cleanup: () => Promise<void> };
let vault: TestVault;
let paytr: PaytrEmulator;
let paynet: PaynetEmulator;
let core: Core;
const accounts: Record<string, string> = {};

const start = () => createCore({ dataDir: temp.dir, vault, adapters: testAdapters(), outboxPolicy: fastPolicy });
const invoke = async <T>(channel: string, input?: unknown) => {
  const result = (await core.invoke(channel, input)) as Result<T>;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};
const itemOf = async (id: string) => (await invoke<{ items: OutboxItem[] }>('outbox:list')).items.find((i) => i.id === id);

beforeAll(async () => {
  temp = await makeTempDir();
  vault = createTestVault();
  [paytr, paynet] = await Promise.all([startPaytrEmulator(), startPaynetEmulator()]);
  core = await start();
  accounts.paytr = (
    await invoke<{ account: { id: string } }>('accounts:create', {
      draft: { provider: 'paytr', label: 'PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
      secrets: { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
    })
  ).account.id;
  accounts.paynet = (
    await invoke<{ account: { id: string } }>('accounts:create', {
      draft: { provider: 'paynet', label: 'Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} },
      secrets: { secretKey: paynet.secretKey },
    })
  ).account.id;
});
afterAll(async () => {
  await core.stop();
  await vault.cleanup();
  await Promise.all([paytr.stop(), paynet.stop(), temp.cleanup()]);
});

describe('resume on start', () => {
  it('items a crash left `sending` become unknown, or created when history already has them; never re-sent blindly', async () => {
    await core.stop();
    const at = new Date().toISOString();
    const sending = (accountId: string, provider: 'paytr' | 'paynet', request: ReturnType<typeof paytrRequest>): OutboxItem => ({
      id: request.reference,
      accountId,
      provider,
      job: { kind: 'create-link', request },
      state: 'sending',
      createdAt: at,
      updatedAt: at,
      attempts: 1,
    });
    const paytrLost = paytrRequest();
    const paynetLost = paynetRequest();
    const recorded = paytrRequest();
    const outbox = await OutboxStore.open(temp.dir, new NoticeBoard(), systemClock);
    await outbox.insert(sending(accounts.paytr!, 'paytr', paytrLost));
    await outbox.insert(sending(accounts.paynet!, 'paynet', paynetLost));
    await outbox.insert(sending(accounts.paytr!, 'paytr', recorded));
    await outbox.close();
    const history = await HistoryStore.open(temp.dir, new NoticeBoard(), systemClock);
    const record: LinkRecord = {
      reference: recorded.reference,
      kind: 'link',
      accountId: accounts.paytr!,
      provider: 'paytr',
      accountLabel: 'PayTR',
      createdAt: at,
      updatedAt: at,
      linkType: 'product',
      amount: recorded.amount,
      description: recorded.description,
      customer: {},
      maxInstallments: recorded.maxInstallments,
      url: 'https://www.paytr.com/link/ABC1234',
      providerRefs: { id: 'ABC1234' },
      status: 'active',
      timeline: [{ at, kind: 'created', outcome: 'ok' }],
    };
    await history.append(record);
    await history.close();
    const createsBefore = paytr.emulator.count('POST /odeme/api/link/create');

    core = await start();
    expect(await itemOf(recorded.reference)).toMatchObject({ state: 'created' });
    expect(await itemOf(paytrLost.reference)).toMatchObject({ state: 'unknown', lastError: { code: 'ambiguous' } });
    // Paynet can say whether it has the link: it does not, so it is sent (once).
    await waitFor(async () => (await itemOf(paynetLost.reference))?.state === 'created', 5000, 'Paynet reconcile and send');
    expect(paynet.links.filter((l) => l.reference_no === paynetLost.reference)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await itemOf(paytrLost.reference)).toMatchObject({ state: 'unknown' });
    expect(paytr.emulator.count('POST /odeme/api/link/create')).toBe(createsBefore);
  });

  it('stop waits for a request in flight and for its writes', async () => {
    paynet.emulator.latencyMs = 300;
    try {
      const request = paynetRequest();
      const creating = core.invoke('links:create', { accountId: accounts.paynet, request, mode: 'later' });
      await waitFor(() => paynet.emulator.count('POST /v1/mailorder/create') > 0, 3000, 'the request to leave');
      await creating;
      await waitFor(async () => (await itemOf(request.reference))?.state === 'sending', 3000, 'sending');
      await core.stop();
      const file = JSON.parse(await readFile(join(temp.dir, 'outbox.json'), 'utf8')) as { data: { items: OutboxItem[] } };
      expect(file.data.items.find((i) => i.id === request.reference)?.state).toBe('created');
    } finally {
      paynet.emulator.latencyMs = 0;
      core = await start();
    }
  });
});
