import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../../src/main/http/http-client';
import { createPaynetClient, PAYNET_STATUS, type PaynetClient } from '../../../../src/main/providers/paynet/paynet-client';
import { istanbulDate } from '../../../../src/shared/domain/istanbul-time';
import { startPaynetEmulator, type PaynetEmulator } from '../../../emulators/paynet/paynet-emulator';
import { newReference } from '../../../unit/providers/link-request-fixture';

/** The Paynet calls the adapter does not use directly (paging, by id, reactivate), and Paynet's own validation. */
let emu: PaynetEmulator;
let client: PaynetClient;
const references: string[] = [];

beforeAll(async () => {
  emu = await startPaynetEmulator({ includeIdInCreate: true });
  client = createPaynetClient({ baseUrl: emu.url, secretKey: emu.secretKey, http: createHttpClient(), timeoutMs: 5000, now: () => new Date() });
  for (let i = 1; i <= 5; i++) {
    const reference = newReference();
    references.push(reference);
    const created = await client.create({ name_surname: `Müşteri ${i}`, amount: i * 10.5, reference_no: reference });
    if (!created.ok) throw new Error('create failed');
  }
});
afterAll(() => emu.stop());

describe('Paynet client ↔ emulator', () => {
  it('lists today’s links page by page (limit, starting_after)', async () => {
    const today = istanbulDate(new Date());
    const first = await client.list({ datab: today, datbi: today, limit: 2 });
    expect(first).toMatchObject({ ok: true, value: { hasMore: true, totalCount: 5 } });
    if (!first.ok) return;
    expect(first.value.rows.map((r) => r.reference_no)).toEqual(references.slice(0, 2));
    const last = await client.list({ datab: today, datbi: today, limit: 2, startingAfter: 3 });
    expect(last).toMatchObject({ ok: true, value: { hasMore: false } });
    expect(last.ok && last.value.rows.map((r) => r.reference_no)).toEqual([references[4]]);
    const before = await client.list({ datab: today, datbi: today, limit: 2, endingBefore: 2 });
    expect(before.ok && before.value.rows.map((r) => r.reference_no)).toEqual(references.slice(0, 2));
    const yesterday = await client.list({ datab: '2000-01-01', datbi: '2000-01-02' });
    expect(yesterday).toEqual({ ok: true, value: { rows: [], hasMore: false, totalCount: 0 } });
  });

  it('detail by id or reference_no, with amounts in minor units', async () => {
    const byRef = await client.detail({ reference_no: references[1]! });
    expect(byRef).toMatchObject({ ok: true, value: { reference_no: references[1], amount: 2100 } });
    const id = byRef.ok ? byRef.value?.id : undefined;
    expect(await client.detail({ id: id! })).toMatchObject({ ok: true, value: { reference_no: references[1] } });
  });

  it('status_update cancels (3) and reactivates (0)', async () => {
    const reference = references[2]!;
    expect(await client.statusUpdate({ reference_no: reference }, PAYNET_STATUS.cancel)).toEqual({ ok: true, value: { done: true } });
    expect(emu.linkByReference(reference)!.status).toBe(3);
    expect(await client.statusUpdate({ reference_no: reference }, PAYNET_STATUS.reactivate)).toEqual({ ok: true, value: { done: true } });
    expect(emu.linkByReference(reference)!.status).toBe(0);
  });

  it('transaction/check by reference_no and by xact_id', async () => {
    const reference = references[0]!;
    expect(await client.transactionCheck({ reference_no: reference })).toEqual({ ok: true, value: [] });
    const paid = emu.markPaid(reference);
    const byRef = await client.transactionCheck({ reference_no: reference });
    expect(byRef).toMatchObject({ ok: true, value: [{ xact_id: paid.xact_id, amount: 1050, is_succeed: true }] });
    expect(await client.transactionCheck({ xact_id: paid.xact_id })).toMatchObject({ ok: true, value: [{ amount: 1050 }] });
    expect(await client.transactionCheck({ xact_id: 'X-none' })).toEqual({ ok: true, value: [] });
  });

  it('Paynet’s own validation answers 400 → provider-rejected with its message', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name_surname: '', amount: 10 }, 'name_surname zorunludur'],
      [{ name_surname: 'A B', amount: 0 }, 'amount geçersiz'],
      [{ name_surname: 'A B', amount: 10.005 }, 'amount geçersiz'],
      [{ name_surname: 'A B', amount: 10, expire_date: 0 }, 'expire_date saat cinsinden ve en az 1 olmalıdır'],
      [{ name_surname: 'A B', amount: 10, send_sms: true, phone: '05551234567' }, 'phone geçersiz'],
      [{ name_surname: 'A B', amount: 10, send_mail: true }, 'email geçersiz'],
      [{ name_surname: 'A B', amount: 10, reference_no: 'R'.repeat(51) }, 'reference_no en fazla 50 karakter olabilir'],
    ];
    for (const [body, message] of cases) {
      const result = await client.create(body as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'provider-rejected', retryable: false, providerMessage: message } });
    }
    const list = await client.list({ datab: '01.01.2025', datbi: '2025-01-01' });
    expect(list).toMatchObject({ ok: false, error: { code: 'provider-rejected', providerMessage: 'datab zorunludur (yyyy-MM-dd)' } });
  });
});
