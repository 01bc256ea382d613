import { createCore } from '../../src/main/core';
import { createHttpClient } from '../../src/main/http/http-client';
import { createPaytrAdapter } from '../../src/main/providers/paytr/paytr-adapter';
import type { ProviderContext } from '../../src/main/providers/provider';
import { startPaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { makeTempDir } from '../support/temp-dir';
import { fmt, summarize, time } from './stats';

/**
 * Foundation figures: what the IPC door (parse input, run, parse output) costs per call, and what
 * the PayTR adapter (rules, signing, parsing) adds over a bare HTTP round trip to the emulator.
 * No keychain needed: the adapter is called with its context directly.
 */
export async function benchCoreDispatch(): Promise<void> {
  const temp = await makeTempDir();
  const noVault = { get: async () => null, set: async () => undefined, delete: async () => false, available: async () => false };
  const core = await createCore({ dataDir: temp.dir, vault: noVault });
  for (const [label, channel, input] of [
    ['settings:get', 'settings:get', undefined],
    ['invalid input (rejected)', 'settings:update', { language: 42 }],
  ] as const) {
    const samples: number[] = [];
    for (let i = 0; i < 10_000; i++) await time(samples, () => core.invoke(channel, input));
    const s = summarize(samples.slice(1000));
    console.log(`dispatch ${label.padEnd(26)} p50 ${fmt(s.p50)}  p95 ${fmt(s.p95)}  (n=${s.n})`);
  }
  await core.stop();
  await temp.cleanup();

  const emulator = await startPaytrEmulator();
  const adapter = createPaytrAdapter();
  const http = createHttpClient();
  const now = new Date().toISOString();
  const ctx = {
    account: { id: 'acc_bench00000000', label: 'Bench', provider: 'paytr', environment: 'custom', baseUrl: emulator.url, settings: { merchantId: emulator.keys.merchantId }, createdAt: now, updatedAt: now },
    baseUrl: emulator.url,
    secrets: { merchantKey: emulator.keys.merchantKey, merchantSalt: emulator.keys.merchantSalt },
    http,
    clock: { now: () => new Date() },
  } as unknown as ProviderContext<'paytr'>;
  const request = {
    reference: 'PD0000000000BENCH',
    linkType: 'product' as const,
    amount: { minor: 125050, currency: 'TRY' as const },
    description: 'Bench ürünü',
    customer: {},
    maxInstallments: 3,
    minQuantity: 1,
    language: 'tr' as const,
    notifyBySms: false,
    notifyByEmail: false,
  };
  const bare: number[] = [];
  const viaAdapter: number[] = [];
  for (let i = 0; i < 1200; i++) {
    // Interleaved so both see the same machine noise.
    await time(bare, () => fetch(`${emulator.url}/odeme/api/link/delete`, { method: 'POST', body: 'x=1' }).then((r) => r.text()));
    await time(viaAdapter, async () => {
      const result = await adapter.createLink(ctx, request);
      if (!result.ok) throw new Error(result.error.message);
    });
  }
  const b = summarize(bare.slice(200));
  const a = summarize(viaAdapter.slice(200));
  console.log(`PayTR create via adapter       p50 ${fmt(a.p50)}  p95 ${fmt(a.p95)}`);
  console.log(`bare HTTP round trip           p50 ${fmt(b.p50)}  p95 ${fmt(b.p95)}`);
  console.log(`adapter overhead               p50 ${fmt(a.p50 - b.p50)}  p95 ${fmt(a.p95 - b.p95)} (emulator work included)`);
  await emulator.stop();
}
