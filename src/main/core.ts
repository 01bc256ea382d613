import { channels, type Channel, type HandlerTable } from '@shared/contract';
import type { OutboxSummary } from '@shared/domain/outbox-item';
import { accountAddressResolver } from './accounts/account-address';
import { AccountSecrets } from './accounts/account-secrets';
import { AccountService } from './accounts/account-service';
import { settleLegacySecrets } from './accounts/legacy-secrets';
import { applyPendingRestore } from './backup/pending-restore';
import { desktopDefaults, type DesktopHost } from './desktop-host';
import { ConnectionTester } from './accounts/connection-tester';
import { systemClock, type Clock } from './clock';
import { withRedaction } from './credentials/redacting-vault';
import type { CredentialVault } from './credentials/vault';
import { createDispatcher, type Invoke } from './dispatcher';
import { EventHub } from './event-hub';
import { accountHandlers } from './handlers/account-handlers';
import { appHandlers } from './handlers/app-handlers';
import { contactHandlers } from './handlers/contact-handlers';
import { historyHandlers } from './handlers/history-handlers';
import { linkHandlers } from './handlers/link-handlers';
import { outboxHandlers } from './handlers/outbox-handlers';
import { linkActionHandlers } from './handlers/link-action-handlers';
import { printHandlers } from './handlers/print-handlers';
import { productHandlers } from './handlers/product-handlers';
import { receiptHandlers } from './handlers/receipt-handlers';
import { providerToolHandlers } from './handlers/provider-tool-handlers';
import { reportHandlers } from './handlers/report-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import { shopHandlers } from './handlers/shop-handlers';
import { shopServerHandlers } from './handlers/shop-server-handlers';
import { supportHandlers } from './handlers/support-handlers';
import { createHttpClient, type FetchLike } from './http/http-client';
import { LinkActions } from './links/link-actions';
import { createLinkModule } from './links/link-module';
import { createFileLogger, type Logger } from './log/logger';
import type { OutboxPolicy } from './outbox/outbox-policy';
import { Redactor } from './log/redactor';
import { historyPrintLinks } from './printing/print-links';
import { createReceiptPrinting } from './printing/receipt/receipt-printing';
import type { ReceiptTimeouts } from './printing/receipt/receipt-timeouts';
import { createBuiltInAdapters } from './providers/adapters';
import { AccountContexts } from './accounts/account-context';
import type { AnyProviderAdapter } from './providers/provider';
import { createProviderRegistry } from './providers/registry';
import { AccountsStore } from './store/accounts-store';
import { ContactsStore } from './store/contacts-store';
import { lockDataFolder, type DataFolderLock } from './store/data-folder-lock';
import { HistoryStore } from './store/history/history-store';
import { NoticeBoard } from './store/notice-board';
import { ProductsStore } from './store/products-store';
import { SettingsStore } from './store/settings-store';
import { paidAlertOf } from '@shared/domain/paid-alert';
import { StatusChecker } from './status/status-checker';
import { StatusPoller, type StatusPolicy } from './status/status-poller';
import { stampedWithCounter } from './history-ports';
import { ShopService, type ShopTiming } from './shop/shop-service';
import { ShopCallbackIntake } from './shop/shop-callback-intake';
import { ShopHosting } from './shop/shop-hosting';
import { ShopServerHost, type ShopServerOptions } from './shop/shop-server-host';
import { CallbackApplier } from './callbacks/callback-applier';
import { memorySeenCallbacks } from './callbacks/seen-callbacks';
import { paynetConfirmationOf } from './callbacks/paynet-confirmation';
import { paidNotification } from './status/paid-notification';

