import { randomInt } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Emulator, type EmulatorReply, type EmulatorRequest, type Route, recordingRoutes, type RecordedRequest } from '../emulator-server';
import { deliverCallback, type CallbackDelivery, type CallbackPosting } from '../callback-poster';
import {
  brokenCreateRule,
  callbackHashOf,
  createMessage,
  INVALID_ID_REASON,
  isCellPhone,
  isEmail,
  istanbulMs,
  istanbulText,
  optionalReason,
  requiredCreateFields,
  requiredReason,
  tokenOf,
  TOKEN_REASON,
  type PaytrEmulatorKeys,
} from './paytr-emulator-rules';
import { qrLikePngBase64 } from './qr-png';

/**
 * A local PayTR Link API that behaves as docs/providers/paytr.md says: tokens recomputed, field rules
 * enforced, links kept so delete/send act on them, QR on request, the transaction report.
 *
 * Per-reference counting: PayTR has no app reference on the wire. The app sends `callback_id`
 * only with a callback relay, so a create counts under its `callback_id` when present and under
 * `name|price` otherwise; later calls count under the key of the link their `id` names.
 */
export const paytrEmulatorDefaults: PaytrEmulatorKeys = {
  merchantId: '123456',
  merchantKey: 'EmuPaytrKey0123456789',
  merchantSalt: 'EmuPaytrSalt0123456789',
};

export type { RecordedRequest };

export interface PaytrEmulatorOptions extends Partial<PaytrEmulatorKeys> {
  port?: number;
  /** The field the QR comes back in (PayTR does not document it). */
  qrField?: string;
  /** Where callback_link hosts really are (`{ 'relay.paydesk.test': 'http://127.0.0.1:PORT' }`), the retry pause and attempts. */
  callbacks?: CallbackPosting;
}

export interface PaytrEmulatorLink {
  id: string;
  fields: Record<string, string>;
  referenceKey: string;
  createdAt: Date;
  deleted: boolean;
  payments: number;
  smsSentTo: string[];
  emailsSentTo: string[];
}

export interface PaytrEmulatorTransaction {
  at: Date;
  merchantOid: string;
  amountMinor: number;
  currency: string;
  linkId?: string;
}

type Answer = { status: 'success' | 'error' | 'failed'; reason?: string; err_msg?: string } & Record<string, unknown>;

export interface PaytrEmulator {
  readonly emulator: Emulator;
  readonly url: string;
  readonly keys: PaytrEmulatorKeys;
  readonly links: Map<string, PaytrEmulatorLink>;
  /** The last requests (newest last, at most 50), to check what went over the wire. */
  readonly requests: RecordedRequest[];
  readonly transactions: PaytrEmulatorTransaction[];
  /** Callbacks posted after payments on links made with callback_link + callback_id, oldest first. */
  readonly callbacks: CallbackDelivery[];
  /**
   * A payment on the link (by PayTR id): a report row, the stock used up, and, when the link was
   * made with callback_link + callback_id, the callback form posted there until it is answered
   * exactly `OK`. `amountMinor` is the total paid (more than the price with installment interest).
   */
  markPaid(id: string, amountMinor?: number): PaytrEmulatorTransaction;
  /** The next Link API call on `path` (or any) answers this instead (e.g. `status: 'error'`). */
  rejectNext(answer: Answer, path?: string): void;
  /** Creates keep working, but answer this link URL (made from the emulator's own) until reset with undefined. */
  answerLinkUrl(make: ((ownUrl: string) => string) | undefined): void;
  stop(): Promise<void>;
}

