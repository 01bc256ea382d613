import type { ProviderHealth } from '../../../src/main/providers/provider-health';
import { randomBytes } from 'node:crypto';
import { createLinkRequestSchema, type CreateLinkRequest } from '../../../src/shared/domain/link';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { ProviderId } from '../../../src/shared/domain/provider-id';
import { defaultSettings, type Settings } from '../../../src/shared/domain/settings';
import { LinkActions } from '../../../src/main/links/link-actions';
import type { OpenedAccount } from '../../../src/main/accounts/account-context';
import { createIsbankAdapter } from '../../../src/main/providers/isbank/isbank-adapter';
import { createOduyoAdapter } from '../../../src/main/providers/oduyo/oduyo-adapter';
import { createPaynetAdapter } from '../../../src/main/providers/paynet/paynet-adapter';
import { createPaytrAdapter } from '../../../src/main/providers/paytr/paytr-adapter';
import { bindProvider } from '../../../src/main/providers/bound-provider';
import type { AnyProviderAdapter, ProviderAdapter, ProviderContext } from '../../../src/main/providers/provider';
import type { DesktopNotification } from '../../../src/main/status/paid-notification';
import { StatusChecker } from '../../../src/main/status/status-checker';
import { StatusPoller, type StatusPolicy } from '../../../src/main/status/status-poller';
import { ContactsStore } from '../../../src/main/store/contacts-store';
import { HistoryStore } from '../../../src/main/store/history/history-store';
import { NoticeBoard } from '../../../src/main/store/notice-board';
import { startIsbankEmulator, type IsbankEmulator } from '../../emulators/isbank/isbank-emulator';
import { startOduyoEmulator, type OduyoEmulator } from '../../emulators/oduyo/oduyo-emulator';
import { startPaynetEmulator, type PaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import { startPaytrEmulator, type PaytrEmulator } from '../../emulators/paytr/paytr-emulator';
import { isbankContext } from '../providers/isbank/isbank-kit';
import { oduyoContext } from '../providers/oduyo/oduyo-kit';
import { paynetContext, paytrContext } from '../providers/provider-kit';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Real stores in a temp folder, real adapters over HTTP to the four emulators, and a clock the
 * test moves. Accounts are opened from the emulators' own credentials (no keychain needed here;
 * the createCore tests cover that path). Links are created at the emulator through the adapter and
 * then appended to history, as the link service does.
 */
export const ACCOUNT: Record<ProviderId, string> = {
  paytr: 'acc_statuspaytr1',
  paynet: 'acc_statuspaynet1',
  oduyo: 'acc_statusoduyo1',
  isbank: 'acc_statusisbank1',
};

export interface ManualClock {
  now(): Date;
  advance(ms: number): void;
}

export interface StatusRig {
  clock: ManualClock;
  history: HistoryStore;
  contacts: ContactsStore;
  notices: NoticeBoard;
  settings: Settings;
  notifications: DesktopNotification[];
  opened: string[];
  paytr: PaytrEmulator;
  paynet: PaynetEmulator;
  oduyo: OduyoEmulator;
  isbank: IsbankEmulator;
  checker: StatusChecker;
  /** `health`: the provider health shared with an outbox worker (ProviderGates), when a test needs one. */
  poller(policy?: Partial<StatusPolicy>, health?: ProviderHealth): StatusPoller;
  actions(openExternal?: (url: string) => Promise<void>): LinkActions;
  /** Secrets the account is opened with from now on (e.g. a password changed in the provider's panel). */
  useSecrets(provider: ProviderId, secrets: Record<string, string>): void;
  /** Creates the link at the provider's emulator and appends its record to history. */
  createLink(provider: ProviderId, patch?: Partial<CreateLinkRequest>): Promise<LinkRecord>;
  dispose(): Promise<void>;
}

export const newReference = () => `PD${randomBytes(8).toString('hex').toUpperCase().slice(0, 14)}`;

/** Quick enough for a test to see a provider that never answers; slow enough for a busy machine. */
const TIMEOUT_MS = 1500;

