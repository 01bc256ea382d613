import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { deliverCallback, type CallbackDelivery, type CallbackPosting } from '../callback-poster';
import { Emulator, type EmulatorReply, type EmulatorRequest, type Route, recordingRoutes, type RecordedRequest } from '../emulator-server';

/**
 * A local Paynet PayLink API as docs/providers/paynet.md describes it: the raw `Basic sck_…` key,
 * JSON bodies, the 200 `{code, message}` envelope (0 = success, 12 = no data) and the non-200
 * `{type, message, code, result_code}` envelope. Links are kept by id and reference_no; a test
 * marks them paid. Per-reference counters use `reference_no` (the app's own reference).
 *
 * Emulator readings of undocumented points: validation failures answer HTTP 400 (result_code 11);
 * an unknown reference answers 200 with code 12; the create answer has no `id` unless
 * `includeIdInCreate`; list paging is by 0-based row index (`starting_after: 9` → rows 10…).
 */
export const paynetEmulatorDefaults = { secretKey: 'sck_emulator_5f0c1a2b3c4d5e6f' };

export type { RecordedRequest };

export interface PaynetEmulatorOptions {
  secretKey?: string;
  port?: number;
  includeIdInCreate?: boolean;
  /** Where confirmation_url hosts really are, the retry pause and attempts. */
  callbacks?: CallbackPosting;
  /** The documented callback spells it `referance_no`; tests can send `reference_no` too. */
  callbackReferenceField?: 'referance_no' | 'reference_no';
}

export interface PaynetEmulatorLink {
  id: string;
  reference_no: string;
  /** The PayLink URL (the emulator's detail answer carries it; whether Paynet's does is unverified). */
  url: string;
  name_surname: string;
  amount: number;
  expire_date?: number;
  phone?: string;
  email?: string;
  note?: string;
  agent_id?: string;
  /** Where Paynet posts the payment (server to server) when it succeeds. */
  confirmation_url?: string;
  send_sms: boolean;
  send_mail: boolean;
  /** 0 = awaiting payment, 3 = passive (as status_update sets it). */
  status: number;
  xact_id?: string;
  createdAt: Date;
}

export interface PaynetEmulatorTransaction {
  xact_id: string;
  xact_date: string;
  reference_no: string;
  amount: number;
  net_amount: number;
  currency: string;
  instalment: number;
  card_no: string;
  authorization_code: string;
  is_succeed: boolean;
}

export interface PaynetEmulator {
  readonly emulator: Emulator;
  readonly url: string;
  readonly secretKey: string;
  readonly links: PaynetEmulatorLink[];
  /** The last requests (newest last, at most 50), to check what went over the wire. */
  readonly requests: RecordedRequest[];
  readonly transactions: PaynetEmulatorTransaction[];
  /** Confirmations posted to confirmation_url after successful payments, oldest first. */
  readonly callbacks: CallbackDelivery[];
  linkByReference(referenceNo: string): PaynetEmulatorLink | undefined;
  /** A transaction for the link: succeeded by default, for the link amount unless told otherwise; a success is posted to confirmation_url. */
  markPaid(referenceNo: string, options?: { amountMinor?: number; succeeded?: boolean }): PaynetEmulatorTransaction;
  /** The link made passive outside the app (e.g. in Paynet's panel): status 3, as status_update sets it. */
  markCancelled(referenceNo: string): void;
  /** The next call on `path` (or any) answers this body with this HTTP status (default 200). */
  rejectNext(body: Record<string, unknown>, options?: { status?: number; path?: string }): void;
  /** The next `count` detail look-ups of existing links answer "no data", as Paynet might just after a create. */
  hideNewLinks(count: number): void;
  stop(): Promise<void>;
}

