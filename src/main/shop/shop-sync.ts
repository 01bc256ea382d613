import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ClientBase } from 'pg';
import { z } from 'zod';
import { linkRecordSchema, type LinkRecord, type LinkSummary } from '@shared/domain/link-record';
import type { Clock } from '../clock';
import type { LinkHistory } from '../history-ports';
import type { Logger } from '../log/logger';
import { writeAtomically } from '../store/atomic-json-file';
import { mergeLinkRecord } from './merge-rules';
import { pullChanges, pushChange } from './shop-changes';
import { assertKnownShopSchema } from './shop-migrations';

/** The history as the sync reads and writes it (HistoryStore). */
export interface SyncedHistory extends LinkHistory {
  onChange(listener: (references: string[]) => void): () => void;
  find(predicate: (record: LinkSummary) => boolean): LinkSummary[];
}

export interface ShopSyncDeps {
  dataDir: string;
  history: SyncedHistory;
  /** A connection with the shop's own role; closed after each round. */
  connect: () => Promise<ClientBase & { end(): Promise<void> }>;
  clock: Clock;
  logger: Pick<Logger, 'log'>;
}

/** What survives a restart: where the pull stopped, and what still has to be pushed. */
const cursorSchema = z.object({ lastSeen: z.number().int().nonnegative(), pending: z.array(z.string().max(64)).max(200_000) });
const CURSOR_FILE = 'shop-sync.json';

/**
 * Shares this counter's links with the shop's other counters through the shop database: every
 * local change is pushed as the whole record, every pulled record is merged into the local one
 * (status forward, timelines a union), so all counters converge whatever the order. Works offline:
 * what changed meanwhile waits in `pending` (on disk) and goes when the server answers again.
 */
export class ShopSync {
  private lastSeen = 0;
  private readonly pending = new Set<string>();
  /** The version of each record last exchanged: a change that only echoes a pulled record is not pushed back. */
  private readonly exchanged = new Map<string, LinkRecord>();
  /** Cursor writes, one after the other. */
  private saving: Promise<void> = Promise.resolve();
  private lastSynced: string | undefined;
  private unsubscribe: (() => void) | undefined;

  private constructor(private readonly deps: ShopSyncDeps) {}

  static async open(deps: ShopSyncDeps): Promise<ShopSync> {
    const sync = new ShopSync(deps);
    const saved = await readFile(join(deps.dataDir, CURSOR_FILE), 'utf8').then(
      (text) => cursorSchema.safeParse(JSON.parse(text)),
      () => undefined,
    );
    if (saved?.success) {
      sync.lastSeen = saved.data.lastSeen;
      for (const reference of saved.data.pending) sync.pending.add(reference);
    } else {
      // Joining a shop: every link this counter already has becomes the shop's too.
      for (const summary of deps.history.find(() => true)) sync.pending.add(summary.reference);
    }
    sync.unsubscribe = deps.history.onChange((references) => {
      for (const reference of references) sync.pending.add(reference);
      // A change made while offline must still be pushed after a restart.
      void sync.saveCursor();
    });
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
      const pushed = await this.push(client);
      const pulled = await this.pull(client);
      this.lastSynced = this.deps.clock.now().toISOString();
      return { pushed, pulled };
    } finally {
      await this.saveCursor();
      await client?.end().catch(() => undefined);
    }
  }

  /** Stops listening; resolves when the cursor is on disk. */
  async close(): Promise<void> {
    this.unsubscribe?.();
    await this.saving;
  }

  private async push(client: ClientBase): Promise<number> {
    let pushed = 0;
    for (const reference of [...this.pending]) {
      const record = this.deps.history.get(reference);
      if (record && !same(record, this.exchanged.get(reference))) {
        await pushChange(client, 'link', reference, record);
        this.exchanged.set(reference, record);
        pushed += 1;
      }
      this.pending.delete(reference);
    }
    return pushed;
  }

  private async pull(client: ClientBase): Promise<number> {
    let pulled = 0;
    for (;;) {
      const changes = await pullChanges(client, this.lastSeen);
      if (changes.length === 0) return pulled;
      for (const change of changes) {
        if (change.kind === 'link') await this.apply(change.ref, change.body);
        this.lastSeen = change.seq;
        pulled += 1;
      }
    }
  }

  /** Merges a pulled record into the local one; a record that does not read as one is logged and left out. */
  private async apply(reference: string, body: unknown): Promise<void> {
    const parsed = linkRecordSchema.safeParse(body);
    if (!parsed.success || parsed.data.reference !== reference) {
      this.deps.logger.log('warn', 'shop-sync.bad-change', { reference: reference.slice(0, 64) });
      return;
    }
    const remote: LinkRecord = parsed.data;
    const { history } = this.deps;
    const local = history.get(reference);
    if (!local) {
      await history.append(remote);
    } else if (!same(mergeLinkRecord(local, remote), local)) {
      await history.update(reference, (latest) => mergeLinkRecord(latest, remote));
    }
    // The shop now has `remote`: a local record equal to it is not pushed back; one the merge made
    // richer (this counter's events) is, once.
    this.exchanged.set(reference, remote);
    const now = history.get(reference);
    if (now && !same(now, remote)) this.pending.add(reference);
    else this.pending.delete(reference);
  }

  private saveCursor(): Promise<void> {
    this.saving = this.saving.then(async () => {
      const cursor = { lastSeen: this.lastSeen, pending: [...this.pending] };
      await writeAtomically(join(this.deps.dataDir, CURSOR_FILE), JSON.stringify(cursor)).catch((error: unknown) =>
        this.deps.logger.log('warn', 'shop-sync.cursor-failed', { error: String(error).slice(0, 200) }),
      );
    });
    return this.saving;
  }
}

/**
 * The same record, whatever the key order or keys left undefined, and whenever each store last
 * wrote it (`updatedAt` is stamped by every local write, so it is not what a counter says).
 */
function same(a: LinkRecord, b: LinkRecord | undefined): boolean {
  const plain = ({ updatedAt: _written, ...rest }: LinkRecord): unknown => JSON.parse(JSON.stringify(rest));
  return b !== undefined && isDeepStrictEqual(plain(a), plain(b));
}
