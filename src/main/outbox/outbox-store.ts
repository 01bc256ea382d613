import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { outboxItemSchema, pendingOutboxStates, type OutboxItem, type OutboxState, type OutboxSummary } from '@shared/domain/outbox-item';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import { AppendJournal } from '../store/append-journal';
import type { NoticeBoard } from '../store/notice-board';
import { replayOutboxJournal, type JournalEntry } from './outbox-journal';
import { VersionedDocument, type DocumentSpec } from '../store/versioned-document';
import { SETTLED_KEEP_COUNT, SETTLED_KEEP_MS, settledOutboxStates } from './outbox-transitions';

/** `journal.epoch`: the journal lines that follow this snapshot carry the same epoch. */
const outboxFileSchema = z.object({ items: z.array(outboxItemSchema), journal: z.object({ epoch: z.string() }).optional() });
type OutboxFile = z.infer<typeof outboxFileSchema>;

/** Items never change in place (every change makes a new object): their JSON is cached by identity. */
const itemJson = new WeakMap<OutboxItem, string>();
function jsonOf(item: OutboxItem): string {
  let text = itemJson.get(item);
  if (text === undefined) {
    text = JSON.stringify(item);
    itemJson.set(item, text);
  }
  return text;
}

export const outboxFileSpec: DocumentSpec<OutboxFile> = {
  store: 'outbox',
  fileName: 'outbox.json',
  version: 1,
  schema: outboxFileSchema,
  defaults: () => ({ items: [] }),
  migrations: {},
  entries: { key: 'items', schema: outboxItemSchema, nameFields: ['id'] },
  // A drain rewrites the file many times a second: only changed items are stringified again.
  serialize: (file) =>
    file.data && Array.isArray(file.data.items)
      ? `{"schemaVersion":${file.schemaVersion},"data":{${journalField(file.data)}"items":[${file.data.items.map(jsonOf).join(',')}]}}`
      : JSON.stringify(file),
};

const journalField = (data: OutboxFile) => (data.journal ? `"journal":${JSON.stringify(data.journal)},` : '');

/** The changes between two snapshots, next to `outbox.json`. */
export const OUTBOX_JOURNAL_FILE = 'outbox.journal';

/** Journal lines after which the store writes a new snapshot and empties the journal. */
const COMPACT_AT_LINES = 500;

const SETTLED_PRUNE_AT = SETTLED_KEEP_COUNT + 50;
const LAZY_WRITE_MS = 50;

type Draft = Map<string, OutboxItem>;

interface Mutation {
  lazy: boolean;
  run(draft: Draft): { value: unknown; changed: string[] };
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * The outbox: every request to a provider, written before the request leaves. Changes are
 * group-committed: all changes asked for while a write is on its way go into the next write, and
 * each caller is answered only once its change is on disk: one line appended to `outbox.journal`
 * (fdatasync), folded into a new `outbox.json` snapshot (fsync + rename) every few hundred lines,
 * at start and at close.
 * Each change is a function of the latest state, so check-then-change decisions (claim an item,
 * edit only while queued) are atomic.
 */
export class OutboxStore {
  private items: Draft;
  private pending: Mutation[] = [];
  private flushing: Promise<void> | undefined;
  private lazyTimer: ReturnType<typeof setTimeout> | undefined;
  private flushAll = false;
  private closed = false;
  private listeners = new Set<(ids: string[]) => void>();
  /** Absent when the snapshot could be neither read nor set aside: then every change is refused. */
  private journal: AppendJournal | undefined;
  private epoch = '';

  private constructor(
    private readonly doc: VersionedDocument<OutboxFile>,
    items: OutboxItem[],
    private readonly compactAtLines: number,
  ) {
    this.items = new Map(items.map((item) => [item.id, item]));
  }

