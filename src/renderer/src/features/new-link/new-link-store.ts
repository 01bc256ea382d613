import { create } from 'zustand';
import type { ChannelOutput } from '@shared/contract';
import { specificWords } from '@shared/i18n/error-text';
import type { AccountView } from '@shared/domain/account';
import type { CreateLinkRequest } from '@shared/domain/link';
import type { LinkRecord } from '@shared/domain/link-record';
import type { ProviderId } from '@shared/domain/provider-id';
import type { LastLinkOptions, Language } from '@shared/domain/settings';
import type { AppError } from '@shared/result';
import { invoke } from '../../lib/ipc';
import { useAccountsStore } from '../accounts';
import { useSettingsStore } from '../settings';
import { draftForSameCustomer, draftFromRequest, emptyDraft, fitToProvider, lastOptionsOf, type NewLinkDraft } from './new-link-draft';
import { DEFAULT_AMOUNT_LIMIT_MINOR, isAboveShopLimit } from '@shared/rules/amount-rules';
import { buildLinkRequest, formFieldOf, type FormIssues } from './new-link-form-model';

export type LinkOutcome = ChannelOutput<'links:create'>;
/**
 * `now` creates the link (it waits in the outbox if the provider cannot be reached); `draft` only
 * saves it; `shop` leaves it to whichever open counter of the shop holds the account's keys.
 */
export type CreateMode = 'now' | 'draft' | 'shop';

export type Phase =
  | { kind: 'form' }
  | { kind: 'submitting'; mode: CreateMode }
  /** links:create answered: a created link (record with URL) or an item still waiting in the outbox. */
  | { kind: 'done'; mode: CreateMode; outcome: LinkOutcome; accountId: string; provider: ProviderId };

interface NewLinkState {
  accountId: string | null;
  provider: ProviderId | null;
  draft: NewLinkDraft | null;
  touched: ReadonlySet<string>;
  /** A submit was tried: every issue shows, not only those of fields the user has left. */
  attempted: boolean;
  /** Bumped on each blocked submit so the form moves focus to the first invalid field. */
  attempt: number;
  /** Issues main found that the form could not (a field it names). */
  serverIssues: FormIssues;
  submitError: AppError | undefined;
  phase: Phase;
  /** Set when the amount field should take focus (Ctrl+N, new link, clear). */
  focusRequested: boolean;
  /** An amount above the shop's limit waits for the owner to confirm it in words. */
  confirming: { mode: CreateMode; minor: number } | null;
  /** Picks the remembered (or first) account when none is chosen yet. */
  ensureAccount(views: readonly AccountView[], lastAccountId: string | undefined, last: LastLinkOptions | undefined): void;
  chooseAccount(accountId: string): void;
  change(patch: Partial<NewLinkDraft>): void;
  touch(field: string): void;
  /** `amountConfirmed`: the owner confirmed an amount above the shop's limit. */
  submit(mode: CreateMode, language: Language, amountConfirmed?: boolean): Promise<void>;
  /** The owner wants to correct the amount instead: back to the field. */
  cancelConfirm(): void;
  /** Esc: an empty draft with a new reference on the same account. */
  clear(): void;
  /** After a result: a fresh form, optionally keeping the customer. */
  startNew(options?: { sameCustomer?: boolean }): void;
  prefill(accountId: string, request: CreateLinkRequest, options?: { keepReference?: boolean }): boolean;
  /** A fresher history record of the shown link (sent, or created after waiting in the outbox). */
  receiveRecord(record: LinkRecord): void;
  focusHandled(): void;
}

const providerOf = (accountId: string): ProviderId | undefined =>
  useAccountsStore.getState().views.find((v) => v.account.id === accountId)?.account.provider;

const lastOptions = (): LastLinkOptions | undefined => useSettingsStore.getState().settings.lastLinkOptions;

const fresh = { touched: new Set<string>(), attempted: false, serverIssues: {}, submitError: undefined, confirming: null };

/** The largest amount the request can take (a flex link's maximum counts). */
const topAmountOf = (request: CreateLinkRequest) => Math.max(request.amount.minor, request.maxAmountMinor ?? 0);

