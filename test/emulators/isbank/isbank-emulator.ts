import { randomBytes } from 'node:crypto';
import { Emulator, type EmulatorReply, type EmulatorRequest, type EmulatorOptions } from '../emulator-server';
import { seedFixture } from '../fixtures';

/**
 * İşbank's API portal as the provider notes describe it: an OAuth2 client-credentials token that
 * really expires, `X-IBM-client-id`/`-secret` + Bearer checks on every call (IBM-style 401
 * otherwise), answers wrapped in `{"data": …}`, PayByLink look-ups and link creation kept in
 * state, and the source 004 Services / Payments answers for service payments.
 */
export type LinkUrlField = 'url' | 'link' | 'payment_link' | 'link_url' | 'none';

export interface IsbankEmulatorOptions {
  clientId?: string;
  clientSecret?: string;
  /** Token lifetime reported in `expires_in` and enforced. Default 1200 s (20 minutes). */
  tokenLifetimeSeconds?: number;
  /** Where the create answer puts the link (the real field is unverified). Default `url`. */
  linkUrlField?: LinkUrlField;
  /** HTTPS with a required client certificate (mutual TLS). */
  tls?: EmulatorOptions['tls'];
  /** false: every Bearer token is refused (e.g. an application not subscribed to the product). */
  acceptTokens?: boolean;
  port?: number;
}

export const TOKEN_PATH = '/api/isbank/v1/identity-provider/oauth2/token';
const PBL = '/api/isbank/maximum/paybylink/v1';
export const SERVICE_PATH = '/api/isbank/v1/donations/services/:service_id';
export const PAYMENTS_PATH = '/api/isbank/v1/donations/payments';

export const MERCHANTS = [
  { merchant_no: 6700123, merchant_name: 'Örnek Mağaza A.Ş.' },
  { merchant_no: 6700456, merchant_name: 'Örnek Kafe' },
];
const BRANCHES = [
  { branch_no: 1, branch_name: 'Merkez' },
  { branch_no: 2, branch_name: 'Kadıköy' },
];

export interface IsbankLinkRecord {
  id: string;
  url: string;
  body: Record<string, unknown>;
  createdAt: number;
}

export interface IsbankEmulator {
  server: Emulator;
  baseUrl: string;
  credentials: { clientId: string; clientSecret: string };
  /** Tokens issued so far. */
  readonly tokensIssued: number;
  /** Every token request's form (secrets included: test use only) and query. */
  tokenRequests: { form: URLSearchParams; query: URLSearchParams }[];
  links: Map<string, IsbankLinkRecord>;
  payments: { body: unknown; paymentId: string }[];
  /** Client-certificate common names seen on API calls (mutual TLS). */
  clientCertificates: string[];
  /** Forgets every token, as if their lifetime had passed. */
  expireTokens(): void;
  count(endpoint: string): number;
  stop(): Promise<void>;
}

const ibmError = (status: number, httpMessage: string, moreInformation: string): EmulatorReply => ({
  status,
  json: { httpCode: String(status), httpMessage, moreInformation },
});
const infoError = (status: number, code: string, message: string): EmulatorReply => ({
  status,
  json: { infos: [{ code, message, message_for_customer: message }] },
});

