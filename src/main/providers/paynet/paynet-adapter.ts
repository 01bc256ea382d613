import { userText } from '@shared/i18n/user-text';
import { paynetCapabilities } from '@shared/domain/provider-capabilities';
import { issuesToError } from '@shared/domain/validation';
import { validatePaynetLink } from '@shared/rules/paynet-rules';
import { fail, type Result } from '@shared/result';
import { istanbulDate } from '@shared/domain/istanbul-time';
import { DEFAULT_TIMEOUT_MS } from '../../http/http-client';
import type { LinkRef, ProviderAdapter, ProviderContext } from '../provider';
import { createPaynetClient, PAYNET_STATUS, type PaynetClient } from './paynet-client';
import { toPaynetCreateBody, toStatusSnapshot } from './paynet-request';

/** Re-exported: the table moved to src/shared so the link form reads the same one. */
export { paynetCapabilities };

export const PAYNET_LIVE_BASE_URL = 'https://api.paynet.com.tr';
export const PAYNET_TEST_BASE_URL = 'https://pts-api.paynet.com.tr';

export interface PaynetAdapterOptions {
  /** Per-request deadline; 20 s by default. Tests pass a short one. */
  timeoutMs?: number;
}

/** How many of today's links the connection test asks for. */
const TEST_LIST_LIMIT = 10;

export function createPaynetAdapter(options: PaynetAdapterOptions = {}): ProviderAdapter<'paynet'> {
  function clientFor(ctx: ProviderContext<'paynet'>): Result<PaynetClient> {
    const secretKey = ctx.secrets.secretKey;
    if (!secretKey) return fail('credential-missing', 'Paynet secret key is missing');
    return {
      ok: true,
      value: createPaynetClient({
        baseUrl: ctx.baseUrl.replace(/\/+$/, ''),
        secretKey,
        http: ctx.http,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        now: () => ctx.clock.now(),
      }),
    };
  }

  /** Paynet keys everything on our reference_no (sent at create); the id is kept when returned. */
  const referenceOf = (link: LinkRef) => ({ reference_no: link.providerRefs.reference_no ?? link.reference });

  return {
    id: 'paynet',
    capabilities: paynetCapabilities,
    baseUrls: { live: PAYNET_LIVE_BASE_URL, test: PAYNET_TEST_BASE_URL },

    async testConnection(ctx) {
      const client = clientFor(ctx);
      if (!client.ok) return client;
      const today = istanbulDate(ctx.clock.now());
      const page = await client.value.list({
        datab: today,
        datbi: today,
        limit: TEST_LIST_LIMIT,
        ...(ctx.account.settings.agentId ? { agentId: ctx.account.settings.agentId } : {}),
      });
      if (!page.ok) return page;
      const count = page.value.totalCount ?? page.value.rows.length;
      const more = page.value.totalCount === undefined && page.value.hasMore ? '+' : '';
      const detail = userText('provider.test.paynet', { count: `${count}${more}` });
      return { ok: true, value: { detail } };
    },

    async createLink(ctx, request) {
      const invalid = issuesToError(validatePaynetLink(request, ctx.clock.now()));
      if (invalid) return { ok: false, error: invalid };
      const client = clientFor(ctx);
      if (!client.ok) return client;
      const body = toPaynetCreateBody(request, { now: ctx.clock.now(), agentId: ctx.account.settings.agentId });
      if (ctx.callbackUrl) body.confirmation_url = ctx.callbackUrl;
      const created = await client.value.create(body);
      if (!created.ok) return created;
      const providerRefs: Record<string, string> = { reference_no: request.reference };
      if (created.value.id) providerRefs.id = created.value.id;
      return { ok: true, value: { url: created.value.url, providerRefs } };
    },

    async cancel(ctx, link) {
      const client = clientFor(ctx);
      if (!client.ok) return client;
      return client.value.statusUpdate(referenceOf(link), PAYNET_STATUS.cancel);
    },

    async lookup(ctx, link) {
      const client = clientFor(ctx);
      if (!client.ok) return client;
      const key = referenceOf(link);
      const detail = await client.value.detail(key);
      if (!detail.ok) return detail;
      if (detail.value === null) return { ok: true, value: null };
      const transactions = await client.value.transactionCheck(key);
      if (!transactions.ok) return transactions;
      const providerRefs = { ...key, ...(detail.value.id ? { id: detail.value.id } : {}) };
      return { ok: true, value: { ...toStatusSnapshot(detail.value, transactions.value), providerRefs } };
    },
  };
}

export const paynetAdapter = createPaynetAdapter();
