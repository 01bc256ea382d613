import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, type Channel } from '../../../src/shared/contract';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';
import { mutate, randomValue, seededRandom } from '../../support/fuzz-values';

const ACCOUNT = 'acc_0123456789abcdef';
const REFERENCE = 'PD0123456789ABCDEF';

/** One valid input per channel; the type makes a new channel without a sample a compile error. */
const validSamples: Record<Channel, unknown> = {
  'app:info': undefined,
  'app:notices': undefined,
  'app:dismiss-notice': { id: 'n1' },
  'app:diagnostics': undefined,
  'app:open-external': { url: 'https://www.paytr.com/link/abc' },
  'settings:get': undefined,
  'settings:update': { language: 'en', shopName: 'Dükkân' },
  'accounts:list': undefined,
  'accounts:create': {
    draft: { provider: 'paynet', label: 'P', environment: 'test', settings: {} },
    secrets: { secretKey: 'sck_x' },
  },
  'accounts:update': {
    id: ACCOUNT,
    draft: { provider: 'paytr', label: 'P', environment: 'live', settings: { merchantId: '1' } },
    secrets: {},
  },
  'accounts:remove': { id: ACCOUNT },
  'accounts:test': { id: ACCOUNT },
  'secrets:set': { accountId: ACCOUNT, field: 'secretKey', value: 'v' },
  'secrets:delete': { accountId: ACCOUNT, field: 'secretKey' },
  'secrets:has': { accountId: ACCOUNT },
  'oduyo-customers:list': { accountId: ACCOUNT, query: { text: 'Ayşe', limit: 5 } },
  'oduyo-customers:create': { accountId: ACCOUNT, draft: { name: 'Ayşe Yılmaz', phone: '+905321234567' } },
  'isbank:merchants': { accountId: ACCOUNT },
  'isbank:branches': { accountId: ACCOUNT, merchantNo: '6700123' },
  'isbank:currencies': { accountId: ACCOUNT, merchantNo: '6700123', isDomestic: true },
  'isbank:installments': { accountId: ACCOUNT, merchantNo: '6700123', branchNo: 1, currency: 'TRY', isDomestic: true },
  'isbank-services:get': { accountId: ACCOUNT, serviceId: '10065' },
  'isbank-services:pay': {
    accountId: ACCOUNT,
    reference: REFERENCE,
    serviceId: '10065',
    values: { SubscriberNo: '123' },
    amount: { minor: 9000, currency: 'TRY' },
  },
  'links:create': {
    accountId: ACCOUNT,
    mode: 'later',
    request: {
      reference: REFERENCE,
      linkType: 'amount',
      amount: { minor: 125050, currency: 'TRY' },
      description: 'Çay takımı',
      customer: { name: 'Ayşe Yılmaz', phone: '+905321234567' },
      maxInstallments: 3,
      language: 'tr',
    },
  },
  'links:send': { reference: REFERENCE, channel: 'sms', to: '+905321234567' },
  'links:share': { reference: REFERENCE, channel: 'whatsapp', to: '+905321234567' },
  'links:note': { reference: REFERENCE, event: 'copied' },
  'links:cancel': { reference: REFERENCE },
  'links:mark-paid': { reference: REFERENCE },
  'links:check-status': { reference: REFERENCE },
  'links:mark-seen': { reference: REFERENCE },
  'history:query': { filter: { text: 'ayşe', statuses: ['active'] }, offset: 0, limit: 50 },
  'history:get': { reference: REFERENCE },
  'history:export': { filter: { providers: ['paytr'] } },
  'outbox:list': undefined,
  'outbox:send-now': { id: REFERENCE },
  'outbox:edit': {
    id: REFERENCE,
    request: {
      reference: REFERENCE,
      linkType: 'amount',
      amount: { minor: 100, currency: 'TRY' },
      description: 'x',
      customer: {},
      maxInstallments: 1,
      language: 'en',
    },
  },
  'outbox:cancel': { id: REFERENCE },
  'outbox:resolve': { id: REFERENCE, decision: 'was-created' },
  'outbox:remind': { reference: REFERENCE, trigger: 'after-send', hours: 24 },
  'outbox:clear-settled': undefined,
  'contacts:list': { text: 'ay', limit: 10 },
  'contacts:update': { id: 'ct_0123456789', patch: { name: 'Ayşe' } },
  'contacts:remove': { id: 'ct_0123456789' },
  'products:list': undefined,
  'products:save': { product: { name: 'Çay', price: { minor: 2500, currency: 'TRY' }, vatIncluded: true } },
  'products:delete': { id: 'pr_0123456789' },
  'products:set-quick-amounts': { amounts: [5000, 10000] },
  'products:import-csv': undefined,
  'products:export-csv': undefined,
  'data:backup': undefined,
  'data:restore': undefined,
  'print:printers': undefined,
  'print:slip': { reference: REFERENCE, paper: '58mm', slipHeightMm: 120.5, printerName: 'EPSON_TM_T20', silent: true },
  'print:pdf': { reference: REFERENCE, paper: 'a4' },
  'display:open': { reference: REFERENCE },
  'display:close': undefined,
  'reports:day-end': { fromDay: '2026-11-01', toDay: '2026-11-30' },
  'reports:day-end-export': { fromDay: '2026-11-22', toDay: '2026-11-22' },
  'reports:print-day-end': { paper: '80mm', slipHeightMm: 140, printerName: 'EPSON_TM_T20', silent: true },
  'receipt:print': { reference: REFERENCE },
  'receipt:print-day-end': { fromDay: '2026-11-22', toDay: '2026-11-22' },
  'receipt:test-print': undefined,
  'receipt:serial-ports': undefined,
  'shop:status': undefined,
  'shop:join': { url: 'postgres://shop_fuzz@127.0.0.1:1/paydesk', password: 'fuzz-password-0123456789', counterName: 'Kasa 1' },
  'shop:leave': undefined,
  'shop:search-history': { text: 'ayşe', limit: 20 },
  'shop:queue': undefined,
  'shop:resolve': { reference: 'PDFUZZ000000000001', decision: 'was-created' },
  'shop:host': { shopName: 'Moda Butik', counterName: 'Kasa 1' },
  'shop:pairing-code': undefined,
  'shop:pair': { address: '127.0.0.1:1', code: 'ABCD-EFGH-JKM', counterName: 'Kasa 2' },
};

