import pg from 'pg';
import type { Clock } from '../../../src/main/clock';
import type { CounterWindow } from '../../../src/main/shop/counter-window';
import { linkCollection, type SyncedCollection } from '../../../src/main/shop/shop-collections';
import { ShopSync } from '../../../src/main/shop/shop-sync';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { makeTempDir } from '../../support/temp-dir';

/** A counter's history and its ShopSync on a data folder, connected to one shop (cut off while `online.value` is false). */
export interface SyncCounter {
  history: HistoryStore;
  sync: ShopSync;
  online: { value: boolean };
  dir: string;
  /** A new connection with the shop's role (the runner's doorbell uses one too). */
  connect(): Promise<pg.Client>;
}

export interface SyncCounterOptions {
  shopUrl: string;
  clock: Clock;
  /** Cleanups run at the end of the file, newest first. */
  cleanups: Array<() => Promise<void>>;
  /** An existing data folder (a restart); a new temporary one otherwise. */
  dir?: string;
  segmentSize?: number;
  window?: CounterWindow;
  /** What is shared besides the links (customers …), opened on the counter's data folder. */
  more?: (dataDir: string) => Promise<SyncedCollection[]>;
}

const logger = { log: () => undefined };

export async function openSyncCounter(options: SyncCounterOptions): Promise<SyncCounter> {
  const temp = options.dir ? undefined : await makeTempDir('paydesk-counter-');
  const dir = options.dir ?? temp!.dir;
  const history = await HistoryStore.open(dir, new NoticeBoard(), options.clock, options.segmentSize ? { segmentSize: options.segmentSize } : {});
  const online = { value: true };
  const connect = async () => {
    if (!online.value) throw new Error('connect ECONNREFUSED 127.0.0.1');
    const client = new pg.Client({ connectionString: options.shopUrl });
    await client.connect();
    return client;
  };
  const collections = [linkCollection(history, undefined, logger, options.window), ...((await options.more?.(dir)) ?? [])];
  const sync = await ShopSync.open({ dataDir: dir, collections, connect, clock: options.clock, logger, window: options.window });
  options.cleanups.push(async () => {
    await sync.close();
    await history.close();
    await temp?.cleanup();
  });
  return { history, sync, online, dir, connect };
}
