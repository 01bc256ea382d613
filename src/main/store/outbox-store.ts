import { z } from 'zod';
import { outboxItemSchema, outboxStates, type OutboxItem, type OutboxState, type OutboxSummary } from '../../shared/domain/outbox-item';
import { AppFailure } from '../../shared/result';
import type { Clock } from '../clock';
import type { NoticeBoard } from './notice-board';
import { VersionedDocument, type DocumentSpec } from './versioned-document';

const outboxFileSchema = z.object({ items: z.array(outboxItemSchema) });
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
      ? `{"schemaVersion":${file.schemaVersion},"data":{"items":[${file.data.items.map(jsonOf).join(',')}]}}`
      : JSON.stringify(file),
};

/** Settled items (created / cancelled) older than this are dropped when the store opens. */
export const SETTLED_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export const settledStates: readonly OutboxState[] = ['created', 'cancelled'];

/**
 * At most this many settled items stay in the file (the newest); the rest are in history. Keeps
 * every write small however many links were made, since the file is rewritten on each change.
 */
export const SETTLED_KEEP_COUNT = 50;
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
 * each caller is answered only once the file holding its change is on disk (fsync + rename).
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

  private constructor(private readonly doc: VersionedDocument<OutboxFile>) {
    this.items = new Map(doc.value.items.map((item) => [item.id, item]));
  }

  static async open(dataDir: string, notices: NoticeBoard, clock: Clock): Promise<OutboxStore> {
    const store = new OutboxStore(await VersionedDocument.open(dataDir, outboxFileSpec, notices, clock));
    const cutoff = clock.now().getTime() - SETTLED_KEEP_MS;
    const old = (item: OutboxItem) => settledStates.includes(item.state) && Date.parse(item.updatedAt) < cutoff;
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
  removeWhere(predicate: (item: OutboxItem) => boolean): Promise<number> {
    return this.mutate((draft) => {
      const gone = [...draft.values()].filter(predicate).map((item) => item.id);
      for (const id of gone) draft.delete(id);
      return { value: gone.length, changed: gone };
    });
  }

  summary(draining: boolean): OutboxSummary {
    const counts: Partial<Record<OutboxState, number>> = {};
    for (const item of this.items.values()) counts[item.state] = (counts[item.state] ?? 0) + 1;
    const pending = outboxStates
      .filter((state) => !settledStates.includes(state))
      .reduce((sum, state) => sum + (counts[state] ?? 0), 0);
    return { counts, pending, draining };
  }

  /** Called after each write with the ids it changed. */
  onChange(listener: (ids: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits for every change asked for so far; later changes are refused. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.pending.length > 0) this.startFlush(true);
    while (this.flushing) await this.flushing;
    await this.doc.settled();
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
            await this.doc.commit({ items: [...draft.values()] });
          } catch (error) {
            for (const a of applied) a.mutation.reject(error);
            continue;
          }
          this.items = draft;
        }
        for (const a of applied) a.mutation.resolve(a.value);
        if (changed.length > 0) this.tell(changed);
      }
    } finally {
      this.flushing = undefined;
    }
  }
}

/** Drops the oldest settled items beyond the keep count (only once there are a few too many). */
function pruneSettled(draft: Draft): string[] {
  const settled = [...draft.values()].filter((item) => settledStates.includes(item.state));
  if (settled.length < SETTLED_PRUNE_AT) return [];
  settled.sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
  const gone = settled.slice(0, settled.length - SETTLED_KEEP_COUNT).map((item) => item.id);
  for (const id of gone) draft.delete(id);
  return gone;
}
