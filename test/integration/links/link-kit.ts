import type { CoreDeps } from '../../../src/main/core';
import { createIsbankAdapter } from '../../../src/main/providers/isbank/isbank-adapter';
import { createOduyoAdapter } from '../../../src/main/providers/oduyo/oduyo-adapter';
import { createPaynetAdapter } from '../../../src/main/providers/paynet/paynet-adapter';
import { createPaytrAdapter } from '../../../src/main/providers/paytr/paytr-adapter';
import type { CreateLinkRequest } from '../../../src/shared/domain/link';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { OutboxItem, OutboxSummary } from '../../../src/shared/domain/outbox-item';
import type { Result } from '../../../src/shared/result';
import { startIsbankEmulator, type IsbankEmulator } from '../../emulators/isbank/isbank-emulator';
import { startPaynetEmulator, type PaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import { startPaytrEmulator, type PaytrEmulator } from '../../emulators/paytr/paytr-emulator';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

export { newReference, paynetRequest, paytrRequest } from '../../unit/providers/link-request-fixture';

/** Short waits so retries and reconciles happen within a test; no rate limit besides concurrency. */
export const fastPolicy = {
  backoffBaseMs: 40,
  backoffMaxMs: 300,
  idleCheckMs: 30,
  reconcileBaseMs: 40,
  absentRecheckMs: 80,
  ratePerProviderPerSecond: Infinity,
  stopGraceMs: 5_000,
} satisfies CoreDeps['outboxPolicy'];

/** Adapters with a short deadline (a never-finishing answer must not hold a test for 20 s). */
export const testAdapters = () => [
  createPaytrAdapter({ timeoutMs: 1_500 }),
  createPaynetAdapter({ timeoutMs: 1_500 }),
  createOduyoAdapter({ timeoutMs: 1_500 }),
  createIsbankAdapter({ timeoutMs: 1_500 }),
];

export interface LinkKit {
  h: CoreHarness;
  paytr: PaytrEmulator;
  paynet: PaynetEmulator;
  isbank: IsbankEmulator;
  online: { value: boolean };
  notifications: { title: string; body: string }[];
  summaries: OutboxSummary[];
  account(provider: 'paytr' | 'paynet' | 'isbank'): Promise<string>;
  invoke<T>(channel: string, input?: unknown): Promise<Result<T>>;
  /** The value, or the test fails with the error. */
  ok<T>(channel: string, input?: unknown): Promise<T>;
  item(id: string): Promise<OutboxItem | undefined>;
  record(reference: string): Promise<LinkRecord | undefined>;
  dispose(): Promise<void>;
}

/** Provider emulators several kits may share (several counters of one shop, one PayTR). */
export interface KitEmulators {
  paytr: PaytrEmulator;
  paynet: PaynetEmulator;
  isbank: IsbankEmulator;
}

export async function startEmulators(): Promise<KitEmulators> {
  const [paytr, paynet, isbank] = await Promise.all([startPaytrEmulator(), startPaynetEmulator(), startIsbankEmulator()]);
  return { paytr, paynet, isbank };
}

/** A core with the emulators; `shared` ones are used and left running (their owner stops them). */
export async function startLinkKit(extra: Partial<CoreDeps> = {}, shared?: KitEmulators): Promise<LinkKit> {
  const { paytr, paynet, isbank } = shared ?? (await startEmulators());
  const online = { value: true };
  const notifications: { title: string; body: string }[] = [];
  const h = await startCoreHarness({
    outboxPolicy: fastPolicy,
    adapters: testAdapters(),
    isOnline: () => online.value,
    notify: (n) => notifications.push(n),
    ...extra,
  });
  const summaries: OutboxSummary[] = [];
  const watch = () => h.core.events.on('outbox:changed', (s) => summaries.push(s));
  let unwatch = watch();
  const accounts = new Map<string, string>();
  const invoke = <T>(channel: string, input?: unknown) => h.core.invoke(channel, input) as Promise<Result<T>>;
  const kit: LinkKit = {
    h,
    paytr,
    paynet,
    isbank,
    online,
    notifications,
    summaries,
    async account(provider) {
      const known = accounts.get(provider);
      if (known) return known;
      const drafts = {
        paytr: {
          draft: { provider, label: 'PayTR Mağaza', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
          secrets: { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
        },
        paynet: { draft: { provider, label: 'Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} }, secrets: { secretKey: paynet.secretKey } },
        isbank: {
          draft: { provider, label: 'İşbank', environment: 'custom', baseUrl: isbank.baseUrl, settings: {} },
          secrets: { clientId: isbank.credentials.clientId, clientSecret: isbank.credentials.clientSecret },
        },
      } as const;
      const view = await kit.ok<{ account: { id: string } }>('accounts:create', drafts[provider]);
      accounts.set(provider, view.account.id);
      return view.account.id;
    },
    invoke,
    async ok<T>(channel: string, input?: unknown) {
      const result = await invoke<T>(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    async item(id) {
      const list = await kit.ok<{ items: OutboxItem[] }>('outbox:list');
      return list.items.find((i) => i.id === id);
    },
    async record(reference) {
      const result = await invoke<LinkRecord>('history:get', { reference });
      return result.ok ? result.value : undefined;
    },
    async dispose() {
      unwatch();
      await h.dispose();
      if (!shared) await Promise.all([paytr.stop(), paynet.stop(), isbank.stop()]);
    },
  };
  const restart = h.restart.bind(h);
  h.restart = async (whileStopped) => {
    unwatch();
    const core = await restart(whileStopped);
    unwatch = watch();
    return core;
  };
  return kit;
}

/** Polls until `check` holds (the worker runs in the background); fails after `ms`. */
export async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, ms = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export const createInput = (accountId: string, request: CreateLinkRequest, mode: 'now' | 'later' | 'draft' = 'now') => ({ accountId, request, mode });
