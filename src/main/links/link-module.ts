import type { Language } from '@shared/domain/language';
import type { OutboxSummary } from '@shared/domain/outbox-item';
import type { Clock } from '../clock';
import type { Logger } from '../log/logger';
import { desktopDefaults, type Notify } from '../desktop-host';
import { OutboxNotifier } from '../outbox/outbox-notifier';
import { outboxPolicy, type OutboxPolicy } from '../outbox/outbox-policy';
import { resumeOutbox } from '../outbox/outbox-resume';
import { OutboxWorker } from '../outbox/outbox-worker';
import { ProviderGates } from '../outbox/provider-gates';
import type { ProviderHealth } from '../providers/provider-health';
import type { AccountContexts } from '../accounts/account-context';
import type { ProviderRegistry } from '../providers/registry';
import type { AccountsStore } from '../store/accounts-store';
import type { NoticeBoard } from '../store/notice-board';
import { OutboxStore } from '../outbox/outbox-store';
import { StorageFailure, tellStorageFailure } from '../store/storage-failure';
import { OutboxJobs } from '../outbox/outbox-jobs';
import type { ContactBook, LinkHistory } from '../history-ports';
import { OutboxReconciler } from '../outbox/outbox-reconciler';
import { LinkService, type ShopOffer } from './link-service';
import { shopQueueWork } from './shop-work';
import type { ShopQueueWork } from '../shop/shop-queue';
import { OutboxActions } from '../outbox/outbox-actions';
import { afterCreateSends } from './provider-sends';
import { ReminderPlanner } from './reminder-planner';
import type { ReminderRules } from '@shared/domain/reminder';
import type { LinkRecord } from '@shared/domain/link-record';

export interface LinkModuleDeps {
  dataDir: string;
  notices: NoticeBoard;
  clock: Clock;
  logger: Logger;
  accounts: AccountsStore;
  registry: ProviderRegistry;
  contexts: AccountContexts;
  history: LinkHistory;
  contacts: ContactBook;
  isOnline?: () => boolean;
  notify?: Notify;
  language: () => Language;
  policy?: Partial<OutboxPolicy>;
  /** Every outbox change and every start / end of a drain. */
  onOutboxChanged: (summary: OutboxSummary) => void;
  /** The shop's default reminders (Settings). */
  reminderRules?: () => ReminderRules;
  /** Opens WhatsApp / the mail app with a reminder the owner sends (the link actions, built after this module). */
  openReminder?: (reference: string, channel: 'whatsapp' | 'mailto', to: string) => Promise<LinkRecord>;
  /** The shop's queue (links any open counter may send), when this counter shares a shop. */
  shop?: ShopOffer;
  /** Account ids whose keys this computer holds (the shop's items it may claim). */
  sendableAccounts?: () => Promise<string[]>;
}

export interface LinkModule {
  service: LinkService;
  actions: OutboxActions;
  reminders: ReminderPlanner;
  /** What the worker learnt about each provider (down, paused); the status poller shares it. */
  health: ProviderHealth;
  outbox: OutboxStore;
  worker: OutboxWorker;
  summary(): OutboxSummary;
  /** Runs items claimed from the shop's queue through this outbox. */
  shopWork: ShopQueueWork;
  /** Settles what a crash left `sending`, then starts the worker. */
  start(): Promise<void>;
  /** Stops the worker, waits for requests in flight and for every outbox write. */
  stop(): Promise<void>;
}

/** Builds the outbox, the link service and the worker around one set of provider gates. */
export async function createLinkModule(deps: LinkModuleDeps): Promise<LinkModule> {
  const policy = outboxPolicy(deps.policy);
  const isOnline = deps.isOnline ?? desktopDefaults.isOnline;
  const outbox = await OutboxStore.open(deps.dataDir, deps.notices, deps.clock);
  const gates = new ProviderGates(policy, () => deps.clock.now().getTime());
  // Both only run once the worker below exists.
  const kick = () => worker.kick();
  const reminders = new ReminderPlanner({
    outbox,
    history: deps.history,
    accounts: deps.accounts,
    registry: deps.registry,
    clock: deps.clock,
    logger: deps.logger,
    rules: deps.reminderRules ?? (() => ({})),
    kick,
  });
  const afterSend = (reference: string, channel: 'sms' | 'email', to: string) => reminders.afterSend(reference, channel, to);
  const afterCreate = afterCreateSends({ outbox, clock: deps.clock, accounts: deps.accounts, registry: deps.registry, kick, afterSend });
  const jobDeps = {
    outbox,
    history: deps.history,
    contacts: deps.contacts,
    contexts: deps.contexts,
    gates,
    policy,
    clock: deps.clock,
    logger: deps.logger,
    afterCreate,
    afterSend,
    openReminder: deps.openReminder,
    notices: deps.notices,
  };
  const jobs = new OutboxJobs(jobDeps);
  const reconciler = new OutboxReconciler(jobDeps);
  const notifier = new OutboxNotifier(deps.notify, deps.language);
  const summary = () => outbox.summary(worker.isDraining);
  const worker: OutboxWorker = new OutboxWorker({
    outbox,
    gates,
    policy,
    clock: deps.clock,
    isOnline,
    logger: deps.logger,
    runner: {
      // A claim is the last write before a queued request leaves: if it fails, nothing was sent.
      claim: (id, from) =>
        jobs.claim(id, from).catch((error: unknown) => {
          if (error instanceof StorageFailure) tellStorageFailure(deps.notices, error, 'outbox', 'nothing-sent', deps.clock);
          throw error;
        }),
      run: (item, answered) => jobs.run(item, answered),
      unclaim: (item, until) => jobs.unclaim(item, until),
      canReconcile: (item) => reconciler.canReconcile(item, deps.registry.get(item.provider)?.capabilities.lookupByReference ?? false),
      reconcileAt: (id) => reconciler.nextAt(id),
      reconcile: (item) => reconciler.reconcile(item),
      ripen: (item) => jobs.ripen(item),
    },
    onSettled: (state) => notifier.settled(state),
    onDraining: (draining) => {
      if (!draining) notifier.drained();
      deps.onOutboxChanged(summary());
    },
  });
  outbox.onChange(() => deps.onOutboxChanged(summary()));
  const serviceDeps = { ...jobDeps, jobs, accounts: deps.accounts, registry: deps.registry, isOnline, kick, notices: deps.notices, shop: deps.shop };
  const actions = new OutboxActions(serviceDeps);
  return {
    service: new LinkService(serviceDeps),
    actions,
    reminders,
    health: gates,
    outbox,
    worker,
    summary,
    shopWork: shopQueueWork({ outbox, jobs, history: deps.history, clock: deps.clock, sendableAccounts: deps.sendableAccounts ?? (async () => []), actions }),
    async start() {
      const resumed = await resumeOutbox(outbox, deps.history, deps.clock);
      if (resumed.created + resumed.unknown > 0) deps.logger.log('warn', 'outbox.resumed', resumed);
      worker.start();
    },
    async stop() {
      await worker.stop();
      await jobs.landed();
      await outbox.close();
    },
  };
}