export const useNewLinkStore = create<NewLinkState>()((set, get) => ({
  accountId: null,
  provider: null,
  draft: null,
  ...fresh,
  attempt: 0,
  phase: { kind: 'form' },
  focusRequested: false,

  ensureAccount(views, lastAccountId, last) {
    const { accountId } = get();
    if (accountId && views.some((v) => v.account.id === accountId)) return;
    const view = views.find((v) => v.account.id === lastAccountId) ?? views[0];
    if (!view) return set({ accountId: null, provider: null, draft: null });
    const provider = view.account.provider;
    set({ accountId: view.account.id, provider, draft: emptyDraft(provider, last), ...fresh, phase: { kind: 'form' } });
  },

  chooseAccount(accountId) {
    const provider = providerOf(accountId);
    const { draft } = get();
    if (!provider) return;
    // Keep what was typed; drop only what the new provider cannot take.
    set({ accountId, provider, draft: draft ? fitToProvider(draft, provider) : emptyDraft(provider, lastOptions()), serverIssues: {} });
  },

  change(patch) {
    const { draft, provider, serverIssues } = get();
    if (!draft || !provider) return;
    const next = fitToProvider({ ...draft, ...patch }, provider);
    // A server issue is stale once its field changes.
    const stale = Object.keys(serverIssues).length > 0;
    set({ draft: next, ...(stale ? { serverIssues: {}, submitError: undefined } : {}) });
  },

  touch(field) {
    if (get().touched.has(field)) return;
    set({ touched: new Set([...get().touched, field]) });
  },

  async submit(mode, language, amountConfirmed = false) {
    const { draft, provider, accountId, phase } = get();
    if (!draft || !provider || !accountId || phase.kind === 'submitting') return;
    const built = buildLinkRequest(draft, { provider, language, now: new Date() });
    if (!built.ok) {
      set((s) => ({ attempted: true, attempt: s.attempt + 1, submitError: undefined, serverIssues: {}, confirming: null }));
      return;
    }
    const limit = useSettingsStore.getState().settings.amountLimitMinor ?? DEFAULT_AMOUNT_LIMIT_MINOR;
    const top = topAmountOf(built.request);
    if (isAboveShopLimit(top, limit) && !amountConfirmed) {
      set({ confirming: { mode, minor: top } });
      return;
    }
    set({ phase: { kind: 'submitting', mode }, submitError: undefined, serverIssues: {}, confirming: null });
    const confirmed = amountConfirmed ? { amountConfirmed: true } : {};
    const result = await invoke('links:create', { accountId, request: built.request, mode, ...confirmed });
    if (!result.ok) {
      const field = result.error.field ? formFieldOf(result.error.field) : undefined;
      const words = specificWords(result.error);
      const serverIssues: FormIssues = field && field !== 'form' && words ? { [field]: words } : {};
      set((s) => ({ phase: { kind: 'form' }, submitError: result.error, serverIssues, attempted: true, attempt: s.attempt + 1 }));
      return;
    }
    const { item } = result.value;
    if (item.state === 'failed' || item.state === 'cancelled') {
      const error = item.lastError ?? { code: 'provider-rejected' as const, message: 'not created', retryable: false };
      set((s) => ({ phase: { kind: 'form' }, submitError: error, attempted: true, attempt: s.attempt + 1 }));
      return;
    }
    set({ phase: { kind: 'done', mode, outcome: result.value, accountId, provider } });
    void useSettingsStore.getState().update({ lastAccountId: accountId, lastLinkOptions: lastOptionsOf(draft) });
  },

  cancelConfirm() {
    set({ confirming: null, focusRequested: true });
  },

  clear() {
    const { provider, phase } = get();
    if (!provider || phase.kind === 'submitting') return;
    set({ draft: emptyDraft(provider, lastOptions()), ...fresh, phase: { kind: 'form' }, focusRequested: true });
  },

  startNew(options = {}) {
    const { provider, draft, phase } = get();
    if (!provider || phase.kind === 'submitting') return;
    const next = options.sameCustomer && draft ? draftForSameCustomer(draft, provider) : emptyDraft(provider, lastOptions());
    set({ draft: next, ...fresh, phase: { kind: 'form' }, focusRequested: true });
  },

  prefill(accountId, request, options = {}) {
    const provider = providerOf(accountId);
    if (!provider || get().phase.kind === 'submitting') return false;
    set({
      accountId,
      provider,
      draft: draftFromRequest(request, provider, options),
      ...fresh,
      phase: { kind: 'form' },
      focusRequested: true,
    });
    return true;
  },

  receiveRecord(record) {
    const { phase } = get();
    if (phase.kind !== 'done' || phase.outcome.item.id !== record.reference) return;
    const created = record.url !== undefined;
    const item = created ? { ...phase.outcome.item, state: 'created' as const } : phase.outcome.item;
    set({ phase: { ...phase, outcome: { item, record } } });
  },

  focusHandled() {
    set({ focusRequested: false });
  },
}));
