import type { OutboxSummary } from '../../src/shared/domain/outbox-item';
import { startPaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { makeTempDir } from '../support/temp-dir';
import { paynetRequest } from '../unit/providers/link-request-fixture';
import { coreWithPaynet } from './bench-kit';

const LINKS = Number(process.env.BENCH_DRAIN_LINKS ?? 1000);
const LATENCY_MS = 50;
const CONCURRENCY = 4;

/**
 * Outbox drain: LINKS links queued while offline, then the OS comes online and the worker sends
 * them to a Paynet emulator that answers every request after 50 ms, with at most 4 in flight.
 * The limit allows LINKS / 4 × 50 ms (12.5 s for 1,000); reported: the time, its ratio to that
 * (target ≥ 85 %), and links created more than once at the emulator (must be 0). Every state
 * change is written (fsync + rename) before its request, and each link is appended to history.
 */
export async function benchOutboxDrain(): Promise<void> {
  const temp = await makeTempDir('paydesk-bench-drain-');
  const paynet = await startPaynetEmulator();
  let online = false;
  const { core, accountId } = await coreWithPaynet(temp.dir, paynet, {
    isOnline: () => online,
    outboxPolicy: { concurrencyPerProvider: CONCURRENCY, ratePerProviderPerSecond: Infinity, idleCheckMs: 20 },
  });
  const references: string[] = [];
  for (let i = 0; i < LINKS; i++) {
    const request = paynetRequest({ amount: { minor: 10_000 + i, currency: 'TRY' } });
    references.push(request.reference);
    const queued = await core.invoke('links:create', { accountId, request, mode: 'later' });
    if (!queued.ok) throw new Error(queued.error.message);
  }
  paynet.emulator.latencyMs = LATENCY_MS;
  const drained = new Promise<void>((resolve) => {
    const off = core.events.on('outbox:changed', (summary: OutboxSummary) => {
      // Settled items leave the outbox file after a while (history has them): done = none pending.
      if (summary.pending === 0) {
        off();
        resolve();
      }
    });
  });
  const started = performance.now();
  online = true;
  await drained;
  const seconds = (performance.now() - started) / 1000;
  const ideal = ((LINKS / CONCURRENCY) * LATENCY_MS) / 1000;
  const perReference = new Map<string, number>();
  for (const link of paynet.links) perReference.set(link.reference_no, (perReference.get(link.reference_no) ?? 0) + 1);
  const duplicates = [...perReference.values()].filter((n) => n > 1).length;
  const missing = references.filter((r) => !perReference.has(r)).length;
  console.log(
    `outbox drain ${LINKS} links, ${LATENCY_MS} ms latency, ${CONCURRENCY} in flight: ${seconds.toFixed(2)} s ` +
      `(limit ${ideal.toFixed(1)} s → ${((ideal / seconds) * 100).toFixed(1)} % of the limit's throughput; target ≥ 85 %); ` +
      `duplicates ${duplicates}, missing ${missing}`,
  );
  await core.stop();
  await paynet.stop();
  await temp.cleanup();
}
