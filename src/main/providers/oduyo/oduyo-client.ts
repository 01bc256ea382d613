import { userText } from '@shared/i18n/user-text';
import type { z } from 'zod';
import type { ProviderContext } from '../provider';
import { AppFailure } from '@shared/result';
import { exchangeOrThrow, failure, hostOf, parseJson, providerText, throwIfUnavailable, unreadable, untrustedLinkAnswer } from '../provider-http';
import type { OduyoSessions } from './oduyo-session';
import {
  customerRowSchema,
  envelopeSchema,
  isRefusal,
  listRows,
  newCustomerId,
  parseLinkData,
  paymentRowSchema,
  type Envelope,
  type OduyoLinkData,
  type OduyoPaymentRow,
} from './oduyo-wire';

/**
 * Ödüyo's JSON API after login: headers `Apikey` and the raw session id as `Authorization`
 * (no "Bearer"). A 401 means the session is gone: log in again once and retry the call once.
 */
export type OduyoFilterOperator = '=' | '<>' | '>' | '<' | 'IN' | 'LIKE';
export interface OduyoFilter {
  field: string;
  operator: OduyoFilterOperator;
  value: string;
}
export interface OduyoListQuery {
  filters?: OduyoFilter[];
  limit?: number;
  offset?: number;
  sorting?: { field: string; sort: 'ASC' | 'DESC' }[];
  columns?: readonly string[];
}
export interface GetLinkInput {
  customerId: string;
  /** Major units (lira), e.g. 500 or 1250.5. */
  price: number;
  email?: string;
  installment?: number;
  /** `YYYY-MM-DD`, a Turkish date. */
  expireDate?: string;
}

/** Columns we read; all are documented customer fields. */
export const CUSTOMER_COLUMNS = ['id', 'name', 'email', 'telephone', 'status', 'balance', 'current_card_code', 'tax_number', 'tc_number'];

const NOT_FOUND = /no record found/i;