const ok = (objectName: string, extra: Record<string, unknown> = {}): EmulatorReply => ({
  json: { object_name: objectName, code: 0, message: 'İşlem başarılı', ...extra },
});
const noData = (): EmulatorReply => ({ json: { object_name: 'error', code: 12, message: 'Kayıt bulunamadı' } });
const badRequest = (message: string): EmulatorReply => ({
  status: 400,
  json: { type: 'invalid_request_error', message, code: 400, result_code: 11 },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const istanbulDate = (at: Date) => new Date(at.getTime() + 3 * 3600_000).toISOString().slice(0, 10);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function startPaynetEmulator(options: PaynetEmulatorOptions = {}): Promise<PaynetEmulator> {
  const secretKey = options.secretKey ?? paynetEmulatorDefaults.secretKey;
  const links: PaynetEmulatorLink[] = [];
  let hiddenLookups = 0;
  const transactions: PaynetEmulatorTransaction[] = [];
  const callbacks: CallbackDelivery[] = [];
  const requests: RecordedRequest[] = [];
  const recorded = (routes: Record<string, Route>) => recordingRoutes(routes, requests);
  const rejections: Array<{ reply: EmulatorReply; path?: string }> = [];

  // Uniqueness is not enforced for PayLink: the newest link with a reference wins.
  const byReference = (ref: unknown) => [...links].reverse().find((l) => l.reference_no === ref);
  const find = (body: Record<string, unknown>) =>
    body.id !== undefined ? links.find((l) => l.id === String(body.id)) : byReference(body.reference_no);

  /** Auth, JSON and injected answers first, for every route. */
  const guarded =
    (handler: (body: Record<string, unknown>) => EmulatorReply) =>
    (req: EmulatorRequest): EmulatorReply => {
      const injected = rejections.findIndex((r) => !r.path || r.path === req.path);
      if (injected >= 0) return rejections.splice(injected, 1)[0]!.reply;
      if (req.headers.authorization !== `Basic ${secretKey}`) {
        return { status: 401, json: { type: 'authentication_error', message: 'Geçersiz anahtar', code: 401, result_code: 7 } };
      }
      if (!isObject(req.json)) return badRequest('İstek gövdesi geçerli bir JSON değil');
      return handler(req.json);
    };

  const create = guarded((body) => {
    const problem = createProblem(body);
    if (problem) return badRequest(problem);
    const id = randomBytes(8).toString('hex');
    const link: PaynetEmulatorLink = {
      id,
      url: `${emulator.url}/paylink/${id}`,
      reference_no: typeof body.reference_no === 'string' ? body.reference_no : '',
      name_surname: String(body.name_surname),
      amount: Number(body.amount),
      send_sms: body.send_sms === true,
      send_mail: body.send_mail === true,
      status: 0,
      createdAt: new Date(),
      ...(typeof body.expire_date === 'number' ? { expire_date: body.expire_date } : {}),
      ...(typeof body.phone === 'string' ? { phone: body.phone } : {}),
      ...(typeof body.email === 'string' ? { email: body.email } : {}),
      ...(typeof body.note === 'string' ? { note: body.note } : {}),
      ...(typeof body.agent_id === 'string' ? { agent_id: body.agent_id } : {}),
      ...(typeof body.confirmation_url === 'string' ? { confirmation_url: body.confirmation_url } : {}),
    };
    links.push(link);
    return ok('mailorder', { url: link.url, ...(options.includeIdInCreate ? { id: link.id } : {}) });
  });

  const detail = guarded((body) => {
    const link = find(body);
    if (hiddenLookups > 0 && link) {
      hiddenLookups -= 1;
      return noData();
    }
    if (!link) return noData();
    const { createdAt, ...fields } = link;
    return ok('mailorder', { ...fields, currency: 'TRY', installment: 1, create_date: createdAt.toISOString() });
  });

  const list = guarded((body) => {
    if (typeof body.datab !== 'string' || !DATE.test(body.datab)) return badRequest('datab zorunludur (yyyy-MM-dd)');
    if (typeof body.datbi !== 'string' || !DATE.test(body.datbi)) return badRequest('datbi zorunludur (yyyy-MM-dd)');
    const { datab, datbi } = body;
    const rows = links.filter((l) => istanbulDate(l.createdAt) >= datab && istanbulDate(l.createdAt) <= datbi);
    const limit = typeof body.limit === 'number' && body.limit > 0 ? body.limit : 10;
    let from = typeof body.starting_after === 'number' ? body.starting_after + 1 : 0;
    let to = from + limit;
    if (typeof body.ending_before === 'number') {
      to = body.ending_before;
      from = Math.max(0, to - limit);
    }
    const page = rows.slice(from, to).map(({ createdAt, ...l }) => ({ ...l, currency: 'TRY', create_date: createdAt.toISOString() }));
    return ok('list', { has_more: to < rows.length, total_count: rows.length, Data: page });
  });

  const statusUpdate = guarded((body) => {
    if (body.status !== 0 && body.status !== 3) return badRequest('status 0 veya 3 olmalıdır');
    const link = find(body);
    if (!link) return noData();
    link.status = body.status;
    return ok('mailorder_update_status');
  });

  const check = guarded((body) => {
    if (body.xact_id !== undefined) {
      const rows = transactions.filter((t) => t.xact_id === String(body.xact_id));
      return rows.length ? ok('transaction', { Data: rows }) : noData();
    }
    if (!byReference(body.reference_no)) return noData();
    return ok('transaction', { Data: transactions.filter((t) => t.reference_no === body.reference_no) });
  });

  const emulator = new Emulator({
    name: 'paynet',
    routes: recorded({
      'POST /v1/mailorder/create': create,
      'POST /v1/mailorder/detail': detail,
      'POST /v1/mailorder/list': list,
      'POST /v1/mailorder/status_update': statusUpdate,
      'POST /v1/transaction/check': check,
      'GET /paylink/:id': (req) => {
        const link = links.find((l) => l.id === req.path.split('/').pop());
        return link ? { text: `Paynet emulator PayLink: ${link.name_surname}, ${link.amount} TRY` } : { status: 404, text: 'Not found' };
      },
    }),
    referenceOf: (req) => {
      if (!isObject(req.json)) return undefined;
      if (typeof req.json.reference_no === 'string') return req.json.reference_no;
      return req.json.id !== undefined ? find(req.json)?.reference_no : undefined;
    },
    port: options.port,
  });
  await emulator.start();

  return {
    emulator,
    get url() {
      return emulator.url;
    },
    secretKey,
    links,
    requests,
    transactions,
    callbacks,
    linkByReference: byReference,
    markPaid(referenceNo, paid = {}) {
      const link = byReference(referenceNo);
      if (!link) throw new Error(`No Paynet emulator link ${referenceNo}`);
      const amount = paid.amountMinor !== undefined ? paid.amountMinor / 100 : link.amount;
      const row: PaynetEmulatorTransaction = {
        xact_id: `X${randomBytes(6).toString('hex')}`,
        xact_date: new Date().toISOString(),
        reference_no: referenceNo,
        amount,
        net_amount: Math.round(amount * 97) / 100,
        currency: 'TRY',
        instalment: 1,
        card_no: '435508******4358',
        authorization_code: String(100000 + transactions.length),
        is_succeed: paid.succeeded ?? true,
      };
      transactions.push(row);
      if (row.is_succeed) link.xact_id = row.xact_id;
      if (row.is_succeed && link.confirmation_url) {
        const body = JSON.stringify(confirmationBody(link, row, options.callbackReferenceField ?? 'referance_no'));
        callbacks.push(deliverCallback(link.confirmation_url, body, 'application/json', (code) => code >= 200 && code < 300, options.callbacks));
      }
      return row;
    },
    markCancelled(referenceNo) {
      const link = byReference(referenceNo);
      if (!link) throw new Error(`No Paynet emulator link ${referenceNo}`);
      link.status = 3;
    },
    rejectNext(body, opts = {}) {
      rejections.push({ reply: { status: opts.status ?? 200, json: body }, path: opts.path });
    },
    hideNewLinks(count) {
      hiddenLookups = count;
    },
    stop: () => emulator.stop(),
  };
}

/** The confirmation_url POST as docs/providers/paynet.md lists it (no signature is documented). */
function confirmationBody(link: PaynetEmulatorLink, row: PaynetEmulatorTransaction, referenceField: string): Record<string, unknown> {
  return {
    [referenceField]: row.reference_no,
    xact_date: row.xact_date,
    agent_id: link.agent_id ?? '',
    bank_id: '0062',
    instalment: row.instalment,
    card_holder: 'EMULATOR TEST',
    card_number: row.card_no,
    amount: row.amount,
    netAmount: row.net_amount,
    comission: Math.round((row.amount - row.net_amount) * 100) / 100,
    comission_tax: 0,
    currency: row.currency,
    authorization_code: row.authorization_code,
    order_id: row.xact_id,
    is_succeed: row.is_succeed,
  };
}

/** Paynet's create rules as documented; the first broken one, in Paynet-like words. */
function createProblem(body: Record<string, unknown>): string | undefined {
  if (typeof body.name_surname !== 'string' || body.name_surname.trim() === '') return 'name_surname zorunludur';
  if (typeof body.amount !== 'number' || !(body.amount > 0) || Math.round(body.amount * 100) !== body.amount * 100) {
    return 'amount geçersiz';
  }
  if (body.reference_no !== undefined && (typeof body.reference_no !== 'string' || body.reference_no.length > 50)) {
    return 'reference_no en fazla 50 karakter olabilir';
  }
  if (body.expire_date !== undefined && !(Number.isInteger(body.expire_date) && (body.expire_date as number) >= 1)) {
    return 'expire_date saat cinsinden ve en az 1 olmalıdır';
  }
  if (body.send_sms === true && !(typeof body.phone === 'string' && /^5\d{9}$/.test(body.phone))) return 'phone geçersiz';
  if (body.send_mail === true && !(typeof body.email === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email))) {
    return 'email geçersiz';
  }
  return undefined;
}

/** `npx tsx test/emulators/paynet/paynet-emulator.ts [port]`: run it for the web preview or by hand. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void startPaynetEmulator({ port: Number(process.argv[2] ?? process.env.PORT ?? 0) || undefined }).then((emu) => {
    console.log(`Paynet emulator on ${emu.url} (secret key ${emu.secretKey})`);
  });
}
