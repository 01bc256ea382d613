import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '@shared/domain/language';
import type { LinkSummary } from '@shared/domain/link-record';
import { outboxItemSchema, type OutboxItem, type UnknownDecision } from '@shared/domain/outbox-item';
import type { ShopJoin, ShopQueueItem, ShopStatus } from '@shared/domain/shop';
import { userText } from '@shared/i18n/user-text';
import { AppFailure, type UserText } from '@shared/result';
import type { Clock } from '../clock';
import type { CredentialVault } from '../credentials/vault';
import type { Logger } from '../log/logger';
import type { AccountsStore } from '../store/accounts-store';
import type { ContactsStore } from '../store/contacts-store';
import type { NoticeBoard } from '../store/notice-board';
import { parseShopUrl, shopAddressText, type ShopAddress } from './shop-address';
import { offerItem, openShopItems, resolveUnknownItem, shopItemNow } from './shop-claims';
import { connectShop, shopProblem, ShopPool, ShopUnreachable, type ShopSession } from './shop-connection';
import { shopCallbackBase } from './shop-callbacks';
import type { ShopCallbackIntake } from './shop-callback-intake';
import { CounterWindow } from './counter-window';
import { searchShopHistory } from './shop-history-search';
import { ShopQueue, type ShopQueueWork } from './shop-queue';
import { assertKnownShopSchema } from './shop-migrations';
import { ShopSettingsStore, type ShopConnection } from './shop-settings-store';
import { accountCollection, customerCollection, linkCollection, type SyncedHistory } from './shop-collections';
import { ShopSync } from './shop-sync';
import { shopConfirmText, type ConfirmShopServer } from './shop-confirm';
import { deleteShopPassword, saveShopPassword, shopPasswordFor } from './shop-password';
import { shopQueueItems } from './shop-queue-view';
import { defaultShopTiming, type ShopTiming } from './shop-timing';
import { ShopSyncRunner } from './shop-sync-runner';

export type { ConfirmShopServer } from './shop-confirm';
export type { ShopTiming } from './shop-timing';

export interface ShopServiceDeps {
  dataDir: string;
  notices: NoticeBoard;
  clock: Clock;
  logger: Pick<Logger, 'log'>;
  vault: CredentialVault;
  history: SyncedHistory;
  accounts: AccountsStore;
  contacts: ContactsStore;
  language: () => Language;
  /** Absent (no desktop to ask in): joining a shop is refused. */
  confirm?: ConfirmShopServer;
  onStatus: (status: ShopStatus) => void;
  /** Something of `kind` arrived from another counter. */
  onPulled?: (kind: string) => void;
  /** Payments the shop's relay received from the providers (verified and applied here). */
  callbacks?: ShopCallbackIntake;
  timing?: Partial<ShopTiming>;
  /** When this PC is the shop's server: the address other counters type (`ShopServerHost.networkAddress`). */
  hostedAddress?: () => string | undefined;
}

type Live = { sync: ShopSync; runner: ShopSyncRunner; queue?: ShopQueue; pool: ShopPool };

/**
 * This counter's membership in a shop: joins (after main's own confirmation), keeps the sync
 * running while joined, says how it goes, and leaves without touching local data. The shop
 * password lives only in the keychain, bound to the server it was typed for.
 */
export class ShopService {
  private live: Live | undefined;
  private state: ShopStatus['state'] = 'off';
  private problem: UserText | undefined;
  private readonly timing: ShopTiming;
  /** What this counter keeps of the shop's links (the sync) and what it asks the server for instead (History's older links). */
  private readonly window: CounterWindow;
  private work: ShopQueueWork | undefined;
  /** `https://relay…/{provider}/<token>` when the shop has a callback relay. */
  private callbackBase: string | undefined;
  private callbackBaseReadAt = 0;
  private callbackRead: Promise<void> | undefined;

  private constructor(
    private readonly deps: ShopServiceDeps,
    private readonly store: ShopSettingsStore,
  ) {
    this.timing = { ...defaultShopTiming, ...deps.timing };
    this.window = new CounterWindow(deps.clock);
  }

