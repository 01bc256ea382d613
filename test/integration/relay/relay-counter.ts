import pg from 'pg';
import { vi } from 'vitest';
import { CallbackApplier, type PaynetConfirmation } from '../../../src/main/callbacks/callback-applier';
import { memorySeenCallbacks } from '../../../src/main/callbacks/seen-callbacks';
import type { PaytrKeys } from '../../../src/main/providers/paytr/paytr-signing';
import { readCallbacks, type StoredCallback } from '../../../src/main/shop/shop-callbacks';
import { currentPosition, positionAfter, pullChanges } from '../../../src/main/shop/shop-changes';
import type { LinkRecord } from '../../../src/shared/domain/link-record';

/**
 * A counter's side of the relay, as the sync pull will wire it: pull the shop's `callback`
 * changes with the shop's own role, read those callbacks, and hand them to the applier over an
 * in-memory history.
 */
export interface RelayCounter {
  client: pg.Client;
  history: Map<string, LinkRecord>;
  applier: CallbackApplier;
  /** Waits (doorbell-free, polling the pull) until `count` new callbacks have arrived, and returns them. */
  nextCallbacks(count: number): Promise<StoredCallback[]>;
  end(): Promise<void>;
}

export async function relayCounter(
  shopUrl: string,
  deps: { paytrKeys?: PaytrKeys; confirmPaynet?: (record: LinkRecord) => Promise<PaynetConfirmation> },
): Promise<RelayCounter> {
  const client = new pg.Client({ connectionString: shopUrl });
  await client.connect();
  let cursor = await currentPosition(client);
  const history = new Map<string, LinkRecord>();
  const applier = new CallbackApplier({
    history: {
      get: (reference) => history.get(reference),
      update: async (reference, change) => {
        const next = change(history.get(reference)!);
        history.set(reference, next);
        return next;
      },
    },
    paytrKeys: async () => deps.paytrKeys,
    confirmPaynet: deps.confirmPaynet ?? (async () => ({ kind: 'unavailable' })),
    clock: { now: () => new Date() },
    seen: memorySeenCallbacks(),
    onPaid: vi.fn(),
  });
  return {
    client,
    history,
    applier,
    async nextCallbacks(count) {
      const found: number[] = [];
      for (let round = 0; found.length < count && round < 400; round++) {
        const changes = await pullChanges(client, cursor);
        for (const change of changes) if (change.kind === 'callback') found.push(Number(change.ref));
        cursor = positionAfter(changes, cursor);
        if (found.length < count) await new Promise((r) => setTimeout(r, 25));
      }
      return readCallbacks(client, found);
    },
    end: () => client.end(),
  };
}
