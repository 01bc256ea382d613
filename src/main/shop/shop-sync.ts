import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Queryable, ShopSession } from './shop-connection';
import { z } from 'zod';
import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import { writeAtomically } from '../store/atomic-json-file';
import type { SyncedCollection } from './shop-collections';
import type { CounterWindow } from './counter-window';
import { copyKeptLinks } from './shop-link-copy';
import { currentPosition, positionAfter, positionAfterSeq, pullChanges, pushChange, SHOP_START, type ChangePosition } from './shop-changes';
import { assertKnownShopSchema } from './shop-migrations';

export type { SyncedHistory } from './shop-collections';

export interface ShopSyncDeps {
  dataDir: string;
  /** What the counters share: links, accounts (without keys) … each under its own `kind`. */
  collections: readonly SyncedCollection[];
  /** A connection with the shop's own role; closed after each round. */
  connect: () => Promise<ShopSession>;
  clock: Clock;
  logger: Pick<Logger, 'log'>;
  /** Something changed here (the runner pushes it soon). */
  onLocalChange?: () => void;
  /** Something of `kind` arrived from another counter. */
  onPulled?: (kind: string) => void;
  /** Provider callbacks the relay stored (pulled `callback` changes, by id), with the round's connection. */
  onCallbacks?: (client: Queryable, ids: number[]) => Promise<void>;
  /** What this counter keeps of the shop's links (open ones, the last 12 months); without it, everything. */
  window?: CounterWindow;
}

/** What survives a restart: where the pull stopped, and what still has to be pushed (`kind:key`; a bare key is a link). */
const cursorSchema = z.object({
  after: z.object({ tx: z.string().regex(/^\d{1,20}$/), seq: z.number().int().nonnegative() }).optional(),
  /** An older PayDesk's cursor: a bare sequence number (turned into a position at the next round). */
  lastSeen: z.number().int().nonnegative().optional(),
  pending: z.array(z.string().max(300)).max(200_000),
  /** When it was written: whatever changed after it (a crash before the next write) is pending too. */
  savedAt: z.string().datetime({ offset: true }).optional(),
});
/** Local changes write the cursor at most this often (a durable write per link would double the disk's work). */
const CURSOR_WRITE_MS = 2_000;
/** Changes this close before the last write count as possibly unsaved (clocks and writes are not instant). */
const CURSOR_MARGIN_MS = 5_000;
const CURSOR_FILE = 'shop-sync.json';
/** Copies last exchanged, kept only to spare an echo: beyond this many the oldest go (pushing again is harmless). */
const EXCHANGED_KEPT = 5_000;
/** Old closed links are let go of at most this often (after a round that reached the server). */
const TRIM_EVERY_MS = 6 * 3600_000;

/**
 * Shares this counter's data with the shop's other counters through the shop database: every
 * local change is pushed whole, every pulled copy is merged into the local one (links: status
 * forward, timelines a union; accounts: last writer), so all counters converge whatever the order.
 * Works offline: what changed meanwhile waits in `pending` (on disk) and goes when the server
 * answers again.
 */
export class ShopSync {
  /** Where the pull stopped; unset until the first round settles it (a new counter copies the shop's links first). */
  private position: ChangePosition | undefined;
  private legacySeq: number | undefined;
  private lastTrim = 0;
  /** `kind:key` of what changed here and is not on the server yet. */
  private readonly pending = new Set<string>();
  /** The copy of each `kind:key` last exchanged: a change that only echoes a pulled copy is not pushed back. */
  private readonly exchanged = new Map<string, unknown>();
  private readonly collections: ReadonlyMap<string, SyncedCollection>;
  /** Cursor writes, one after the other. */
  private saving: Promise<void> = Promise.resolve();
  private lastSynced: string | undefined;

  private unsubscribes: Array<() => void> = [];
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;

  private constructor(private readonly deps: ShopSyncDeps) {
    this.collections = new Map(deps.collections.map((c) => [c.kind, c]));
  }

