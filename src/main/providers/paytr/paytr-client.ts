import { issuesToError } from '@shared/domain/validation';
import { validatePaytrLinkIds } from '@shared/rules/paytr-rules';
import { AppFailure, type Result } from '@shared/result';
import type { HttpClient } from '../../http/http-client';
import { exchange, transientStatusError } from '../provider-http';
import {
  paytrRefusal,
  parseCreated,
  parseDeleteResult,
  parsePaytrReply,
  parseReport,
  type PaytrCreated,
  type PaytrDeleteResult,
  type PaytrReply,
} from './paytr-parsing';
import {
  paytrCreateToken,
  paytrDeleteToken,
  paytrEmailToken,
  paytrReportToken,
  paytrSmsToken,
  type PaytrCreateSigned,
  type PaytrKeys,
} from './paytr-signing';

/** Unsigned optional create fields, as posted (strings). */
export interface PaytrCreateOptional {
  max_count?: string;
  pft?: string;
  expiry_date?: string;
  callback_link?: string;
  callback_id?: string;
  get_qr?: '0' | '1';
  flex_max_price?: string;
  user_name?: string;
}
export type PaytrCreateFields = PaytrCreateSigned & PaytrCreateOptional;

export interface PaytrClientConfig {
  /** `https://www.paytr.com` or a custom base (the emulator), without a trailing slash. */
  baseUrl: string;
  merchantId: string;
  keys: PaytrKeys;
  http: HttpClient;
  timeoutMs: number;
  now: () => Date;
  /** `debug_on=1` makes PayTR name the failing field, which is what the user needs to fix it. */
  debug: boolean;
}

export interface PaytrClient {
  createLink(fields: PaytrCreateFields): Promise<Result<PaytrCreated>>;
  /** Deletes 1–10 links in one call (ids comma-joined), reporting the result per id. */
  deleteLinks(ids: readonly string[]): Promise<Result<PaytrDeleteResult>>;
  sendSms(id: string, cellPhone: string): Promise<Result<{ done: true }>>;
  sendEmail(id: string, email: string): Promise<Result<{ done: true }>>;
  /** `rapor/islem-dokumu` rows for a window (`YYYY-MM-DD HH:MM:SS`, at most 3 days); empty when none. */
  transactionReport(startDate: string, endDate: string): Promise<Result<Array<Record<string, unknown>>>>;
}

/** PayTR's form API: every value a string, signed with the merchant key and salt. */
export function createPaytrClient(cfg: PaytrClientConfig): PaytrClient {
  const debugOn = cfg.debug ? '1' : '0';

  async function post(path: string, form: Record<string, string | undefined>, sideEffect: boolean, action: string) {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) if (value !== undefined) body.append(key, value);
    const sent = await exchange(
      cfg.http,
      {
        method: 'POST',
        url: `${cfg.baseUrl}${path}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: body.toString(),
        timeoutMs: cfg.timeoutMs,
      },
      sideEffect,
    );
    if (!sent.ok) return sent;
    return readReply(sent.value.status, sent.value.text, sent.value.headers, sideEffect, action);
  }

  function readReply(status: number, text: string, headers: Headers, sideEffect: boolean, action: string): Result<PaytrReply> {
    const transient = transientStatusError({ status, headers, text }, { provider: 'PayTR', sideEffect, now: cfg.now() });
    if (transient) return { ok: false, error: transient };
    if (status === 401 || status === 403) {
      return { ok: false, error: AppFailure.of('auth-failed', `PayTR refused the credentials (HTTP ${status})`).error };
    }
    const reply = parsePaytrReply(text, sideEffect);
    if (status < 200 || status > 299) {
      // A 4xx was not processed; keep PayTR's words when the body is one of its answers.
      if (reply.ok && reply.value.status !== 'success') return { ok: false, error: paytrRefusal(reply.value, action) };
      return { ok: false, error: AppFailure.of('provider-rejected', `PayTR answered HTTP ${status} (${action})`).error };
    }
    return reply;
  }

  const done = (reply: PaytrReply, action: string): Result<{ done: true }> =>
    reply.status === 'success' ? { ok: true, value: { done: true } } : { ok: false, error: paytrRefusal(reply, action) };

  return {
    async createLink(fields) {
      const paytr_token = paytrCreateToken(cfg.keys, fields);
      const form = { merchant_id: cfg.merchantId, ...fields, debug_on: debugOn, paytr_token };
      const reply = await post('/odeme/api/link/create', form, true, 'create');
      if (!reply.ok) return reply;
      if (reply.value.status !== 'success') return { ok: false, error: paytrRefusal(reply.value, 'create') };
      return parseCreated(reply.value);
    },

    async deleteLinks(ids) {
      const invalid = issuesToError(validatePaytrLinkIds(ids));
      if (invalid) return { ok: false, error: invalid };
      const id = ids.join(',');
      const paytr_token = paytrDeleteToken(cfg.keys, { id, merchantId: cfg.merchantId });
      const reply = await post('/odeme/api/link/delete', { merchant_id: cfg.merchantId, id, debug_on: debugOn, paytr_token }, true, 'delete');
      return reply.ok ? parseDeleteResult(reply.value, ids) : reply;
    },

    async sendSms(id, cellPhone) {
      const paytr_token = paytrSmsToken(cfg.keys, { id, merchantId: cfg.merchantId, cellPhone });
      const form = { merchant_id: cfg.merchantId, id, cell_phone: cellPhone, debug_on: debugOn, paytr_token };
      const reply = await post('/odeme/api/link/send-sms', form, true, 'send-sms');
      return reply.ok ? done(reply.value, 'send-sms') : reply;
    },

    async sendEmail(id, email) {
      const paytr_token = paytrEmailToken(cfg.keys, { id, merchantId: cfg.merchantId, email });
      const form = { merchant_id: cfg.merchantId, id, email, debug_on: debugOn, paytr_token };
      const reply = await post('/odeme/api/link/send-email', form, true, 'send-email');
      return reply.ok ? done(reply.value, 'send-email') : reply;
    },

    async transactionReport(startDate, endDate) {
      const paytr_token = paytrReportToken(cfg.keys, { merchantId: cfg.merchantId, startDate, endDate });
      const form = { merchant_id: cfg.merchantId, start_date: startDate, end_date: endDate, paytr_token };
      const reply = await post('/rapor/islem-dokumu', form, false, 'report');
      return reply.ok ? parseReport(reply.value) : reply;
    },
  };
}
