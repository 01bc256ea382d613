import { randomBytes } from 'node:crypto';
import { Emulator, type EmulatorReply, type EmulatorRequest } from '../emulator-server';
import { seedFixture } from '../fixtures';
import { applyListBody, type Row } from './oduyo-list';

/**
 * Ödüyo as its docs (and source 000) describe it, under `/api/v1` like the docs' base URL:
 * form-encoded login returning a session id that really expires, `Apikey` + raw `Authorization`
 * on every other call (401 `{}` otherwise), `data` double-encoded on get_link, the documented 404
 * for an unknown customer account, customers and payments kept in state.
 */
export type LoginShape = 'data' | 'data.session_id' | 'session_id' | 'SESSION_ID' | 'plain' | 'none';

export interface OduyoEmulatorOptions {
  username?: string;
  password?: string;
  apiKey?: string;
  /** How long a session lives; tests shorten it to see expiry for real. Default 60 minutes. */
  sessionLifetimeMs?: number;
  /** Where the login answer puts the session id (undocumented; the app accepts all of these). */
  loginShape?: LoginShape;
  /** payment_select with no rows: an empty list, or the 404 "No record found" body. */
  emptySelectAs?: 'empty-list' | 'not-found';
  /** Replaces the get_link answer (e.g. to serve the documented 200 body verbatim). */
  getLinkReply?: (req: EmulatorRequest) => EmulatorReply | undefined;
  port?: number;
}

export const ODUYO_PREFIX = '/api/v1';
const SEED_CUSTOMER: Row = {
  id: '76',
  name: 'Pınar Köprülü',
  email: 'pinar.koprulu@oduyo.com.tr',
  telephone: '5321234567',
  status: '1',
  current_card_code: 'C76',
  customer_type_1: '1',
  customer_type_2: '1',
  balance: '0.00',
};

export interface OduyoLinkRecord {
  paymentsendid: string;
  url: string;
  customerId: string;
  body: unknown;
  open: boolean;
}

export interface OduyoEmulator {
  server: Emulator;
  /** The base URL an account is configured with (`…/api/v1`). */
  baseUrl: string;
  credentials: { username: string; password: string; apiKey: string };
  /** Successful logins so far. */
  readonly logins: number;
  customers: Row[];
  links: Map<string, OduyoLinkRecord>;
  payments: Row[];
  /** Every list body received (customer_list and payment_select), as sent. */
  listBodies: unknown[];
  /** Records a payment row for a link, as Ödüyo's payment list would show it. */
  markPaid(paymentsendid: string, status?: '3D-SUCCESS' | '3D-ERROR' | '3D-POST'): void;
  /** Forgets every session, as if their 60 minutes had passed. */
  expireSessions(): void;
  /** Requests to `METHOD /path` so far (the shell's per-endpoint counter). */
  count(endpoint: string): number;
  stop(): Promise<void>;
}

