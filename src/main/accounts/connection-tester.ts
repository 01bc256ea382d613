import { providerNames } from '../../shared/domain/provider-id';
import { fail, ok, type Result } from '../../shared/result';
import type { Clock } from '../clock';
import type { HttpClient } from '../http/http-client';
import { buildProviderContext } from '../providers/provider-context';
import type { ProviderRegistry } from '../providers/registry';
import type { AccountsStore } from '../store/accounts-store';
import type { AccountService } from './account-service';

/** "Test connection": one cheap authenticated call through the account's adapter. */
export class ConnectionTester {
  constructor(
    private readonly store: AccountsStore,
    private readonly accounts: AccountService,
    private readonly registry: ProviderRegistry,
    private readonly http: HttpClient,
    private readonly clock: Clock,
  ) {}

  async test(accountId: string): Promise<Result<{ detail: string; checkedAt: string }>> {
    const account = this.store.require(accountId);
    const adapter = this.registry.get(account.provider);
    if (!adapter) return fail('unsupported', `${providerNames[account.provider]} is not supported yet`);
    const secrets = await this.accounts.secretsFor(account);
    const context = buildProviderContext(account, adapter, secrets, this.http, this.clock);
    const result = await adapter.testConnection(context as never);
    if (!result.ok) return result;
    return ok({ detail: result.value.detail, checkedAt: this.clock.now().toISOString() });
  }
}
