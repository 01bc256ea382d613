import { userText } from '@shared/i18n/user-text';
import { paytrCapabilities } from '@shared/domain/provider-capabilities';
import { toPaytrCellPhone } from '@shared/domain/phone-format';
import { issuesToError } from '@shared/domain/validation';
import {
  toPaytrDateTime,
  validatePaytrCallback,
  validatePaytrCellPhone,
  validatePaytrEmail,
  validatePaytrLink,
} from '@shared/rules/paytr-rules';
import { fail, type Result } from '@shared/result';
import { DEFAULT_TIMEOUT_MS } from '../../http/http-client';
import type { LinkRef, ProviderAdapter, ProviderContext } from '../provider';
import { createPaytrClient, type PaytrClient } from './paytr-client';
import type { PaytrDeleteResult } from './paytr-parsing';
import { toPaytrCreateFields } from './paytr-request';

/** Re-exported: the table moved to src/shared so the link form reads the same one. */
export { paytrCapabilities };

export const PAYTR_LIVE_BASE_URL = 'https://www.paytr.com';

export interface PaytrAdapterOptions {
  /** Per-request deadline; 20 s like PayTR's samples. Tests pass a short one. */
  timeoutMs?: number;
  /** Public relay URL for PayTR's payment callback; absent = none (a desktop app cannot receive it). */
  callbackLink?: string;
  /** `debug_on=1` (default) so PayTR names the failing field in its reason. */
  debug?: boolean;
}

/** The window the connection test asks the report for: the last minute, normally empty. */
const TEST_WINDOW_MS = 60_000;

/** A client for one account, or `credential-missing`. */
function paytrClientFor(ctx: ProviderContext<'paytr'>, options: PaytrAdapterOptions): Result<PaytrClient> {
  const { merchantKey, merchantSalt } = ctx.secrets;
  const merchantId = ctx.account.settings.merchantId;
  if (!merchantKey || !merchantSalt || !merchantId) {
    return fail('credential-missing', 'PayTR merchant id, key or salt is missing');
  }
  return {
    ok: true,
    value: createPaytrClient({
      baseUrl: ctx.baseUrl.replace(/\/+$/, ''),
      merchantId,
      keys: { merchantKey, merchantSalt },
      http: ctx.http,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      now: () => ctx.clock.now(),
      debug: options.debug ?? true,
    }),
  };
}

/** Bulk delete: 1–10 ids in one call, with the result per id (for callers beyond `cancel`). */
export async function deletePaytrLinks(
  ctx: ProviderContext<'paytr'>,
  ids: readonly string[],
  options: PaytrAdapterOptions = {},
): Promise<Result<PaytrDeleteResult>> {
  const client = paytrClientFor(ctx, options);
  return client.ok ? client.value.deleteLinks(ids) : client;
}

export function createPaytrAdapter(options: PaytrAdapterOptions = {}): ProviderAdapter<'paytr'> {
  const clientFor = (ctx: ProviderContext<'paytr'>) => paytrClientFor(ctx, options);

  function linkId(link: LinkRef): Result<string> {
    const id = link.providerRefs.id;
    return id ? { ok: true, value: id } : fail('not-found', 'This link has no PayTR id');
  }

  return {
    id: 'paytr',
    capabilities: paytrCapabilities,
    baseUrls: { live: PAYTR_LIVE_BASE_URL },

    async testConnection(ctx) {
      const client = clientFor(ctx);
      if (!client.ok) return client;
      const end = ctx.clock.now();
      const start = new Date(end.getTime() - TEST_WINDOW_MS);
      const rows = await client.value.transactionReport(toPaytrDateTime(start) ?? '', toPaytrDateTime(end) ?? '');
      if (!rows.ok) return rows;
      const count = rows.value.length;
      const detail = userText('provider.test.paytr', { count });
      return { ok: true, value: { detail } };
    },

    async createLink(ctx, request) {
      const issues = validatePaytrLink(request, ctx.clock.now());
      // The shop's relay (per account context) or one given when the adapter was made.
      const callbackLink = ctx.callbackUrl ?? options.callbackLink;
      if (callbackLink !== undefined) issues.push(...validatePaytrCallback(callbackLink, request.reference));
      const invalid = issuesToError(issues);
      if (invalid) return { ok: false, error: invalid };
      const client = clientFor(ctx);
      if (!client.ok) return client;
      const fields = toPaytrCreateFields(request, { callbackLink });
      const created = await client.value.createLink(fields);
      if (!created.ok) return created;
      const { id, link, qrPngBase64 } = created.value;
      return { ok: true, value: { url: link, providerRefs: { id }, ...(qrPngBase64 ? { qrPngBase64 } : {}) } };
    },

    async sendSms(ctx, link, phoneE164) {
      const invalid = issuesToError(validatePaytrCellPhone(phoneE164));
      if (invalid) return { ok: false, error: invalid };
      const id = linkId(link);
      if (!id.ok) return id;
      const client = clientFor(ctx);
      if (!client.ok) return client;
      return client.value.sendSms(id.value, toPaytrCellPhone(phoneE164) ?? '');
    },

    async sendEmail(ctx, link, email) {
      const invalid = issuesToError(validatePaytrEmail(email));
      if (invalid) return { ok: false, error: invalid };
      const id = linkId(link);
      if (!id.ok) return id;
      const client = clientFor(ctx);
      if (!client.ok) return client;
      return client.value.sendEmail(id.value, email);
    },

    async cancel(ctx, link) {
      const id = linkId(link);
      if (!id.ok) return id;
      const result = await deletePaytrLinks(ctx, [id.value], options);
      if (!result.ok) return result;
      if (result.value.deleted.includes(id.value)) return { ok: true, value: { done: true } };
      return fail('provider-rejected', 'PayTR did not delete the link');
    },
  };
}

export const paytrAdapter = createPaytrAdapter();
