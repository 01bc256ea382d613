import type { z } from 'zod';
import type { Result } from '@shared/result';
import type { HttpClient } from '../../http/http-client';
import { exchange, parseJson, transientStatusError, unreadableAnswer, untrustedLinkAnswer } from '../provider-http';
import {
  createdSchema,
  detailBody,
  detailSchema,
  isPaynetSuccess,
  listRowsSchema,
  listSchema,
  paynetCodeError,
  paynetEnvelopeSchema,
  paynetStatusError,
  rowsOf,
  transactionRowsSchema,
  type PaynetDetail,
  type PaynetTransaction,
} from './paynet-parsing';

export interface PaynetClientConfig {
  /** Live, test (`pts-api`) or custom base, without a trailing slash. */
  baseUrl: string;
  /** The raw `sck_…` key: sent as `Authorization: Basic <key>`, not base64(user:pass). */
  secretKey: string;
  http: HttpClient;
  timeoutMs: number;
  now: () => Date;
}

export interface PaynetCreateBody {
  name_surname: string;
  /** Major units as a JSON number (149.99), converted exactly from minor units. */
  amount: number;
  reference_no: string;
  /** Validity in whole hours. */
  expire_date?: number;
  send_sms?: boolean;
  phone?: string;
  send_mail?: boolean;
  email?: string;
  note?: string;
  agent_id?: string;
  /** Where Paynet posts a successful payment (the shop's relay): a hint, confirmed with transaction/check. */
  confirmation_url?: string;
}

export type PaynetLinkKey = { reference_no: string } | { id: string };

export interface PaynetListQuery {
  /** `yyyy-MM-dd` */
  datab: string;
  datbi: string;
  limit?: number;
  startingAfter?: number;
  endingBefore?: number;
  agentId?: string;
}

export interface PaynetListPage {
  rows: Array<Record<string, unknown>>;
  hasMore: boolean;
  totalCount?: number;
}

/** Link status values for status_update: 0 = awaiting payment (reactivate), 3 = passive (cancel). */
export const PAYNET_STATUS = { reactivate: 0, cancel: 3 } as const;

export interface PaynetClient {
  create(body: PaynetCreateBody): Promise<Result<{ url: string; id?: string }>>;
  /** The link's fields, or null when Paynet has no record of it. */
  detail(key: PaynetLinkKey): Promise<Result<PaynetDetail | null>>;
  list(query: PaynetListQuery): Promise<Result<PaynetListPage>>;
  statusUpdate(key: PaynetLinkKey, status: 0 | 3): Promise<Result<{ done: true }>>;
  /** Transactions for a link (by reference_no) or one transaction (by xact_id); empty when none. */
  transactionCheck(key: { reference_no: string } | { xact_id: string }): Promise<Result<PaynetTransaction[]>>;
}

export function createPaynetClient(cfg: PaynetClientConfig): PaynetClient {
  const headers = {
    authorization: `Basic ${cfg.secretKey}`,
    accept: 'application/json; charset=UTF-8',
    'content-type': 'application/json; charset=UTF-8',
  };

  /** One call: the body of a successful envelope, or the app's error for whatever went wrong. */
  async function post(path: string, body: object, action: string, sideEffect: boolean): Promise<Result<Record<string, unknown>>> {
    const sent = await exchange(
      cfg.http,
      { method: 'POST', url: `${cfg.baseUrl}${path}`, headers, body: JSON.stringify(body), timeoutMs: cfg.timeoutMs },
      sideEffect,
    );
    if (!sent.ok) return sent;
    const { status, text } = sent.value;
    const transient = transientStatusError(sent.value, { provider: 'Paynet', sideEffect, now: cfg.now() });
    if (transient) return { ok: false, error: transient };
    if (status < 200 || status > 299) return { ok: false, error: paynetStatusError(status, text, { action, sideEffect }) };
    const json = parseJson(text);
    const envelope = json === undefined ? undefined : paynetEnvelopeSchema.safeParse(json);
    if (!envelope?.success) return { ok: false, error: unreadableAnswer('Paynet', sideEffect) };
    if (!isPaynetSuccess(envelope.data.code)) return { ok: false, error: paynetCodeError(envelope.data, { action, sideEffect }) };
    return { ok: true, value: envelope.data };
  }

  function read<S extends z.ZodType>(schema: S, value: unknown, sideEffect: boolean): Result<z.infer<S>> {
    const parsed = schema.safeParse(value);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: unreadableAnswer('Paynet', sideEffect) };
  }

  return {
    async create(body) {
      const reply = await post('/v1/mailorder/create', body, 'create', true);
      if (!reply.ok) return reply;
      const created = read(createdSchema, reply.value, true);
      const sentUrl = (reply.value as { url?: unknown }).url;
      if (!created.ok) return typeof sentUrl === 'string' ? { ok: false, error: untrustedLinkAnswer('Paynet') } : created;
      return { ok: true, value: { url: created.value.url, ...(created.value.id ? { id: created.value.id } : {}) } };
    },

    async detail(key) {
      const reply = await post('/v1/mailorder/detail', key, 'detail', false);
      if (!reply.ok) return reply.error.code === 'not-found' ? { ok: true, value: null } : reply;
      return read(detailSchema, detailBody(reply.value), false);
    },

    async list(query) {
      const body = {
        datab: query.datab,
        datbi: query.datbi,
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
        ...(query.startingAfter !== undefined ? { starting_after: query.startingAfter } : {}),
        ...(query.endingBefore !== undefined ? { ending_before: query.endingBefore } : {}),
        ...(query.agentId ? { agent_id: query.agentId } : {}),
      };
      const reply = await post('/v1/mailorder/list', body, 'list', false);
      if (!reply.ok) return reply.error.code === 'not-found' ? { ok: true, value: { rows: [], hasMore: false } } : reply;
      const page = read(listSchema, reply.value, false);
      const rows = read(listRowsSchema, rowsOf(reply.value), false);
      if (!page.ok) return page;
      if (!rows.ok) return rows;
      const { has_more: hasMore, total_count: totalCount } = page.value;
      return { ok: true, value: { rows: rows.value, hasMore: hasMore ?? false, ...(totalCount !== undefined ? { totalCount } : {}) } };
    },

    async statusUpdate(key, status) {
      const reply = await post('/v1/mailorder/status_update', { ...key, status }, 'status_update', true);
      return reply.ok ? { ok: true, value: { done: true } } : reply;
    },

    async transactionCheck(key) {
      const reply = await post('/v1/transaction/check', key, 'transaction/check', false);
      if (!reply.ok) return reply.error.code === 'not-found' ? { ok: true, value: [] } : reply;
      return read(transactionRowsSchema, rowsOf(reply.value), false);
    },
  };
}