  static async open(deps: ShopSyncDeps): Promise<ShopSync> {
    const sync = new ShopSync(deps);
    const saved = await readFile(join(deps.dataDir, CURSOR_FILE), 'utf8').then(
      (text) => cursorSchema.safeParse(JSON.parse(text)),
      () => undefined,
    );
    if (saved?.success) {
      sync.position = saved.data.after;
      sync.legacySeq = saved.data.after ? undefined : saved.data.lastSeen;
      for (const entry of saved.data.pending) sync.pending.add(entry.includes(':') ? entry : `link:${entry}`);
      // Changed after the last cursor write (the app stopped before the next one): pending as well.
      const since = new Date(Date.parse(saved.data.savedAt ?? '1970-01-01T00:00:00Z') - CURSOR_MARGIN_MS).toISOString();
      for (const collection of sync.collections.values()) for (const key of collection.changedSince(since)) sync.pending.add(`${collection.kind}:${key}`);
    } else {
      // Joining a shop: everything this counter already has becomes the shop's too.
      for (const collection of sync.collections.values()) for (const key of collection.keys()) sync.pending.add(`${collection.kind}:${key}`);
    }
    for (const collection of sync.collections.values()) {
      const off = collection.onChange((keys) => {
        for (const key of keys) sync.pending.add(`${collection.kind}:${key}`);
        // A change made while offline must still be pushed after a restart (and `changedSince` covers the gap).
        sync.saveCursorSoon();
        deps.onLocalChange?.();
      });
      sync.unsubscribes.push(off);
    }
    return sync;
  }