export async function startStatusRig(): Promise<StatusRig> {
  let nowMs = Date.now();
  const clock: ManualClock = { now: () => new Date(nowMs), advance: (ms) => void (nowMs += ms) };
  const temp = await makeTempDir('paydesk-status-');
  const notices = new NoticeBoard();
  const history = await HistoryStore.open(temp.dir, notices, clock);
  const contacts = await ContactsStore.open(temp.dir, notices, clock);
  const [paytr, paynet, oduyo, isbank] = await Promise.all([
    startPaytrEmulator(),
    startPaynetEmulator(),
    startOduyoEmulator(),
    startIsbankEmulator(),
  ]);
  const adapters: Record<ProviderId, AnyProviderAdapter> = {
    paytr: createPaytrAdapter({ timeoutMs: TIMEOUT_MS }),
    paynet: createPaynetAdapter({ timeoutMs: TIMEOUT_MS }),
    oduyo: createOduyoAdapter({ timeoutMs: TIMEOUT_MS }),
    isbank: createIsbankAdapter({ timeoutMs: TIMEOUT_MS }),
  };
  const secretOverrides: Partial<Record<ProviderId, Record<string, string>>> = {};
  const contextOf = (provider: ProviderId): ProviderContext => {
    const base = {
      paytr: () => paytrContext(paytr),
      paynet: () => paynetContext(paynet),
      oduyo: () => oduyoContext(oduyo),
      isbank: () => isbankContext(isbank),
    }[provider]();
    const account = { ...base.account, id: ACCOUNT[provider] } as ProviderContext['account'];
    return { ...base, account, clock, secrets: { ...base.secrets, ...secretOverrides[provider] } } as ProviderContext;
  };
  const opened: string[] = [];
  const contexts = {
    async open(accountId: string): Promise<OpenedAccount> {
      const provider = (Object.keys(ACCOUNT) as ProviderId[]).find((p) => ACCOUNT[p] === accountId);
      if (!provider) throw new Error(`No test account ${accountId}`);
      opened.push(accountId);
      const context = contextOf(provider);
      return { account: context.account, provider: bindProvider(adapters[provider] as ProviderAdapter, context), baseUrl: context.baseUrl };
    },
  };
  const settings: Settings = { ...defaultSettings, shopName: 'Işıklı Kırtasiye' };
  const notifications: DesktopNotification[] = [];
  const checker = new StatusChecker({
    history,
    contexts,
    clock,
    settings: { get: () => settings },
    notify: (n) => notifications.push(n),
  });
  const pollers: StatusPoller[] = [];

  const rig: StatusRig = {
    clock,
    history,
    contacts,
    notices,
    settings,
    notifications,
    opened,
    paytr,
    paynet,
    oduyo,
    isbank,
    checker,
    poller(policy = {}, health) {
      const poller = new StatusPoller({ history, checker, clock, policy, random: () => 0.5, ...(health ? { health } : {}) });
      pollers.push(poller);
      return poller;
    },
    useSecrets(provider, secrets) {
      secretOverrides[provider] = secrets;
    },
    actions(openExternal = async () => undefined) {
      return new LinkActions({ history, contacts, contexts, checker, settings: { get: () => settings }, clock, openExternal });
    },
    async createLink(provider, patch = {}) {
      const request = linkRequestFor(provider, patch);
      const created = await (await contexts.open(ACCOUNT[provider])).provider.createLink(request);
      if (!created.ok) throw new Error(`${provider} create failed: ${created.error.message}`);
      const record = recordOf(provider, request, created.value.url, created.value.providerRefs, clock.now().toISOString());
      await history.append(record);
      return record;
    },
    async dispose() {
      await Promise.all(pollers.map((p) => p.stop()));
      await history.close();
      await Promise.all([paytr.stop(), paynet.stop(), oduyo.stop(), isbank.stop()]);
      await adapters.isbank.dispose?.();
      await temp.cleanup();
    },
  };
  return rig;
}

function linkRequestFor(provider: ProviderId, patch: Partial<CreateLinkRequest>): CreateLinkRequest {
  const common = {
    reference: newReference(),
    amount: { minor: 125_050, currency: 'TRY' },
    description: 'Okul çantası ve kırtasiye',
    maxInstallments: 1,
    language: 'tr',
  };
  const perProvider: Record<ProviderId, Record<string, unknown>> = {
    paytr: { linkType: 'product', minQuantity: 1, customer: { name: 'Ayşe Yılmaz', phone: '+905321234567' } },
    paynet: { linkType: 'amount', customer: { name: 'Ayşe Yılmaz', phone: '+905321234567', email: 'ayse@example.com' } },
    oduyo: { linkType: 'amount', customer: { name: 'Pınar Köprülü', oduyoCustomerId: '76', email: 'pinar.koprulu@oduyo.com.tr' } },
    isbank: { linkType: 'amount', customer: { name: 'Ayşe Yılmaz' }, isbank: { merchantNo: '6700123', branchNo: 1, isDomestic: true } },
  };
  return createLinkRequestSchema.parse({ ...common, ...perProvider[provider], ...patch });
}

function recordOf(
  provider: ProviderId,
  request: CreateLinkRequest,
  url: string,
  providerRefs: Record<string, string>,
  at: string,
): LinkRecord {
  return {
    reference: request.reference,
    kind: 'link',
    accountId: ACCOUNT[provider],
    provider,
    accountLabel: `${provider} (emulator)`,
    createdAt: at,
    updatedAt: at,
    linkType: request.linkType,
    amount: request.amount,
    description: request.description,
    customer: request.customer,
    maxInstallments: request.maxInstallments,
    ...(request.expiresAt ? { expiresAt: request.expiresAt } : {}),
    url,
    providerRefs,
    status: 'active',
    timeline: [{ at, kind: 'created', outcome: 'ok' }],
  };
}

/** The kinds on a record's timeline, oldest first. */
export const kinds = (record: LinkRecord | undefined) => record?.timeline.map((e) => `${e.kind}:${e.outcome}`) ?? [];