const CASES_PER_CHANNEL = 1000;
let h: CoreHarness;

async function snapshot(): Promise<string> {
  await h.core.logger.flush();
  const files = (await h.readAllFiles()).replace(/^\{"at".*$/gm, ''); // the log may grow; stores may not
  const accounts = await h.core.invoke('accounts:list', undefined);
  const settings = await h.core.invoke('settings:get', undefined);
  return createHash('sha256').update(files + JSON.stringify([accounts, settings])).digest('hex');
}

beforeAll(async () => {
  h = await startCoreHarness();
  await h.core.invoke('accounts:create', validSamples['accounts:create']);
});
afterAll(() => h.dispose());

describe('IPC fuzzing', () => {
  for (const [index, channel] of (Object.keys(channels) as Channel[]).entries()) {
    it(`${channel}: ${CASES_PER_CHANNEL} malformed inputs → invalid-input, no crash, no state change`, async () => {
      const random = seededRandom(0xc0ffee + index);
      const schema = channels[channel].input;
      const before = await snapshot();
      let tried = 0;
      let attempts = 0;
      while (tried < CASES_PER_CHANNEL) {
        // A schema that accepts (almost) anything would never yield enough malformed cases: that is a finding.
        if (++attempts > CASES_PER_CHANNEL * 20) throw new Error(`${channel}: its input schema accepts nearly anything`);
        const input = random() < 0.5 ? mutate(random, validSamples[channel]) : randomValue(random);
        if (schema.safeParse(input).success) continue; // a mutation that happens to be valid is not a fuzz case
        tried++;
        const result = await h.core.invoke(channel, input);
        if (result.ok || result.error.code !== 'invalid-input') {
          throw new Error(`${channel} accepted malformed input #${tried}: ${String(JSON.stringify(result)).slice(0, 300)}`);
        }
      }
      expect(await snapshot()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('rejects unknown and non-string channel names', async () => {
    for (const name of ['accounts:steal', '__proto__', 'constructor', 42, null, { toString: () => 'app:info' }]) {
      expect(await h.core.invoke(name, undefined)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});