  static async open(deps: ShopServiceDeps): Promise<ShopService> {
    return new ShopService(deps, await ShopSettingsStore.open(deps.dataDir, deps.notices, deps.clock));
  }

  /** The name links made here carry; undefined on one computer alone. */
  counterName(): string | undefined {
    return this.store.connection?.counterName;
  }

  status(): ShopStatus {
    const connection = this.store.connection;
    // Said whether or not this counter is joined: the server runs on this PC either way.
    const address = this.deps.hostedAddress?.();
    const hosting = address ? { hosting: { address } } : {};
    if (!connection) return { state: 'off', pending: 0, ...hosting };
    const lastSyncedAt = this.live?.sync.lastSyncedAt;
    return {
      state: this.state,
      counterName: connection.counterName,
      server: `${connection.host}:${connection.port}/${connection.database}`,
      shop: connection.user,
      pending: this.live?.sync.pendingCount ?? 0,
      ...(this.callbackBase ? { paidReports: true } : {}),
      ...(lastSyncedAt ? { lastSyncedAt } : {}),
      ...(this.problem ? { problem: this.problem } : {}),
      ...hosting,
    };
  }

  /** What this counter does with items it claims from the shop's queue (the link module, built after this service). */
  setQueueWork(work: ShopQueueWork): void {
    this.work = work;
  }

