import type { Account } from '@shared/domain/account';
import type { CreateLinkRequest } from '@shared/domain/link';
import type { LinkRecord } from '@shared/domain/link-record';
import type { OutboxItem } from '@shared/domain/outbox-item';
import { AppFailure } from '@shared/result';
import type { Clock } from '../clock';
import type { ProviderRegistry } from '../providers/registry';
import type { AccountsStore } from '../store/accounts-store';
import type { OutboxStore } from '../outbox/outbox-store';

/**
 * Puts a provider SMS / e-mail of an existing link in the outbox, as `<reference>-<channel>-<n>`
 * (each send of a link its own item, so a resend never merges with an earlier one).
 */
export async function queueSend(
  outbox: OutboxStore,
  clock: Clock,
  account: Account,
  send: { reference: string; channel: 'sms' | 'email'; to: string },
  goNow: boolean,
): Promise<OutboxItem> {
  const prefix = `${send.reference}-${send.channel}-`;
  for (let tries = 0; ; tries++) {
    const at = clock.now().toISOString();
    try {
      return await outbox.insert({
        id: outbox.nextNumberedId(prefix),
        accountId: account.id,
        provider: account.provider,
        job: { kind: 'send', ...send },
        state: goNow ? 'sending' : 'queued',
        createdAt: at,
        updatedAt: at,
        attempts: goNow ? 1 : 0,
      });
    } catch (error) {
      // Two sends of one link at the same moment picked the same number: take the next.
      if (tries < 3 && error instanceof AppFailure && error.error.code === 'conflict') continue;
      throw error;
    }
  }
}

export interface AfterCreateDeps {
  outbox: OutboxStore;
  clock: Clock;
  accounts: AccountsStore;
  registry: ProviderRegistry;
  /** Wakes the outbox worker. */
  kick: () => void;
  /** Plans the shop's default reminders for a send that reached the customer. */
  afterSend?: (reference: string, channel: 'sms' | 'email', to: string) => Promise<void>;
}

/**
 * What happens once a link exists: the SMS / e-mail the form asked for, where the provider sends
 * them only for an existing link (PayTR), are queued as outbox sends.
 */
export function afterCreateSends(deps: AfterCreateDeps): (record: LinkRecord, request: CreateLinkRequest) => Promise<void> {
  return async (record, request) => {
    const account = deps.accounts.get(record.accountId);
    const caps = account && deps.registry.get(account.provider)?.capabilities;
    if (!account || !caps) return;
    const sends: Array<['sms' | 'email', string | undefined]> = [];
    if (request.notifyBySms && caps.providerSms === 'after-create') sends.push(['sms', request.customer.phone]);
    if (request.notifyByEmail && caps.providerEmail === 'after-create') sends.push(['email', request.customer.email]);
    for (const [channel, to] of sends) if (to) await queueSend(deps.outbox, deps.clock, account, { reference: record.reference, channel, to }, false);
    if (sends.length > 0) deps.kick();
    // Sent by the provider while creating (Paynet): the reminders start from now.
    if (request.notifyBySms && caps.providerSms === 'at-create' && request.customer.phone) await deps.afterSend?.(record.reference, 'sms', request.customer.phone);
    if (request.notifyByEmail && caps.providerEmail === 'at-create' && request.customer.email) await deps.afterSend?.(record.reference, 'email', request.customer.email);
  };
}
