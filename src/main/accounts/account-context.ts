import type { Account } from '@shared/domain/account';
import { providerNames, type ProviderId } from '@shared/domain/provider-id';
import { AppFailure } from '@shared/result';
import type { AccountService } from './account-service';
import type { Clock } from '../clock';
import type { HttpClient } from '../http/http-client';
import type { AccountsStore } from '../store/accounts-store';
import { bindProvider, type BoundProvider } from '../providers/bound-provider';
import type { AnyProviderAdapter, ProviderAdapter } from '../providers/provider';
import { buildProviderContext } from '../providers/provider-context';
import type { ProviderRegistry } from '../providers/registry';

export interface OpenedAccount {
  account: Account;
  /** The account's provider with its context applied: what generic code calls. */
  provider: BoundProvider;
  /** The address it talks to (accounts of one provider on one host share its outages). */
  baseUrl: string;
}

/** Everything a provider call needs for one account: its record, its adapter and its secrets. */
export class AccountContexts {
  constructor(
    private readonly store: AccountsStore,
    private readonly accounts: AccountService,
    private readonly registry: ProviderRegistry,
    private readonly http: HttpClient,
    private readonly clock: Clock,
    /** The shop's callback relay address for this provider, if it has one. */
    private readonly callbackUrl: (provider: ProviderId) => string | undefined = () => undefined,
  ) {}

  async open(accountId: string): Promise<OpenedAccount> {
    const account = this.store.require(accountId);
    const adapter = this.registry.get(account.provider) as AnyProviderAdapter | undefined;
    if (!adapter) throw AppFailure.of('unsupported', `${providerNames[account.provider]} is not supported yet`);
    const secrets = await this.accounts.secretsFor(account);
    const context = buildProviderContext(account, adapter, secrets, this.http, this.clock, this.callbackUrl(account.provider));
    // The registry picked the adapter by the account's provider: context and adapter are of the same one.
    return { account, provider: bindProvider(adapter as ProviderAdapter, context), baseUrl: context.baseUrl };
  }
}