  /**
   * Hands an item to the shop's queue. `ShopUnreachable` when the server was not reached (nothing
   * handed over); a failure after that may have handed it over, so it says so (offering again is harmless).
   */
  async offer(item: OutboxItem): Promise<void> {
    const live = this.live;
    const connection = this.store.connection;
    if (!live || !connection) throw AppFailure.of('unsupported', 'This counter is not part of a shop', { userText: userText('shop.not-joined') });
    let client: ShopSession;
    try {
      client = await live.pool.session();
    } catch (error) {
      throw new ShopUnreachable(error);
    }
    try {
      await offerItem(client, connection.counterId, item.id, item.accountId, item);
    } catch (error) {
      this.deps.logger.log('warn', 'shop.offer-unknown', { id: item.id, error: String(error).slice(0, 200) });
      throw AppFailure.of('ambiguous', 'The shop may or may not have the item', { retryable: true, userText: userText('shop.offer-unknown') });
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /**
   * The owner's decision on an item the shop holds as `unknown`, then what follows on this
   * computer (the history record, this counter's copy). Decided already (here with the answer
   * lost, or at another counter), this computer follows what the shop says now, so trying again
   * after a dropped connection is harmless.
   */
  async resolve(id: string, decision: UnknownDecision): Promise<OutboxItem> {
    const work = this.work;
    if (!work) throw AppFailure.of('internal', 'The shop queue is not wired');
    const now = await this.withSession(async (client) => {
      const resolved = await resolveUnknownItem(client, id, decision);
      return resolved ? { state: decision === 'was-created' ? 'created' : 'queued', item: resolved.item } : shopItemNow(client, id);
    });
    if (!now) throw AppFailure.of('not-found', 'The shop has no such item', { userText: userText('shop.resolve-gone') });
    const item = outboxItemSchema.safeParse(now.item);
    if (!item.success || item.data.id !== id) throw AppFailure.of('internal', 'The shop item does not read as an outbox item');
    if (now.state === 'unknown') throw AppFailure.of('conflict', 'The shop item is still unknown', { retryable: true, userText: userText('shop.resolve-again') });
    const followed: UnknownDecision = now.state === 'created' ? 'was-created' : 'create-again';
    const settled = await work.settleResolved(item.data, followed);
    if (followed !== decision) throw AppFailure.of('conflict', 'Another counter decided otherwise', { userText: userText('shop.resolve-decided') });
    return settled;
  }

  /** The shop's queue: links left to any open counter that are not made yet. */
  async queue(): Promise<ShopQueueItem[]> {
    return shopQueueItems(await this.withSession((client) => openShopItems(client)));
  }

  /** The shop's links this counter does not keep (made before its 12 months, not here), newest first. */
  async searchHistory(text: string, limit: number): Promise<LinkSummary[]> {
    const before = new Date(this.window.since);
    const rows = await this.withSession((client) => searchShopHistory(client, text, limit, before));
    // An old link still open is kept here, and found by the local search already.
    return rows.filter((row) => !this.deps.history.get(row.reference));
  }

  /** One read on the shop's server; its failures in the owner's words (not joined, away, refused). */
  private async withSession<T>(read: (client: ShopSession) => Promise<T>): Promise<T> {
    const live = this.live;
    if (!live) throw AppFailure.of('unsupported', 'This counter is not part of a shop', { userText: userText('shop.not-joined') });
    let client: ShopSession;
    try {
      client = await live.pool.session();
    } catch (error) {
      throw new AppFailure(shopProblem(error).error);
    }
    try {
      return await read(client);
    } catch (error) {
      throw new AppFailure(shopProblem(error).error);
    } finally {
      await client.end();
    }
  }

  /** Where `provider` should report this shop's payments (its relay), or undefined: asked with every create. */
  callbackUrl(provider: string): string | undefined {
    return this.live && this.callbackBase ? this.callbackBase.replace('{provider}', provider) : undefined;
  }

  /** At start: takes up the shop this counter joined before, if any. */
  async start(): Promise<void> {
    const connection = this.store.connection;
    if (!connection) return;
    const password = await shopPasswordFor(this.deps.vault, connection);
    if (password === undefined) {
      this.setState('refused', userText('shop.password-missing'));
      return;
    }
    await this.begin(connection, password);
  }

  /** `confirmed`: main already asked the owner about this server (pairing, hosting here). */
  async join(input: ShopJoin, options: { confirmed?: boolean } = {}): Promise<ShopStatus> {
    const parsed = parseShopUrl(input.url);
    const address = parsed.address;
    const current = this.store.connection;
    const sameServer = current !== undefined && shopAddressText(current) === shopAddressText(address);
    const password = input.password || parsed.password || (sameServer ? await shopPasswordFor(this.deps.vault, current) : undefined);
    if (!password) throw AppFailure.of('credential-missing', 'The shop password is missing', { field: 'password', userText: userText('shop.password-missing') });
    if (!sameServer && !options.confirmed && !(await this.confirmed(address))) {
      throw AppFailure.of('conflict', 'The owner did not confirm the shop server', { userText: userText('shop.not-confirmed') });
    }
    await this.tryServer(address, password);
    await this.end();
    // Another shop's cursor and pending list mean nothing here: start over (local links stay and are shared).
    if (!sameServer) await rm(join(this.deps.dataDir, 'shop-sync.json'), { force: true });
    const counterId = sameServer ? current.counterId : `ctr_${randomBytes(6).toString('hex')}`;
    const connection: ShopConnection = { ...address, counterName: input.counterName, counterId };
    await saveShopPassword(this.deps.vault, address, password);
    await this.store.save(connection);
    await this.begin(connection, password);
    // The server just answered: the first link made after joining already asks for callbacks.
    await this.readCallbackBase();
    return this.status();
  }

  /** Stops sharing. Every local link, customer and draft stays; the shop keeps what it had. */
  async leave(): Promise<ShopStatus> {
    await this.end();
    await this.store.save(undefined);
    await deleteShopPassword(this.deps.vault);
    await rm(join(this.deps.dataDir, 'shop-sync.json'), { force: true });
    this.setState('off');
    return this.status();
  }

  /** A round now (after a local change the sync also notices by itself). */
  kick(): void {
    this.live?.runner.kick();
  }

  async stop(): Promise<void> {
    await this.end();
  }

  private async begin(connection: ShopConnection, password: string): Promise<void> {
    // The sync's round, each lane of the queue and an offer: one connection each, kept open between rounds.
    const pool = new ShopPool(connection, password, this.timing.queueConcurrency + 2, this.timing.connect);
    const connect = () => pool.session();
    // Accounts first: a link pulled in the same round is checked against its account.
    const { window } = this;
    const links = linkCollection(this.deps.history, this.deps.accounts, this.deps.logger, window);
    const collections = [accountCollection(this.deps.accounts), links, customerCollection(this.deps.contacts)];
    // Every local change is pushed at once (the runner's round), not at the next interval.
    const sync = await ShopSync.open({ dataDir: this.deps.dataDir, collections, connect, clock: this.deps.clock, logger: this.deps.logger, window,
      onLocalChange: () => runner.kick(),
      onPulled: this.deps.onPulled,
      onCallbacks: this.deps.callbacks ? (client, ids) => this.deps.callbacks!.take(client, ids) : undefined,
    });
    const runner: ShopSyncRunner = new ShopSyncRunner({
      sync,
      listen: () => connectShop(connection, password, this.timing.connect),
      shop: connection.user,
      logger: this.deps.logger,
      intervalMs: this.timing.intervalMs,
      pacing: { backoffBaseMs: this.timing.backoffBaseMs, backoffMaxMs: this.timing.backoffMaxMs, random: Math.random },
      onRound: (outcome) => {
        if (outcome.ok) {
          // Whatever the round brought (an offered item's doorbell, a server back) may be work here.
          this.live?.queue?.kick();
          void this.readCallbackBase();
          return this.setState('online');
        }
        const { refused, error } = shopProblem(outcome.error);
        this.setState(refused ? 'refused' : 'offline', error.userText);
      },
    });
    const { timing } = this;
    const queue = this.work
      ? new ShopQueue({
          connect,
          counterId: connection.counterId,
          work: this.work,
          times: { leaseMs: timing.leaseMs, skewMs: timing.skewMs },
          logger: this.deps.logger,
          idleMs: timing.queueIdleMs,
          pacing: { backoffBaseMs: timing.backoffBaseMs, backoffMaxMs: timing.backoffMaxMs, random: Math.random },
          concurrency: timing.queueConcurrency,
        })
      : undefined;
    this.live = { sync, runner, queue, pool };
    this.setState('connecting');
    runner.start();
    queue?.start();
    // Not after the first round only (copying a chain's year takes a while): links made meanwhile ask for callbacks too.
    void this.readCallbackBase();
  }

  /**
   * The relay's address changes rarely: read when the shop is taken up, then at most every five
   * minutes after a round that reached the server. A read in flight is shared.
   */
  private readCallbackBase(): Promise<void> {
    const live = this.live;
    if (this.callbackRead) return this.callbackRead;
    if (!live || Date.now() - this.callbackBaseReadAt < 300_000) return Promise.resolve();
    this.callbackBaseReadAt = Date.now();
    this.callbackRead = this.fetchCallbackBase(live).finally(() => (this.callbackRead = undefined));
    return this.callbackRead;
  }

  private async fetchCallbackBase(live: { pool: ShopPool }): Promise<void> {
    const session = await live.pool.session().catch(() => undefined);
    if (!session) return;
    try {
      const before = this.callbackBase;
      this.callbackBase = await shopCallbackBase(session);
      if (this.callbackBase !== before) this.deps.onStatus(this.status());
    } catch {
      // An older schema or a passing failure: no callbacks asked for until the next read.
      this.callbackBaseReadAt = 0;
    } finally {
      await session.end();
    }
  }

  private async end(): Promise<void> {
    const live = this.live;
    this.live = undefined;
    this.callbackBase = undefined;
    this.callbackBaseReadAt = 0;
    if (!live) return;
    await live.queue?.stop();
    await live.runner.stop();
    await live.sync.close();
    await live.pool.close();
  }

  /** Connects once and checks the schema, so a wrong password or address is said while the owner is still at the form. */
  private async tryServer(address: ShopAddress, password: string): Promise<void> {
    let client: Awaited<ReturnType<typeof connectShop>> | undefined;
    try {
      client = await connectShop(address, password, this.timing.connect);
      await assertKnownShopSchema(client);
    } catch (error) {
      throw new AppFailure(shopProblem(error).error);
    } finally {
      await client?.end().catch(() => undefined);
    }
  }

  /** Main's own dialog: share this shop's data with `address`? (absent desktop: no) */
  async confirmed(address: ShopAddress): Promise<boolean> {
    return this.deps.confirm ? this.deps.confirm(shopConfirmText(address, this.deps.language())) : false;
  }

  private setState(state: ShopStatus['state'], problem?: UserText): void {
    this.state = state;
    this.problem = problem;
    this.deps.onStatus(this.status());
  }
}