  static async open(dataDir: string, notices: NoticeBoard, clock: Clock, options: { compactAtLines?: number } = {}): Promise<OutboxStore> {
    const doc = await VersionedDocument.open(dataDir, outboxFileSpec, notices, clock);
    const journalPath = join(dataDir, OUTBOX_JOURNAL_FILE);
    const replayed = doc.writable ? await replayOutboxJournal(journalPath, doc.value, notices, clock) : { items: doc.value.items, journalled: false };
    const store = new OutboxStore(doc, replayed.items, options.compactAtLines ?? COMPACT_AT_LINES);
    if (doc.writable) {
      store.epoch = doc.value.journal?.epoch ?? '';
      // A folder that takes no writes now: changes are tried as whole-file writes, which say why they fail.
      store.journal = await AppendJournal.open(journalPath).catch(() => undefined);
      // After a crash (or a file without an epoch) start from one snapshot holding all that was
      // acknowledged. If the folder takes no writes now, the journal still holds it all: go on.
      if (replayed.journalled || !doc.value.journal) await store.compact().catch(() => undefined);
    }
    const cutoff = clock.now().getTime() - SETTLED_KEEP_MS;
    const old = (item: OutboxItem) => settledOutboxStates.includes(item.state) && Date.parse(item.updatedAt) < cutoff;
    if (store.list().some(old)) await store.removeWhere(old);
    return store;
  }

  get(id: string): OutboxItem | undefined {
    return this.items.get(id);
  }

  /** Every item, oldest first. */
  list(): OutboxItem[] {
    return [...this.items.values()];
  }

  get size(): number {
    return this.items.size;
  }

  /** Adds a new item; `conflict` when the id exists. */
  insert(item: OutboxItem): Promise<OutboxItem> {
    const next = outboxItemSchema.parse(item);
    return this.mutate((draft) => {
      if (draft.has(next.id)) throw AppFailure.of('conflict', 'An outbox item with this reference exists');
      draft.set(next.id, next);
      return { value: next, changed: [next.id] };
    });
  }

  /**
   * Changes one item as a function of its latest state; `change` may throw (e.g. `conflict` when
   * the item is no longer in a state that allows the change) and then nothing is written.
   */
  update(id: string, change: (item: OutboxItem) => OutboxItem, options: { lazy?: boolean } = {}): Promise<OutboxItem> {
    return this.mutate((draft) => {
      const current = draft.get(id);
      if (!current) throw AppFailure.of('not-found', 'No such outbox item');
      const next = outboxItemSchema.parse(change(current));
      if (next.id !== id) throw AppFailure.of('internal', 'An outbox change may not change the id');
      draft.set(id, next);
      return { value: next, changed: [id] };
    }, options.lazy);
  }

  /** Inserts the item, or changes the existing one with the same id. */
  upsert(id: string, make: (existing: OutboxItem | undefined) => OutboxItem): Promise<OutboxItem> {
    return this.mutate((draft) => {
      const next = outboxItemSchema.parse(make(draft.get(id)));
      if (next.id !== id) throw AppFailure.of('internal', 'An outbox change may not change the id');
      draft.set(id, next);
      return { value: next, changed: [id] };
    });
  }

  /** Drops every item matching; answers how many went. */
  /** The next free `<prefix><n>` id (a link's sends and reminders are numbered: `PD…-sms-2`). */
  nextNumberedId(prefix: string): string {
    let highest = 0;
    for (const id of this.items.keys()) if (id.startsWith(prefix)) highest = Math.max(highest, Number(id.slice(prefix.length)) || 0);
    return `${prefix}${highest + 1}`;
  }

  removeWhere(predicate: (item: OutboxItem) => boolean): Promise<number> {
    return this.mutate((draft) => {
      const gone = [...draft.values()].filter(predicate).map((item) => item.id);
      for (const id of gone) draft.delete(id);
      return { value: gone.length, changed: gone };
    });
  }

  summary(draining: boolean): OutboxSummary {
    const counts: Partial<Record<OutboxState, number>> = {};
    // A reminder waiting for its time is planned, not pending: it shows in the badge once it is due.
    let planned = 0;
    for (const item of this.items.values()) {
      counts[item.state] = (counts[item.state] ?? 0) + 1;
      if (item.job.kind === 'remind' && item.state === 'queued') planned += 1;
    }
    const pending = pendingOutboxStates.reduce((sum, state) => sum + (counts[state] ?? 0), 0) - planned;
    return { counts, pending, draining };
  }

  /** Called after each write with the ids it changed. */
  onChange(listener: (ids: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for every change asked for so far; later changes are refused. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.pending.length > 0) this.startFlush(true);
    while (this.flushing) await this.flushing;
    if (this.journal) {
      // Leaves one complete outbox.json (for backups and support); the journal already has it all if this fails.
      if (this.journal.size.lines > 0) await this.compact().catch(() => undefined);
      await this.journal.close();
    }
    await this.doc.settled();
  }

