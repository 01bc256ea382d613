import type { ProviderCapabilities } from '@shared/domain/capabilities';
import type { CreateLinkRequest, CreatedLink, LinkStatusSnapshot } from '@shared/domain/link';
import type { ProviderId } from '@shared/domain/provider-id';
import type { Result, UserText } from '@shared/result';
import type { LinkRef, ProviderAdapter, ProviderContext, ProviderExtras } from './provider';

/**
 * One account's provider, its context (address, secrets, HTTP, clock) already applied. Generic
 * code (links, outbox, status, handlers) calls this and never an adapter: what one provider alone
 * can do is an optional part (`oduyoCustomers`, `isbank`), absent for the others.
 */
export interface BoundProvider extends ProviderExtras {
  readonly id: ProviderId;
  readonly capabilities: ProviderCapabilities;
  testConnection(): Promise<Result<{ detail: UserText }>>;
  createLink(request: CreateLinkRequest): Promise<Result<CreatedLink>>;
  sendSms?(link: LinkRef, phoneE164: string): Promise<Result<{ done: true }>>;
  sendEmail?(link: LinkRef, email: string): Promise<Result<{ done: true }>>;
  cancel?(link: LinkRef): Promise<Result<{ done: true }>>;
  /** Status of a link, or `null` when the provider has no record of it (used to reconcile). */
  lookup?(link: LinkRef): Promise<Result<LinkStatusSnapshot | null>>;
}

/** Applies one account's context to its adapter; both are of the same provider `P`. */
export function bindProvider<P extends ProviderId>(adapter: ProviderAdapter<P>, ctx: ProviderContext<P>): BoundProvider {
  const bound: BoundProvider = {
    id: adapter.id,
    capabilities: adapter.capabilities,
    testConnection: () => adapter.testConnection(ctx),
    createLink: (request) => adapter.createLink(ctx, request),
  };
  if (adapter.sendSms) bound.sendSms = (link, phone) => adapter.sendSms!(ctx, link, phone);
  if (adapter.sendEmail) bound.sendEmail = (link, email) => adapter.sendEmail!(ctx, link, email);
  if (adapter.cancel) bound.cancel = (link) => adapter.cancel!(ctx, link);
  if (adapter.lookup) bound.lookup = (link) => adapter.lookup!(ctx, link);
  return { ...bound, ...adapter.extras?.(ctx) };
}