export async function startIsbankEmulator(options: IsbankEmulatorOptions = {}): Promise<IsbankEmulator> {
  const credentials = { clientId: options.clientId ?? 'isb-client-id-1', clientSecret: options.clientSecret ?? 'isb-client-secret-1' };
  const lifetime = options.tokenLifetimeSeconds ?? 1200;
  const tokens = new Map<string, number>();
  const links = new Map<string, IsbankLinkRecord>();
  const payments: { body: unknown; paymentId: string }[] = [];
  const clientCertificates: string[] = [];
  let tokensIssued = 0;
  const tokenRequests: { form: URLSearchParams; query: URLSearchParams }[] = [];

  const token = (req: EmulatorRequest): EmulatorReply => {
    const form = req.form;
    tokenRequests.push({ form, query: req.query });
    if (form.get('grant_type') !== 'client_credentials') {
      return { status: 400, json: { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' } };
    }
    if (form.get('client_id') !== credentials.clientId || form.get('client_secret') !== credentials.clientSecret) {
      return { status: 401, json: { error: 'invalid_client', error_description: 'Client authentication failed' } };
    }
    tokensIssued += 1;
    const accessToken = randomBytes(24).toString('base64url');
    tokens.set(accessToken, Date.now() + lifetime * 1000);
    return { json: { access_token: accessToken, token_type: 'Bearer', expires_in: lifetime, scope: form.get('scope') ?? '' } };
  };

  /** Every API call: client id/secret headers and a live Bearer token. */
  const guarded =
    (route: (req: EmulatorRequest) => EmulatorReply) =>
    (req: EmulatorRequest): EmulatorReply => {
      if (req.headers['x-ibm-client-id'] !== credentials.clientId || req.headers['x-ibm-client-secret'] !== credentials.clientSecret) {
        return ibmError(401, 'Unauthorized', 'Invalid client id or secret.');
      }
      const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
      const expires = tokens.get(bearer);
      if (options.acceptTokens === false || expires === undefined || expires <= Date.now()) return ibmError(401, 'Unauthorized', 'Cannot pass the security checks.');
      if (req.clientCertificateCN) clientCertificates.push(req.clientCertificateCN);
      return route(req);
    };

  const merchant = (req: EmulatorRequest) => MERCHANTS.find((m) => /\/merchants\/(\d+)\//.exec(req.path)?.[1] === String(m.merchant_no));

  const createLink = (req: EmulatorRequest): EmulatorReply => {
    const body = (req.json ?? {}) as Record<string, unknown>;
    const known = MERCHANTS.some((m) => m.merchant_no === body.merchant_no);
    if (!known) return infoError(400, 'PBL-001', 'Üye işyeri bulunamadı');
    if (typeof body.amount !== 'number' || !(body.amount > 0) || typeof body.branch_no !== 'number') {
      return infoError(400, 'PBL-002', 'Tutar veya şube hatalı');
    }
    if (body.currency_code !== 'TRY' || typeof body.is_domestic !== 'boolean' || typeof body.installment !== 'number') {
      return infoError(400, 'PBL-003', 'Para birimi, taksit veya kart tipi hatalı');
    }
    const id = `PBL${randomBytes(6).toString('hex').toUpperCase()}`;
    const url = `${server.url}/paybylink/${id}`;
    links.set(id, { id, url, body, createdAt: Date.now() });
    const field = options.linkUrlField ?? 'url';
    const data: Record<string, unknown> = { payment_link_id: id };
    if (field !== 'none') data[field] = url;
    return { json: { data, infos: [{ code: '0', message: 'İşlem başarılı', message_for_customer: 'Ödeme linki oluşturuldu' }] } };
  };

  const pay = (req: EmulatorRequest): EmulatorReply => {
    const body = (req.json ?? {}) as { service_id?: unknown; basic_input_values?: { name?: string }[]; amount?: unknown; currency_code?: unknown };
    const services = seedFixture('isbank-services.json') as { data: { service_id: number } };
    if (body.service_id !== services.data.service_id) return infoError(404, 'SRV-404', 'Hizmet bulunamadı');
    const given = new Set((body.basic_input_values ?? []).map((v) => v.name));
    for (const required of ['SubscriberName', 'Tckn_Vkn_Ykn']) {
      if (!given.has(required)) return infoError(400, 'SRV-001', `${required} zorunludur`);
    }
    const seed = seedFixture('isbank-payments.json') as { data: Record<string, unknown> };
    const paymentId = String(2493761 + payments.length);
    payments.push({ body, paymentId });
    return { json: { data: { ...seed.data, payment_id: paymentId, amount: body.amount, currency_code: body.currency_code } } };
  };

  const server: Emulator = new Emulator({
    name: 'isbank',
    port: options.port,
    tls: options.tls,
    routes: {
      [`POST ${TOKEN_PATH}`]: token,
      [`GET ${PBL}/merchants`]: guarded(() => ({ json: { data: MERCHANTS } })),
      [`GET ${PBL}/merchants/:no/available-currency-codes`]: guarded((req) =>
        merchant(req)
          ? { json: { data: req.query.get('is_domestic') === 'false' ? ['TRY', 'USD', 'EUR'] : [{ currency_code: 'TRY' }] } }
          : infoError(404, 'PBL-001', 'Üye işyeri bulunamadı'),
      ),
      [`GET ${PBL}/merchants/:no/branches`]: guarded((req) =>
        merchant(req) ? { json: { data: { branches: BRANCHES } } } : infoError(404, 'PBL-001', 'Üye işyeri bulunamadı'),
      ),
      [`GET ${PBL}/merchants/:no/Installments`]: guarded((req) => {
        if (!merchant(req)) return infoError(404, 'PBL-001', 'Üye işyeri bulunamadı');
        if (!req.query.get('branch_no') || !req.query.get('currency_code')) return infoError(400, 'PBL-004', 'branch_no ve currency_code zorunludur');
        const counts = req.query.get('is_domestic') === 'false' ? [1] : [1, 2, 3, 6, 9];
        return { json: { data: counts.map((c) => ({ installment: c, commission_rate: c === 1 ? 0 : c * 1.25 })) } };
      }),
      [`POST ${PBL}/payment-links`]: guarded(createLink),
      [`GET ${SERVICE_PATH}`]: guarded((req) =>
        req.path.endsWith('/10065') ? { json: seedFixture('isbank-services.json') } : infoError(404, 'SRV-404', 'Hizmet bulunamadı'),
      ),
      [`POST ${PAYMENTS_PATH}`]: guarded(pay),
    },
    referenceOf: (req) => {
      const body = req.json as { personal_description?: unknown } | undefined;
      return typeof body?.personal_description === 'string' ? body.personal_description : undefined;
    },
  });
  await server.start();

  return {
    server,
    baseUrl: server.url,
    credentials,
    get tokensIssued() {
      return tokensIssued;
    },
    tokenRequests,
    links,
    payments,
    clientCertificates,
    expireTokens: () => tokens.clear(),
    count: (endpoint) => server.count(endpoint),
    stop: () => server.stop(),
  };
}