  /** When this counter last exchanged everything with the shop ("last synced hh:mm"). */
  get lastSyncedAt(): string | undefined {
    return this.lastSynced;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** One round: push what changed here, then pull and merge what changed elsewhere. Throws when the server cannot be reached (nothing is lost). */
  async syncOnce(): Promise<{ pushed: number; pulled: number }> {
    let client: Awaited<ReturnType<ShopSyncDeps['connect']>> | undefined;
    try {
      client = await this.deps.connect();
      await assertKnownShopSchema(client);
      const copied = await this.settlePosition(client);
      const pushed = await this.push(client);
      const pulled = await this.pull(client);
      this.lastSynced = this.deps.clock.now().toISOString();
      await this.trimWhenDue();
      return { pushed, pulled: pulled + copied };
    } finally {
      await this.saveCursor();
      await client?.end().catch(() => undefined);
    }
  }

  /** Stops listening; resolves when the cursor is on disk. */
  async close(): Promise<void> {
    for (const off of this.unsubscribes) off();
    await this.saveCursor();
  }

  private async push(client: Queryable): Promise<number> {
    let pushed = 0;
    for (const entry of [...this.pending]) {
      const split = entry.indexOf(':');
      const collection = this.collections.get(entry.slice(0, split));
      const key = entry.slice(split + 1);
      const value = collection?.get(key);
      if (collection && value !== undefined && !collection.same(value, this.exchanged.get(entry))) {
        await client.query('BEGIN');
        try {
          // One transaction: a counter copying shop_links at any moment finds each change there too.
          await pushChange(client, collection.kind, key, value);
          await collection.publish?.(client, value);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        }
        this.remember(entry, value);
        pushed += 1;
      }
      this.pending.delete(entry);
    }
    return pushed;
  }

  /**
   * Where this counter reads from. A counter new to the shop copies the links it keeps from
   * shop_links and reads every other kind from the start (customers, accounts), then reads
   * changes from where the copy was taken; a cursor of an older PayDesk becomes a position.
   * Returns how many things were copied.
   */
  private async settlePosition(client: Queryable): Promise<number> {
    if (this.position) return 0;
    if (this.legacySeq !== undefined) {
      this.position = await positionAfterSeq(client, this.legacySeq);
      return 0;
    }
    const start = await currentPosition(client);
    // Callbacks already stored were judged by the counters that had their links.
    let copied = await this.readFrom(client, SHOP_START, { withoutLinks: true, callbacks: false });
    const links = this.collections.get('link');
    if (links?.putMany) {
      const since = new Date(this.deps.window?.since ?? 0).toISOString();
      copied += await copyKeptLinks(client, since, async (records) => {
        // Copies stored as the shop has them are not pushed back.
        for (const key of await links.putMany!(records)) this.pending.delete(`link:${key}`);
        this.deps.onPulled?.('link');
      });
    }
    this.position = start;
    await this.saveCursor();
    return copied;
  }

  private async pull(client: Queryable): Promise<number> {
    return this.readFrom(client, this.position ?? SHOP_START, { withoutLinks: false, callbacks: true }, (at) => (this.position = at));
  }

  /** Reads and merges changes page by page from `from`, telling `moved` where each page ended. */
  private async readFrom(
    client: Queryable,
    from: ChangePosition,
    options: { withoutLinks: boolean; callbacks: boolean },
    moved?: (at: ChangePosition) => void,
  ): Promise<number> {
    let read = 0;
    let at = from;
    for (;;) {
      const changes = await pullChanges(client, at, { withoutLinks: options.withoutLinks });
      const callbacks: number[] = [];
      for (const change of changes) {
        const collection = this.collections.get(change.kind);
        if (collection) await this.apply(collection, change.ref, change.body);
        else if (change.kind === 'callback') callbacks.push(Number(change.ref));
        read += 1;
      }
      // Before the cursor moves past them: a round that fails here reads them again next time.
      if (options.callbacks) await this.deps.onCallbacks?.(client, callbacks);
      if (changes.length === 0) return read;
      at = positionAfter(changes, at);
      moved?.(at);
    }
  }

  /** Lets go of old closed links the shop's server has (not of one still to be pushed). */
  private async trimWhenDue(): Promise<void> {
    const links = this.collections.get('link');
    const now = this.deps.clock.now().getTime();
    if (!links?.trim || now - this.lastTrim < TRIM_EVERY_MS) return;
    this.lastTrim = now;
    const dropped = await links.trim((key) => this.pending.has(`link:${key}`));
    if (dropped > 0) this.deps.logger.log('info', 'shop-sync.trimmed', { links: dropped });
  }

  /** Merges a pulled copy into the local one; a copy that does not read as one is logged and left out. */
  private async apply(collection: SyncedCollection, key: string, body: unknown): Promise<void> {
    const parsed = collection.schema.safeParse(body);
    if (!parsed.success || collection.keyOf(parsed.data) !== key) {
      this.deps.logger.log('warn', 'shop-sync.bad-change', { kind: collection.kind, key: key.slice(0, 64) });
      return;
    }
    const remote = parsed.data;
    await collection.put(remote);
    this.deps.onPulled?.(collection.kind);
    // The shop now has `remote`: a local copy equal to it is not pushed back; one the merge made
    // richer (this counter's events) is, once.
    const entry = `${collection.kind}:${key}`;
    this.remember(entry, remote);
    const now = collection.get(key);
    if (now !== undefined && !collection.same(now, remote)) this.pending.add(entry);
    else this.pending.delete(entry);
  }

  private remember(entry: string, value: unknown): void {
    this.exchanged.delete(entry);
    this.exchanged.set(entry, value);
    if (this.exchanged.size > EXCHANGED_KEPT) this.exchanged.delete(this.exchanged.keys().next().value!);
  }

  private saveCursorSoon(): void {
    if (this.cursorTimer) return;
    this.cursorTimer = setTimeout(() => void this.saveCursor(), CURSOR_WRITE_MS);
    this.cursorTimer.unref?.();
  }

  private saveCursor(): Promise<void> {
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    this.cursorTimer = undefined;
    this.saving = this.saving.then(async () => {
      const cursor = { after: this.position, pending: [...this.pending], savedAt: this.deps.clock.now().toISOString() };
      await writeAtomically(join(this.deps.dataDir, CURSOR_FILE), JSON.stringify(cursor)).catch((error: unknown) =>
        this.deps.logger.log('warn', 'shop-sync.cursor-failed', { error: String(error).slice(0, 200) }),
      );
    });
    return this.saving;
  }
}