export function createOduyoClient(ctx: ProviderContext<'oduyo'>, sessions: OduyoSessions, timeoutMs?: number) {
  const host = hostOf(ctx.baseUrl);

  const send = (path: string, body: unknown, sessionId: string, sideEffect: boolean) =>
    exchangeOrThrow(
      ctx.http,
      {
        method: 'POST',
        url: `${ctx.baseUrl}${path}`,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          apikey: ctx.secrets.apiKey,
          authorization: sessionId,
        },
        body: JSON.stringify(body),
        timeoutMs,
      },
      sideEffect,
    );

  /** One call with the session, one re-login and retry on 401; errors thrown as AppFailure. */
  async function call(path: string, body: unknown, sideEffect: boolean) {
    let sessionId = await sessions.session(ctx);
    let res = await send(path, body, sessionId, sideEffect);
    if (res.status === 401) {
      sessionId = await sessions.renew(ctx, sessionId);
      res = await send(path, body, sessionId, sideEffect);
      if (res.status === 401) {
        sessions.forget(ctx);
        throw failure('auth-failed', `Ödüyo refused a fresh session on ${path} (401)`);
      }
    }
    throwIfUnavailable(res, { provider: host, sideEffect: sideEffect, now: ctx.clock.now() });
    const json = parseJson(res.text);
    const envelope = envelopeSchema.safeParse(json);
    const said = envelope.success ? providerText(envelope.data.message) : undefined;
    const extra = said ? { providerMessage: said } : {};
    if (res.status === 403) throw failure('auth-failed', `Ödüyo refused access to ${path} (403)`, extra);
    return { status: res.status, json, text: res.text, envelope: envelope.success ? envelope.data : undefined, said, extra };
  }

  type Answer = Awaited<ReturnType<typeof call>>;
  const isNoRecord = (a: Answer) => (a.status === 404 || a.envelope?.status === false) && NOT_FOUND.test(a.said ?? '');

  /** 2xx with `status` not false, or the matching error. */
  function accepted(a: Answer, path: string, sideEffect: boolean): Envelope {
    if (a.status < 200 || a.status > 299) {
      throw failure('provider-rejected', `Ödüyo answered HTTP ${a.status} on ${path}`, a.extra);
    }
    if (!a.envelope) throw unreadable(host, sideEffect, `an answer to ${path}`);
    if (isRefusal(a.envelope)) throw failure('provider-rejected', `Ödüyo refused ${path}`, a.extra);
    return a.envelope;
  }

  async function link(path: string, body: Record<string, unknown>): Promise<OduyoLinkData> {
    const answer = await call(path, body, true);
    if (isNoRecord(answer)) throw customerNotFound(answer.said);
    const envelope = accepted(answer, path, true);
    const data = parseLinkData(envelope.data);
    // The link was most likely created but we cannot read it: never retry blindly.
    if (data === 'untrusted-url') throw new AppFailure(untrustedLinkAnswer('Ödüyo'));
    if (!data) throw unreadable(host, true, 'a link answer');
    return data;
  }

  async function list<S extends z.ZodType>(path: string, query: OduyoListQuery, rowSchema: S): Promise<z.infer<S>[]> {
    const body = {
      filters: query.filters ?? [],
      params: { colums: query.columns ?? [] }, // "colums" (sic) is the documented spelling
      limit: String(query.limit ?? 1000),
      offset: String(query.offset ?? 0),
      sorting: query.sorting ?? [{ field: 'id', sort: 'ASC' }],
    };
    const answer = await call(path, body, false);
    // Ödüyo may say "No record found" for an empty result.
    if (isNoRecord(answer)) return [];
    const envelope = accepted(answer, path, false);
    const rows = listRows(envelope.data, rowSchema);
    if (!rows) throw unreadable(host, false, `a list from ${path}`);
    return rows;
  }

  return {
    /** `pay/get_link`: a link for an entered amount (payment_type 2), source 000. */
    getLink(input: GetLinkInput): Promise<OduyoLinkData> {
      return link('/pay/get_link', {
        id: input.customerId,
        integration_id: '',
        price: input.price,
        email: input.email,
        payment_type: '2',
        installment: input.installment,
        expire_time: input.expireDate,
      });
    },

    /** `payLink/getlink`: the payer types the amount; only the customer account is sent. */
    openAmountLink(customerId: string): Promise<OduyoLinkData> {
      return link('/payLink/getlink', { id: customerId });
    },

    async listCustomers(query: OduyoListQuery) {
      return list('/customer/customer_list', { columns: CUSTOMER_COLUMNS, ...query }, customerRowSchema);
    },

    /** `customer/customer_create`; the new id is read from "Customer successfully added id <4>". */
    async createCustomer(column: Record<string, string | number | undefined>): Promise<string> {
      const path = '/customer/customer_create';
      const answer = await call(path, { column }, true);
      accepted({ ...answer, envelope: answer.envelope ?? { status: true } }, path, true);
      const id = newCustomerId(answer.json, answer.text);
      if (!id) {
        throw failure('ambiguous', 'Ödüyo accepted the customer account but its id could not be read; search the list for it', answer.extra);
      }
      return id;
    },

    /** `payment/payment_select` rows for one link (filtered by `paymentsend_id`). */
    async selectPayments(paymentsendId: string): Promise<OduyoPaymentRow[]> {
      const filters: OduyoFilter[] = [{ field: 'paymentsend_id', operator: '=', value: paymentsendId }];
      return list('/payment/payment_select', { filters, limit: 100 }, paymentRowSchema);
    },
  };
}
export type OduyoClient = ReturnType<typeof createOduyoClient>;

export function customerNotFound(providerMessage?: string) {
  return failure('not-found', 'Ödüyo has no customer account with this id', {
    field: 'customer.oduyoCustomerId',
    ...(providerMessage ? { providerMessage } : {}),
    userText: userText('provider.oduyo.customerNotFound'),
  });
}