export async function startOduyoEmulator(options: OduyoEmulatorOptions = {}): Promise<OduyoEmulator> {
  const credentials = {
    username: options.username ?? 'magaza@example.com',
    password: options.password ?? 'parola-123',
    apiKey: options.apiKey ?? 'ODUYO-API-KEY-1',
  };
  const lifetime = options.sessionLifetimeMs ?? 60 * 60 * 1000;
  const sessions = new Map<string, number>();
  const customers: Row[] = [{ ...SEED_CUSTOMER }];
  const links = new Map<string, OduyoLinkRecord>();
  const payments: Row[] = [];
  const listBodies: unknown[] = [];
  let logins = 0;

  const authorised = (req: EmulatorRequest): boolean => {
    const session = String(req.headers.authorization ?? '');
    const expires = sessions.get(session);
    if (expires !== undefined && expires <= Date.now()) sessions.delete(session);
    return req.headers.apikey === credentials.apiKey && expires !== undefined && expires > Date.now();
  };
  /** Every call but login needs a live session; Ödüyo answers 401 with `{}` otherwise. */
  const guarded =
    (route: (req: EmulatorRequest) => EmulatorReply) =>
    (req: EmulatorRequest): EmulatorReply =>
      authorised(req) ? route(req) : { status: 401, json: {} };

  const login = (req: EmulatorRequest): EmulatorReply => {
    const form = req.form;
    if (
      form.get('username') !== credentials.username ||
      form.get('password') !== credentials.password ||
      form.get('oduyo_api_key') !== credentials.apiKey
    ) {
      return { status: 401, json: { status: false, message: 'Kullanıcı adı veya şifre hatalı' } };
    }
    logins += 1;
    const id = randomBytes(16).toString('hex');
    sessions.set(id, Date.now() + lifetime);
    switch (options.loginShape ?? 'data') {
      case 'data':
        return { json: { status: true, data: id } };
      case 'data.session_id':
        return { json: { status: true, data: { session_id: id } } };
      case 'session_id':
        return { json: { status: true, session_id: id } };
      case 'SESSION_ID':
        return { json: { SESSION_ID: id } };
      case 'plain':
        return { text: id };
      case 'none':
        return { json: { status: true, message: 'ok' } };
    }
  };

  const createLink = (req: EmulatorRequest, open: boolean): EmulatorReply => {
    const body = (req.json ?? {}) as Record<string, unknown>;
    const id = String(body.id ?? '');
    const customer = customers.find((c) => c.id === id || (body.integration_id && c.integration_id === String(body.integration_id)));
    if (!customer) return { status: 404, json: seedFixture('oduyo-get-link-404.json') };
    if (!open) {
      const price = Number(body.price);
      if (String(body.payment_type) !== '2' || !(price > 0)) return { status: 400, json: { status: false, message: 'Invalid price or payment_type' } };
      if (body.expire_time !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(body.expire_time))) {
        return { status: 400, json: { status: false, message: 'Invalid expire_time' } };
      }
      const custom = options.getLinkReply?.(req);
      if (custom) return custom;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const paymentsendid = `${randomBytes(12).toString('base64url').slice(0, 15)}${stamp}`;
    const url = `${server.url}/paymentnew/?${randomBytes(8).toString('hex')}=${paymentsendid}`;
    links.set(paymentsendid, { paymentsendid, url, customerId: customer.id!, body, open });
    // `data` is a JSON string inside the JSON answer, exactly like the documented 200 body.
    return { json: { status: true, data: JSON.stringify({ url, paymentsendid }) } };
  };

  const customerCreate = (req: EmulatorRequest): EmulatorReply => {
    const column = ((req.json ?? {}) as { column?: Record<string, unknown> }).column;
    if (!column || typeof column.name !== 'string' || column.name.trim() === '') {
      return { status: 400, json: { status: false, message: 'name is required' } };
    }
    const id = String(Math.max(0, ...customers.map((c) => Number(c.id))) + 1);
    const row: Row = { id, status: '1', balance: '0.00' };
    for (const [key, value] of Object.entries(column)) if (value !== undefined && value !== null) row[key] = String(value);
    row.id = id;
    customers.push(row);
    return { json: { status: true, data: `Customer successfully added id <${id}>` } };
  };

  const list = (rows: readonly Row[], req: EmulatorRequest, emptyAs404: boolean): EmulatorReply => {
    listBodies.push(req.json);
    const result = applyListBody(rows, req.json);
    if (typeof result === 'string') return { status: 400, json: { status: false, message: result } };
    if (result.length === 0 && emptyAs404) return { status: 404, json: seedFixture('oduyo-get-link-404.json') };
    return { json: { status: true, data: result } };
  };

  const p = (path: string) => `POST ${ODUYO_PREFIX}${path}`;
  const server: Emulator = new Emulator({
    name: 'oduyo',
    port: options.port,
    routes: {
      [p('/ws/login')]: login,
      [p('/pay/get_link')]: guarded((req) => createLink(req, false)),
      [p('/payLink/getlink')]: guarded((req) => createLink(req, true)),
      [p('/customer/customer_list')]: guarded((req) => list(customers, req, false)),
      [p('/customer/customer_create')]: guarded(customerCreate),
      [p('/payment/payment_select')]: guarded((req) => list(payments, req, options.emptySelectAs === 'not-found')),
    },
    referenceOf: (req) => {
      const body = (req.json ?? {}) as { id?: unknown; filters?: { value?: unknown }[] };
      if (req.path.endsWith('/payment/payment_select')) return String(body.filters?.[0]?.value ?? '') || undefined;
      if (req.path.endsWith('/get_link') || req.path.endsWith('/getlink')) return body.id ? `customer:${String(body.id)}` : undefined;
      return undefined;
    },
  });
  await server.start();

  return {
    server,
    baseUrl: `${server.url}${ODUYO_PREFIX}`,
    credentials,
    get logins() {
      return logins;
    },
    customers,
    links,
    payments,
    listBodies,
    markPaid(paymentsendid, status = '3D-SUCCESS') {
      const link = links.get(paymentsendid);
      if (!link) throw new Error(`No link ${paymentsendid}`);
      const price = Number((link.body as { price?: unknown }).price ?? 100);
      payments.push({
        id: String(payments.length + 1),
        paymentsend_id: paymentsendid,
        status,
        total_with_commison: (price * 1.02).toFixed(2),
        total_without_commison: price.toFixed(2),
        currency_type: 'TRY',
        installment_number: String((link.body as { installment?: unknown }).installment ?? 1),
        customer_id: link.customerId,
        email: String((link.body as { email?: unknown }).email ?? ''),
        created_in: '2025-07-21 12:40:00',
      });
    },
    expireSessions() {
      sessions.clear();
    },
    count: (endpoint) => server.count(endpoint),
    stop: () => server.stop(),
  };
}
