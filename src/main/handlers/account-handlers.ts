import type { HandlerTable } from '@shared/contract';
import { AppFailure, ok } from '@shared/result';
import type { AccountService } from '../accounts/account-service';
import type { ConnectionTester } from '../accounts/connection-tester';
import type { EventHub } from '../event-hub';

export function accountHandlers(accounts: AccountService, tester: ConnectionTester, events: EventHub) {
  const changed = () => events.emit('accounts:changed', {});
  const done = { done: true as const };
  return {
    'accounts:list': async () => ok(await accounts.list()),
    'accounts:create': async ({ draft, secrets }) => {
      const view = await accounts.create(draft, secrets);
      changed();
      return ok(view);
    },
    'accounts:update': async ({ id, draft, secrets }) => {
      const view = await accounts.update(id, draft, secrets);
      changed();
      return ok(view);
    },
    'accounts:remove': async ({ id }) => {
      await accounts.remove(id);
      changed();
      return ok(done);
    },
    'accounts:test': async ({ id }) => {
      const result = await tester.test(id);
      if (!result.ok) throw new AppFailure(result.error);
      return ok(result.value);
    },
    'secrets:set': async ({ accountId, field, value }) => {
      await accounts.setSecret(accountId, field, value);
      changed();
      return ok(done);
    },
    'secrets:delete': async ({ accountId, field }) => {
      await accounts.deleteSecret(accountId, field);
      changed();
      return ok(done);
    },
    'secrets:has': async ({ accountId }) => ok(await accounts.secretsStored(accountId)),
  } satisfies Pick<
    HandlerTable,
    | 'accounts:list'
    | 'accounts:create'
    | 'accounts:update'
    | 'accounts:remove'
    | 'accounts:test'
    | 'secrets:set'
    | 'secrets:delete'
    | 'secrets:has'
  >;
}
