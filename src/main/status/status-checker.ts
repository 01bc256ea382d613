import type { HistoryFilter, LinkRecord, LinkSummary } from '@shared/domain/link-record';
import { providerCapabilities } from '@shared/domain/provider-capabilities';
import type { Settings } from '@shared/domain/settings';
import { AppFailure, type AppError } from '@shared/result';
import type { Clock } from '../clock';
import type { LinkHistory } from '../history-ports';
import type { OpenedAccount } from '../accounts/account-context';
import type { LinkRef } from '../providers/provider';
import { paidNotification, type DesktopNotification } from './paid-notification';
import { applyCheck, applyExpiry, type Applied, type CheckOutcome } from './status-transitions';

/** The history the status side needs: the link service's port plus a scan for live links. */
export interface StatusHistory extends LinkHistory {
  /** `narrow` pre-selects through the history index, so 100,000 old links are not read every sweep. */
  find(predicate: (record: LinkSummary) => boolean, narrow?: HistoryFilter): LinkSummary[];
}

export interface StatusCheckerDeps {
  history: StatusHistory;
  contexts: { open(accountId: string): Promise<OpenedAccount> };
  clock: Clock;
  settings: { get(): Settings };
  notify?: (notification: DesktopNotification) => void;
  /** The on-screen alert (an event to the window); called once per link that turns paid. */
  onPaid?: (record: LinkRecord) => void;
}

/** Whether the provider of a link can be asked about it at all (PayTR and İşbank cannot). */
export const isTrackable = (record: Pick<LinkSummary, 'provider' | 'kind'>): boolean =>
  record.kind === 'link' && providerCapabilities[record.provider].statusLookup;

export const linkRefOf = (record: Pick<LinkRecord, 'reference' | 'providerRefs' | 'createdAt'>): LinkRef => ({
  reference: record.reference,
  providerRefs: record.providerRefs,
  createdAt: record.createdAt,
});

/**
 * One status look-up for one link, recorded in history: used by the poller and by "check status
 * now". Provider trouble comes back as a `failed` outcome, never as a throw.
 */
export class StatusChecker {
  constructor(private readonly deps: StatusCheckerDeps) {}

  /** Opens the account (secrets from the keychain); a failure is an outcome for every link of it. */
  async open(accountId: string): Promise<{ ok: true; opened: OpenedAccount } | { ok: false; error: AppError }> {
    try {
      return { ok: true, opened: await this.deps.contexts.open(accountId) };
    } catch (error) {
      return { ok: false, error: asAppError(error) };
    }
  }

  async lookup(record: LinkRecord | LinkSummary, opened: OpenedAccount): Promise<CheckOutcome> {
    const { provider } = opened;
    if (!provider.lookup) return { kind: 'failed', error: lookupMissing(record.provider) };
    try {
      const result = await provider.lookup(linkRefOf(record));
      if (!result.ok) return { kind: 'failed', error: result.error };
      return result.value === null ? { kind: 'missing' } : { kind: 'snapshot', snapshot: result.value };
    } catch (error) {
      return { kind: 'failed', error: asAppError(error) };
    }
  }

  /** Applies an outcome to the newest record; writes only when something is to be kept. */
  async record(reference: string, outcome: CheckOutcome): Promise<LinkRecord> {
    return this.apply(reference, (r, now) => applyCheck(r, outcome, now));
  }

  /** Local expiry: active and past `expiresAt` → expired. */
  async expire(reference: string): Promise<LinkRecord> {
    return this.apply(reference, (r, now) => applyExpiry(r, now));
  }

  private async apply(reference: string, rule: (record: LinkRecord, now: Date) => Applied): Promise<LinkRecord> {
    const { history, clock } = this.deps;
    const now = clock.now();
    const current = history.get(reference);
    if (!current) throw AppFailure.of('not-found', 'No such link in history');
    // A repeated failure or a rule that does not apply changes nothing: no write, no event.
    if (rule(current, now).record === current) return current;
    let becamePaid = false;
    const saved = await history.update(reference, (latest) => {
      const applied = rule(latest, now);
      becamePaid = applied.becamePaid;
      // Highlighted in history until the owner sees it; kept on the record so a restart keeps it.
      return becamePaid ? { ...applied.record, paidUnseen: true } : applied.record;
    });
    if (becamePaid) this.announcePaid(saved);
    return saved;
  }

  private announcePaid(record: LinkRecord): void {
    try {
      this.deps.onPaid?.(record);
    } catch {
      // Nor may a window that is gone.
    }
    try {
      this.deps.notify?.(paidNotification(record, this.deps.settings.get().language));
    } catch {
      // A notification the OS refuses must not undo a recorded payment.
    }
  }
}

function lookupMissing(provider: LinkRecord['provider']): AppError {
  return AppFailure.of('unsupported', `The ${provider} adapter has no look-up`).error;
}

export function asAppError(error: unknown): AppError {
  if (error instanceof AppFailure) return error.error;
  return AppFailure.of('internal', 'Status look-up failed inside PayDesk').error;
}