/** The per-reference counter key of a create's fields (see the module comment). */
export function paytrReferenceKey(fields: { name?: string | null; price?: string | null; callback_id?: string | null }): string {
  return fields.callback_id ? fields.callback_id : `${fields.name ?? ''}|${fields.price ?? ''}`;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export async function startPaytrEmulator(options: PaytrEmulatorOptions = {}): Promise<PaytrEmulator> {
  const keys: PaytrEmulatorKeys = {
    merchantId: options.merchantId ?? paytrEmulatorDefaults.merchantId,
    merchantKey: options.merchantKey ?? paytrEmulatorDefaults.merchantKey,
    merchantSalt: options.merchantSalt ?? paytrEmulatorDefaults.merchantSalt,
  };
  const links = new Map<string, PaytrEmulatorLink>();
  const transactions: PaytrEmulatorTransaction[] = [];
  const requests: RecordedRequest[] = [];
  const callbacks: CallbackDelivery[] = [];
  const recorded = (routes: Record<string, Route>) => recordingRoutes(routes, requests);
  const rejections: Array<{ answer: Answer; path?: string }> = [];
  let linkUrlOf = (ownUrl: string) => ownUrl;

  const newId = () => {
    for (;;) {
      const id = Array.from({ length: 7 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('');
      if (!links.has(id)) return id;
    }
  };
  const liveLink = (id: string | null) => {
    const link = id ? links.get(id) : undefined;
    return link && !link.deleted ? link : undefined;
  };
  const debugOf = (req: EmulatorRequest) => req.form.get('debug_on') === '1';
  const failed = (reason: string): EmulatorReply => ({ json: { status: 'failed', reason } });
  const tokenOk = (req: EmulatorRequest, message: string) =>
    req.form.get('merchant_id') === keys.merchantId && req.form.get('paytr_token') === tokenOf(keys, message);

  /** Injected answers first; then every call checks its required fields and its token. */
  function guarded(call: string, required: (req: EmulatorRequest) => string[], message: (req: EmulatorRequest) => string) {
    return (handler: (req: EmulatorRequest) => EmulatorReply) =>
      (req: EmulatorRequest): EmulatorReply => {
        const index = rejections.findIndex((r) => !r.path || r.path === req.path);
        if (index >= 0) return { json: rejections.splice(index, 1)[0]!.answer };
        const missing = required(req).find((field) => !req.form.get(field));
        if (missing) return failed(requiredReason(missing, call, debugOf(req)));
        if (!tokenOk(req, message(req))) return failed(TOKEN_REASON);
        return handler(req);
      };
  }

  const create = guarded('create', (req) => requiredCreateFields(req.form.get('link_type')), (req) => createMessage(req.form))((req) => {
    const broken = brokenCreateRule(req.form, Date.now());
    if (broken) {
      const [field, required] = broken;
      return failed((required ? requiredReason : optionalReason)(field, 'create', debugOf(req)));
    }
    const id = newId();
    const fields = Object.fromEntries(req.form.entries());
    delete fields.paytr_token;
    links.set(id, {
      id,
      fields,
      referenceKey: paytrReferenceKey({ name: fields.name, price: fields.price, callback_id: fields.callback_id }),
      createdAt: new Date(),
      deleted: false,
      payments: 0,
      smsSentTo: [],
      emailsSentTo: [],
    });
    const answer: Record<string, unknown> = { status: 'success', id, link: linkUrlOf(`${emulator.url}/link/${id}`) };
    if (fields.get_qr === '1') answer[options.qrField ?? 'base64_qr'] = qrLikePngBase64(`${emulator.url}/link/${id}`);
    return { json: answer };
  });

  const idMessage = (req: EmulatorRequest, extra = '') => (req.form.get('id') ?? '') + (req.form.get('merchant_id') ?? '') + extra;

  const remove = guarded('delete', () => ['merchant_id', 'id', 'paytr_token'], (req) => idMessage(req))((req) => {
    const ids = (req.form.get('id') ?? '').split(',');
    if (ids.length > 10) return failed(requiredReason('id', 'delete', debugOf(req)));
    const deleted = ids.filter((id) => liveLink(id));
    for (const id of deleted) links.get(id)!.deleted = true;
    if (ids.length === 1) return deleted.length ? { json: { status: 'success' } } : failed(INVALID_ID_REASON);
    const failedIds = ids.filter((id) => !deleted.includes(id));
    const answer: Answer = { status: deleted.length ? 'success' : 'failed', success_deletes: deleted, failed_deletes: failedIds };
    if (!deleted.length) answer.reason = INVALID_ID_REASON;
    return { json: answer };
  });

  const sendSms = guarded('send-sms', () => ['merchant_id', 'id', 'cell_phone', 'paytr_token'], (req) =>
    idMessage(req, req.form.get('cell_phone') ?? ''),
  )((req) => {
    if (!isCellPhone(req.form.get('cell_phone'))) return failed(requiredReason('cell_phone', 'send-sms', debugOf(req)));
    const link = liveLink(req.form.get('id'));
    if (!link) return failed(INVALID_ID_REASON);
    link.smsSentTo.push(req.form.get('cell_phone') ?? '');
    return { json: { status: 'success' } };
  });

  const sendEmail = guarded('send-email', () => ['merchant_id', 'id', 'email', 'paytr_token'], (req) =>
    idMessage(req, req.form.get('email') ?? ''),
  )((req) => {
    if (!isEmail(req.form.get('email'))) return failed(requiredReason('email', 'send-email', debugOf(req)));
    const link = liveLink(req.form.get('id'));
    if (!link) return failed(INVALID_ID_REASON);
    link.emailsSentTo.push(req.form.get('email') ?? '');
    return { json: { status: 'success' } };
  });

  /** rapor/islem-dokumu: `failed` means "no transactions in the window"; errors are `error`. */
  const report = (req: EmulatorRequest): EmulatorReply => {
    const get = (name: string) => req.form.get(name) ?? '';
    const message = get('merchant_id') + get('start_date') + get('end_date');
    if (!req.form.get('paytr_token') || !tokenOk(req, message)) return { json: { status: 'error', err_msg: TOKEN_REASON } };
    const start = istanbulMs(req.form.get('start_date'));
    const end = istanbulMs(req.form.get('end_date'));
    if (start === null || end === null || end < start) return { json: { status: 'error', err_msg: 'Gecersiz tarih' } };
    if (end - start > 3 * 86_400_000) return { json: { status: 'error', err_msg: 'Tarih araligi en fazla 3 gun olabilir' } };
    // Times have whole seconds: the end second is included entirely.
    const rows = transactions.filter((t) => t.at.getTime() >= start && t.at.getTime() < end + 1000).map(reportRow);
    if (!rows.length) return { json: { status: 'failed', err_msg: 'ilgili tarih araliginda islem bulunamadi' } };
    return { json: { status: 'success', data: rows } };
  };

  const emulator = new Emulator({
    name: 'paytr',
    routes: recorded({
      'POST /odeme/api/link/create': create,
      'POST /odeme/api/link/delete': remove,
      'POST /odeme/api/link/send-sms': sendSms,
      'POST /odeme/api/link/send-email': sendEmail,
      'POST /rapor/islem-dokumu': report,
      'GET /link/:id': (req) => {
        const link = liveLink(req.path.split('/').pop() ?? null);
        return link ? { text: `PayTR emulator payment page: ${link.fields.name} (${link.fields.price} ${link.fields.currency || 'TL'})` } : { status: 404, text: 'Not found' };
      },
    }),
    referenceOf: (req) => {
      if (req.path === '/odeme/api/link/create') return paytrReferenceKey(Object.fromEntries(req.form.entries()));
      const ids = req.form.get('id')?.split(',') ?? [];
      return ids.length === 1 ? links.get(ids[0] ?? '')?.referenceKey : undefined;
    },
    port: options.port,
  });
  await emulator.start();

  return {
    emulator,
    get url() {
      return emulator.url;
    },
    keys,
    links,
    requests,
    transactions,
    callbacks,
    markPaid(id, amountMinor) {
      const link = links.get(id);
      if (!link) throw new Error(`No PayTR emulator link ${id}`);
      link.payments += 1;
      const row: PaytrEmulatorTransaction = {
        at: new Date(),
        merchantOid: `PL${id}${link.payments}`,
        amountMinor: amountMinor ?? Number(link.fields.price),
        currency: link.fields.currency || 'TL',
        linkId: id,
      };
      transactions.push(row);
      const { callback_link: callbackLink, callback_id: callbackId } = link.fields;
      if (callbackLink && callbackId) callbacks.push(postCallback(keys, link, row, options.callbacks));
      return row;
    },
    rejectNext(answer, path) {
      rejections.push({ answer, path });
    },
    answerLinkUrl(make) {
      linkUrlOf = make ?? ((ownUrl) => ownUrl);
    },
    stop: () => emulator.stop(),
  };
}

/** PayTR's callback form after a successful payment (docs/providers/paytr.md), signed with the store's keys. */
function postCallback(keys: PaytrEmulatorKeys, link: PaytrEmulatorLink, paid: PaytrEmulatorTransaction, posting?: CallbackPosting): CallbackDelivery {
  const callbackId = link.fields.callback_id ?? '';
  const totalAmount = String(paid.amountMinor);
  const status = 'success';
  const form = new URLSearchParams({
    merchant_oid: paid.merchantOid,
    status,
    total_amount: totalAmount,
    hash: callbackHashOf(keys, { callbackId, merchantOid: paid.merchantOid, status, totalAmount }),
    failed_reason_code: '',
    failed_reason_msg: '',
    test_mode: '1',
    payment_type: 'card',
    currency: link.fields.currency || 'TL',
    payment_amount: link.fields.price ?? '',
    callback_id: callbackId,
    merchant_id: keys.merchantId,
  });
  // PayTR keeps trying until the answer is exactly `OK`.
  return deliverCallback(link.fields.callback_link ?? '', form.toString(), 'application/x-www-form-urlencoded', (code, text) => code === 200 && text === 'OK', posting);
}

function reportRow(t: PaytrEmulatorTransaction): Record<string, string> {
  const amount = `${Math.floor(t.amountMinor / 100)},${String(t.amountMinor % 100).padStart(2, '0')}`;
  return {
    islem_tipi: 'S',
    islem_tutari: amount,
    islem_tarihi: istanbulText(t.at.getTime()).slice(0, 10).split('-').reverse().join('.'),
    para_birimi: t.currency,
    siparis_no: t.merchantOid,
    odeme_tipi: 'KART',
    taksit: '0',
  };
}

/** `npx tsx test/emulators/paytr/paytr-emulator.ts [port]`: run it for the web preview or by hand. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void startPaytrEmulator({ port: Number(process.argv[2] ?? process.env.PORT ?? 0) || undefined }).then((emu) => {
    console.log(`PayTR emulator on ${emu.url} (merchant_id ${emu.keys.merchantId}, key ${emu.keys.merchantKey}, salt ${emu.keys.merchantSalt})`);
  });
}