/** The desktop's parts (`DesktopHost`, each optional) and what the core is built from. */
export interface CoreDeps extends Partial<DesktopHost> {
  dataDir: string;
  vault: CredentialVault;
  fetch?: FetchLike;
  clock?: Clock;
  appVersion?: string;
  platform?: string;
  adapters?: readonly AnyProviderAdapter[];
  /** Receipt printer (ESC/POS) connect and write deadlines; tests shorten them. */
  receiptTimeouts?: Partial<ReceiptTimeouts>;
  /** Outbox pacing (backoff, concurrency, rate); tests shorten it, benchmarks lift the rate. */
  outboxPolicy?: Partial<OutboxPolicy>;
  /** Status polling intervals and backoff; tests shorten them. */
  statusPolicy?: Partial<StatusPolicy>;
  /** `false` keeps the status poller from starting (tests that must not see background look-ups). */
  statusPolling?: boolean;
  /** How long a data-folder lock left by a crashed PayDesk on another computer blocks a start; tests shorten it. */
  lockStaleMs?: number;
  /** How often and how patiently the shop's counters sync (tests shorten it). */
  shopTiming?: Partial<ShopTiming>;
  /** The shop server this PC may run (port, pairing code validity); tests pick a free port and short codes. */
  shopServer?: ShopServerOptions;
}

export interface Core {
  /** Exactly what the window calls: validates, runs, never throws. */
  invoke: Invoke;
  events: EventHub;
  logger: Logger;
  settings: SettingsStore;
  /** The customer book (the link service remembers each link's customer in it). */
  contacts: ContactsStore;
  channels: readonly Channel[];
  stop(): Promise<void>;
}

/**
 * Builds every service and the handler table, with no Electron: tests, the e2e bridge and the app
 * share it. One core per data folder: a second one is refused with `data-folder-in-use` before it
 * reads or writes anything (two would both drain the outbox and create every link twice).
 */
export async function createCore(deps: CoreDeps): Promise<Core> {
  let logger: Logger | undefined;
  const folderLock = await lockDataFolder(deps.dataDir, {
    staleMs: deps.lockStaleMs,
    onLost: (error) => logger?.log('error', 'data-folder.lock-lost', error),
  });
  try {
    const core = await buildCore(deps, folderLock);
    logger = core.logger;
    return core;
  } catch (error) {
    await folderLock.release();
    throw error;
  }
}

