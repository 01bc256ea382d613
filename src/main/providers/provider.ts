import type { Account, AccountOf, SecretField } from '@shared/domain/account';
import type { ProviderCapabilities } from '@shared/domain/capabilities';
import type { IsbankBranch, IsbankInstallment, IsbankInstallmentQuery, IsbankMerchant } from '@shared/domain/isbank-paybylink';
import type { CreateLinkRequest, CreatedLink, LinkStatusSnapshot } from '@shared/domain/link';
import type { Money } from '@shared/domain/money';
import type { OduyoCustomer, OduyoCustomerDraft, OduyoCustomerQuery } from '@shared/domain/oduyo-customer';
import type { ProviderId } from '@shared/domain/provider-id';
import type { Result, UserText } from '@shared/result';
import type { ServiceFormModel, ServiceFormValues, ServicePaymentResult } from '@shared/service-spec';
import type { Clock } from '../clock';
import type { HttpClient } from '../http/http-client';

export type Secrets<P extends ProviderId> = { [F in SecretField<P>]: string };

/** Everything an adapter needs for one call; adapters keep no files and no schedules. */
export interface ProviderContext<P extends ProviderId = ProviderId> {
  account: AccountOf<P>;
  /** Base URL for this account (live, test or custom), without a trailing slash. */
  baseUrl: string;
  secrets: Secrets<P> & Partial<Record<SecretField, string>>;
  http: HttpClient;
  clock: Clock;
  /**
   * Where the provider should report a payment (the shop's callback relay, when it has one):
   * PayTR's `callback_link`, Paynet's `confirmation_url`. Absent: no callback is asked for.
   */
  callbackUrl?: string;
}

/** Provider-side identifiers of an existing link, as returned in `CreatedLink.providerRefs`. */
export interface LinkRef {
  reference: string;
  providerRefs: Record<string, string>;
  createdAt: string;
}

/**
 * One interface for every provider. An adapter does transport, signing and parsing only, and
 * returns errors as data (Result), never throws for provider or network trouble.
 */
export interface ProviderAdapter<P extends ProviderId = ProviderId> {
  readonly id: P;
  readonly capabilities: ProviderCapabilities;
  /** The base URL for `live` / `test` environments (custom accounts carry their own). */
  readonly baseUrls: Partial<Record<Account['environment'], string>>;
  /** A cheap authenticated call proving the credentials work. */
  testConnection(ctx: ProviderContext<P>): Promise<Result<{ detail: UserText }>>;
  createLink(ctx: ProviderContext<P>, request: CreateLinkRequest): Promise<Result<CreatedLink>>;
  sendSms?(ctx: ProviderContext<P>, link: LinkRef, phoneE164: string): Promise<Result<{ done: true }>>;
  sendEmail?(ctx: ProviderContext<P>, link: LinkRef, email: string): Promise<Result<{ done: true }>>;
  cancel?(ctx: ProviderContext<P>, link: LinkRef): Promise<Result<{ done: true }>>;
  /** Status of a link, or `null` when the provider has no record of it (used to reconcile). */
  lookup?(ctx: ProviderContext<P>, link: LinkRef): Promise<Result<LinkStatusSnapshot | null>>;
  /** What this provider alone can do, bound to one account (see BoundProvider). */
  extras?(ctx: ProviderContext<P>): ProviderExtras;
  /** Lets go of what the adapter holds across calls (TLS agents, sessions); called when the core stops. */
  dispose?(): Promise<void>;
}

/** Ödüyo's customer accounts (a link is made for one). */
export interface OduyoCustomerCalls {
  list(query: OduyoCustomerQuery): Promise<Result<OduyoCustomer[]>>;
  create(draft: OduyoCustomerDraft): Promise<Result<OduyoCustomer>>;
}

/** İşbank's PayByLink look-ups and its provider-described service payments. */
export interface IsbankCalls {
  merchants(): Promise<Result<IsbankMerchant[]>>;
  branches(merchantNo: string): Promise<Result<IsbankBranch[]>>;
  currencies(merchantNo: string, isDomestic: boolean): Promise<Result<string[]>>;
  installments(query: IsbankInstallmentQuery): Promise<Result<IsbankInstallment[]>>;
  serviceSpec(serviceId: string): Promise<Result<ServiceFormModel>>;
  payService(serviceId: string, values: ServiceFormValues, amount: Money): Promise<Result<ServicePaymentResult>>;
}

/** The optional capabilities of one provider, each absent for the others. */
export interface ProviderExtras {
  oduyoCustomers?: OduyoCustomerCalls;
  isbank?: IsbankCalls;
}

export type AnyProviderAdapter = { [P in ProviderId]: ProviderAdapter<P> }[ProviderId];
