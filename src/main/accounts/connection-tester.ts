import { ok, type UserText, type Result } from '@shared/result';
import type { Clock } from '../clock';
import type { AccountContexts } from './account-context';

/** "Test connection": one cheap authenticated call through the account's adapter. */
export class ConnectionTester {
  constructor(
    private readonly contexts: AccountContexts,
    private readonly clock: Clock,
  ) {}

  async test(accountId: string): Promise<Result<{ detail: UserText; checkedAt: string }>> {
    const { provider } = await this.contexts.open(accountId);
    const result = await provider.testConnection();
    if (!result.ok) return result;
    return ok({ detail: result.value.detail, checkedAt: this.clock.now().toISOString() });
  }
}