async function buildCore(deps: CoreDeps, folderLock: DataFolderLock): Promise<Core> {
  const clock = deps.clock ?? systemClock;
  const redactor = new Redactor();
  const logger = createFileLogger(deps.dataDir, redactor, clock);
  // A restore staged before the last restart replaces the store files before any store opens.
  const restore = await applyPendingRestore(deps.dataDir);
  if (restore.applied) logger.log('info', 'restore.applied', { previousDataIn: restore.asideDir });
  const vault = withRedaction(deps.vault, redactor);
  const events = new EventHub();
  const notices = new NoticeBoard();
  notices.onChange((list) => events.emit('notices:changed', list));

  const settingsStore = await SettingsStore.open(deps.dataDir, notices, clock);
  const accountsStore = await AccountsStore.open(deps.dataDir, notices, clock);
  const contactsStore = await ContactsStore.open(deps.dataDir, notices, clock);
  const historyStore = await HistoryStore.open(deps.dataDir, notices, clock);
  const productsStore = await ProductsStore.open(deps.dataDir, notices, clock);
  // Payments the shop's relay received, judged with this computer's keys (built before the
  // contexts it uses: only called once the shop sync runs).
  const callbackIntake = new ShopCallbackIntake(
    new CallbackApplier({
      history: historyStore,
      paytrKeys: async (accountId) => {
        const account = accountsStore.get(accountId);
        if (!account) return undefined;
        const secrets = await accounts.secretsFor(account).catch(() => undefined);
        return secrets?.merchantKey && secrets.merchantSalt ? { merchantKey: secrets.merchantKey, merchantSalt: secrets.merchantSalt } : undefined;
      },
      confirmPaynet: async (record) => {
        const opened = await contexts.open(record.accountId).catch(() => undefined);
        if (!opened?.provider.lookup) return { kind: 'unavailable' };
        return paynetConfirmationOf(await opened.provider.lookup({ reference: record.reference, providerRefs: record.providerRefs, createdAt: record.createdAt }));
      },
      clock,
      seen: memorySeenCallbacks(),
      onPaid: (record) => {
        events.emit('links:paid', paidAlertOf(record));
        deps.notify?.(paidNotification(record, settingsStore.get().language));
      },
    }),
    logger,
  );
  // This PC as the shop's server (the bundled PostgreSQL), when the owner made it one.
  const shopServer = await ShopServerHost.open({ dataDir: deps.dataDir, vault, logger, notices, clock, options: deps.shopServer, openAtLogin: deps.openAtLogin });
  const shop = await ShopService.open({
    dataDir: deps.dataDir,
    notices,
    clock,
    logger,
    vault,
    history: historyStore,
    accounts: accountsStore,
    contacts: contactsStore,
    language: () => settingsStore.get().language,
    confirm: deps.confirmShopServer,
    onStatus: (status) => events.emit('shop:changed', status),
    // An account another counter of the shop added or changed shows here without a reload.
    onPulled: (kind) => kind === 'account' && events.emit('accounts:changed', {}),
    callbacks: callbackIntake,
    timing: deps.shopTiming,
    // The status says so on the server PC, so its Settings can hand out codes after joining.
    hostedAddress: () => shopServer.networkAddress(),
  });
  const shopHosting = new ShopHosting({
    host: shopServer,
    shop,
    confirm: deps.confirmShopServer,
    language: () => settingsStore.get().language,
    shopName: () => settingsStore.get().shopName,
  });
  const http = createHttpClient(deps.fetch);
  const registry = createProviderRegistry(deps.adapters ?? createBuiltInAdapters());
  const addressOf = accountAddressResolver(registry);
  const accounts = new AccountService({
    store: accountsStore,
    secrets: new AccountSecrets(vault, addressOf),
    addressOf,
    clock,
    language: () => settingsStore.get().language,
    confirmOriginChange: deps.confirmOriginChange,
  });
  // Keychain entries from before origin binding: bound now, or deleted after a restore.
  await settleLegacySecrets(deps.dataDir, accounts, restore.applied, logger);
  // Providers are asked to report payments to the shop's relay, when it has one.
  const contexts = new AccountContexts(accountsStore, accounts, registry, http, clock, (provider) => shop.callbackUrl(provider));
  const tester = new ConnectionTester(contexts, clock);
  const links = await createLinkModule({
    dataDir: deps.dataDir,
    notices,
    clock,
    logger,
    accounts: accountsStore,
    registry,
    contexts,
    // Links made here carry this counter's name when the shop's counters share their data.
    history: stampedWithCounter(historyStore, () => shop.counterName()),
    contacts: contactsStore,
    isOnline: deps.isOnline,
    notify: deps.notify,
    language: () => settingsStore.get().language,
    policy: deps.outboxPolicy,
    onOutboxChanged: (summary) => events.emit('outbox:changed', summary),
    reminderRules: () => settingsStore.get().reminders ?? {},
    // Built below; only called when a due reminder is sent.
    openReminder: (reference, channel, to) => linkActions.openReminder(reference, channel, to),
    shop,
    sendableAccounts: async () => {
      const usable = await Promise.all(accountsStore.list().map((a) => accounts.secretsFor(a).then(() => a.id, () => undefined)));
      return usable.filter((id): id is string => id !== undefined);
    },
  });
  shop.setQueueWork(links.shopWork);
  historyStore.onChange((references) => {
    events.emit('history:changed', { references: references.slice(0, 1000) });
    // A link paid, expired or cancelled takes its planned reminders with it.
    links.reminders.dropStale(references).catch((error: unknown) => logger.log('warn', 'reminders.drop-failed', { error: String(error).slice(0, 200) }));
  });
  const statusChecker = new StatusChecker({
    history: historyStore,
    contexts,
    clock,
    settings: settingsStore,
    notify: deps.notify,
    onPaid: (record) => events.emit('links:paid', paidAlertOf(record)),
  });
  const statusPoller = new StatusPoller({ history: historyStore, checker: statusChecker, clock, logger, policy: deps.statusPolicy, health: links.health });
  const linkActions = new LinkActions({
    history: historyStore,
    contacts: contactsStore,
    contexts,
    checker: statusChecker,
    settings: settingsStore,
    clock,
    openExternal: deps.openExternal ?? desktopDefaults.openExternal,
    logger,
    afterShare: (reference, channel, to) => links.reminders.afterSend(reference, channel, to),
  });

  const handlers = {
    ...appHandlers({
      dataDir: deps.dataDir,
      appVersion: deps.appVersion ?? '0.0.0-dev',
      platform: deps.platform ?? process.platform,
      vault,
      notices,
      openExternal: deps.openExternal ?? desktopDefaults.openExternal,
      accountHosts: () => accountsStore.list().flatMap((a) => (a.baseUrl ? [new URL(a.baseUrl).hostname] : [])),
    }),
    ...settingsHandlers(settingsStore, events),
    ...accountHandlers(accounts, tester, events),
    ...providerToolHandlers(contexts),
    ...contactHandlers(contactsStore),
    ...productHandlers({ store: productsStore, settings: settingsStore, saveFile: deps.saveFile, openFile: deps.openFile }),
    ...linkHandlers(links.service, { amountLimitMinor: () => settingsStore.get().amountLimitMinor }),
    ...outboxHandlers(links.actions, links.reminders, links.summary),
    ...printHandlers({
      printer: deps.printer,
      saveFile: deps.saveFile,
      links: historyPrintLinks(historyStore, clock),
      settings: settingsStore,
      logger,
    }),
    ...receiptHandlers({
      receipts: createReceiptPrinting({ settings: settingsStore, clock, timeouts: deps.receiptTimeouts }),
      links: historyPrintLinks(historyStore, clock),
      history: historyStore,
      logger,
    }),
    ...supportHandlers({
      dataDir: deps.dataDir,
      clock,
      appVersion: deps.appVersion ?? '0.0.0-dev',
      platform: deps.platform ?? process.platform,
      logger,
      redactor,
      language: () => settingsStore.get().language,
      keychainAvailable: () => vault.available(),
      accounts: () => accountsStore.list(),
      secretsStored: (id) => accounts.secretsStored(id),
      counts: () => ({
        ...storeCounts(accountsStore, contactsStore, historyStore, productsStore, links.summary()),
        // Forged or unreadable provider callbacks (each also in the log lines: id, provider, why).
        'callbacks.refused': callbackIntake.refused().length,
      }),
      notices: () => notices.list(),
      writeSnapshots: async () => {
        await links.outbox.snapshot();
        await historyStore.snapshot();
      },
      saveFile: deps.saveFile,
      openFile: deps.openFile,
      restart: deps.restart,
    }),
    ...historyHandlers({ history: historyStore, settings: settingsStore, clock, saveFile: deps.saveFile }),
    ...linkActionHandlers(linkActions),
    ...reportHandlers({ history: historyStore, settings: settingsStore, saveFile: deps.saveFile, printer: deps.printer }),
    ...shopHandlers(shop),
    ...shopServerHandlers(shopHosting),
  } satisfies HandlerTable;

  for (const notice of notices.list()) logger.log('warn', 'store.recovered', notice);
  logger.log('info', 'core.started', { channels: Object.keys(handlers).length });
  await links.start();
  if (deps.statusPolling !== false) statusPoller.start();
  // The server first: this counter joined it over loopback.
  await shopServer.start();
  await shop.start();

  return {
    invoke: createDispatcher(handlers, logger),
    events,
    logger,
    settings: settingsStore,
    contacts: contactsStore,
    channels: Object.keys(channels) as Channel[],
    async stop() {
      // The poller and the worker first (they write history and the outbox), then the stores they write.
      await statusPoller.stop();
      await links.stop();
      // The last round's cursor and pending list reach the disk before the history closes.
      await shop.stop();
      // The shop server (this PC's PostgreSQL, if it is one) keeps serving the other counters.
      await historyStore.close();
      // Adapters that hold connections (İşbank's client-certificate pools) let go of them.
      await Promise.allSettled(registry.list().map((adapter) => adapter.dispose?.()));
      logger.log('info', 'core.stopped');
      await logger.flush();
      await folderLock.release();
    },
  };
}

/** Entries per store for the diagnostics report. */
function storeCounts(
  accounts: AccountsStore,
  contacts: ContactsStore,
  history: HistoryStore,
  products: ProductsStore,
  outbox: OutboxSummary,
): Record<string, number> {
  const counts: Record<string, number> = {
    accounts: accounts.list().length,
    contacts: contacts.size,
    history: history.size,
    products: products.size,
  };
  for (const [state, count] of Object.entries(outbox.counts)) counts[`outbox.${state}`] = count ?? 0;
  return counts;
}