  /** Folds the journal into outbox.json now, so the file alone holds every item (before a backup reads it). */
  async snapshot(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (!this.journal || this.journal.size.lines === 0 || this.closed) return;
    this.flushing = this.compact().finally(() => {
      this.flushing = undefined;
      // Changes asked for meanwhile found a write under way and wait for the next one: start it.
      if (this.pending.length > 0 && (this.flushAll || this.pending.some((m) => !m.lazy))) this.startFlush(false);
    });
    await this.flushing;
  }

  /** Writes every item as a new snapshot with a new epoch, then empties the journal. */
  private async compact(): Promise<void> {
    const epoch = randomUUID();
    await this.doc.commit({ items: [...this.items.values()], journal: { epoch } });
    this.epoch = epoch;
    await this.journal?.clear();
  }

  /** One journal line with the changed items and the ids that went. */
  private async write(draft: Draft, changed: string[]): Promise<void> {
    if (!this.journal) {
      await this.doc.commit({ items: [...draft.values()] }); // refused with the notice's words
      return;
    }
    const ids = [...new Set(changed)];
    const put = ids.map((id) => draft.get(id)).filter((item): item is OutboxItem => item !== undefined);
    const del = ids.filter((id) => !draft.has(id));
    const entry: JournalEntry = { epoch: this.epoch, put, del };
    await this.journal.append(`{"epoch":${JSON.stringify(entry.epoch)},"put":[${put.map(jsonOf).join(',')}],"del":${JSON.stringify(del)}}`);
  }

  private tell(changed: string[]): void {
    for (const listener of this.listeners) {
      try {
        listener(changed);
      } catch {
        // A listener's trouble must not stop the writes.
      }
    }
  }

  /**
   * `lazy`: a change nothing waits on (an item settled after its result is safe in history) rides
   * along with the next write, or is written after LAZY_WRITE_MS if none comes: one write fewer
   * per link when links are made one after another.
   */
  private mutate<T>(run: (draft: Draft) => { value: T; changed: string[] }, lazy = false): Promise<T> {
    if (this.closed) return Promise.reject(AppFailure.of('internal', 'The outbox is closed'));
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ lazy, run, resolve: resolve as (value: unknown) => void, reject });
      if (!lazy) this.startFlush(false);
      else this.lazyTimer ??= setTimeout(() => this.startFlush(true), LAZY_WRITE_MS);
    });
  }

  /** `all`: lazy changes too (their timer ran out, or the store closes). */
  private startFlush(all: boolean): void {
    this.flushAll ||= all;
    if (all && this.lazyTimer) {
      clearTimeout(this.lazyTimer);
      this.lazyTimer = undefined;
    }
    this.flushing ??= this.flush();
  }

  private async flush(): Promise<void> {
    // Yield first: changes asked for in the same tick share the write, and `flushing` is set
    // before this loop can finish.
    await Promise.resolve();
    try {
      while (this.pending.length > 0 && (this.flushAll || this.pending.some((m) => !m.lazy))) {
        this.flushAll = false;
        const batch = this.pending.splice(0);
        const draft = new Map(this.items);
        const applied: Array<{ mutation: Mutation; value: unknown; changed: string[] }> = [];
        for (const mutation of batch) {
          try {
            applied.push({ mutation, ...mutation.run(draft) });
          } catch (error) {
            mutation.reject(error);
          }
        }
        const changed = [...applied.flatMap((a) => a.changed), ...pruneSettled(draft)];
        if (changed.length > 0) {
          try {
            await this.write(draft, changed);
          } catch (error) {
            for (const a of applied) a.mutation.reject(error);
            continue;
          }
          this.items = draft;
        }
        for (const a of applied) a.mutation.resolve(a.value);
        if (changed.length > 0) this.tell(changed);
        // Callers above are answered; changes asked for meanwhile wait for this one snapshot.
        if (this.journal && this.journal.size.lines >= this.compactAtLines) await this.compact().catch(() => undefined);
      }
    } finally {
      this.flushing = undefined;
    }
  }
}

/** Drops the oldest settled items beyond the keep count (only once there are a few too many). */
function pruneSettled(draft: Draft): string[] {
  const settled = [...draft.values()].filter((item) => settledOutboxStates.includes(item.state));
  if (settled.length < SETTLED_PRUNE_AT) return [];
  settled.sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
  const gone = settled.slice(0, settled.length - SETTLED_KEEP_COUNT).map((item) => item.id);
  for (const id of gone) draft.delete(id);
  return gone;
}
