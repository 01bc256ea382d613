import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { ShopStatus } from '../../../src/shared/domain/shop';
import { startIsbankEmulator } from '../../emulators/isbank/isbank-emulator';
import { startPaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import { startPaytrEmulator } from '../../emulators/paytr/paytr-emulator';
import { startRelay, type RelayProcess } from '../relay/relay-process';
import { createInput, paynetRequest, paytrRequest, startLinkKit, waitFor, type KitEmulators, type LinkKit } from '../links/link-kit';
import { startShopDatabase, type ShopDatabase } from './shop-kit';

/**
 * #18 end to end on a real core: a link made at the counter asks the provider to report to the
 * shop's relay; paying it at the emulator posts the callback → the relay (its own process) →
 * PostgreSQL → the counter's sync pull → verified with this computer's keys → paid, with no
 * status look-up and no manual step.
 */
const HOST = 'relay.paydesk.test';
let shop: ShopDatabase;
let relay: RelayProcess;
let emulators: KitEmulators;
let kit: LinkKit;
const paid: string[] = [];

beforeAll(async () => {
  shop = await startShopDatabase({ shop_p: 'shop-p-password-0123456789' });
  const owner = new pg.Client({ connectionString: shop.ownerUrl });
  await owner.connect();
  await owner.query('UPDATE shop_relay_tokens SET relay_url = $1 WHERE shop = $2', [`https://${HOST}`, 'shop_p']);
  await owner.end();
  relay = await startRelay({ databaseUrl: shop.relayUrl });
  const callbacks = { hosts: { [HOST]: relay.url }, retryMs: 50, maxAttempts: 400 };
  emulators = { paytr: await startPaytrEmulator({ callbacks }), paynet: await startPaynetEmulator({ callbacks }), isbank: await startIsbankEmulator() };
  // No status polling and a minute between sync rounds: "paid" can only come from the callback, carried by the doorbell.
  kit = await startLinkKit({ confirmShopServer: async () => true, statusPolling: false, shopTiming: { intervalMs: 60_000, backoffBaseMs: 100, backoffMaxMs: 1_000 } }, emulators);
  kit.h.core.events.on('links:paid', (alert: { reference: string }) => paid.push(alert.reference));
  const joined = await kit.ok<ShopStatus>('shop:join', { url: shop.shopUrl('shop_p'), counterName: 'Kasa 1' });
  // Read while joining, not after the first round: the very first link made asks for callbacks.
  if (!joined.paidReports) throw new Error('the relay address was not read while joining');
}, 60_000);

afterAll(async () => {
  await kit?.dispose();
  await relay?.stop().catch(() => undefined);
  await Promise.all([emulators?.paytr.stop(), emulators?.paynet.stop(), emulators?.isbank.stop()]);
  await shop?.stop();
});

const paidRecord = (reference: string) => waitFor(async () => ((await kit.record(reference))?.status === 'paid' ? kit.record(reference) : undefined), 10_000, `${reference} paid`);

describe('paid by the relay', () => {
  it('PayTR: the create asks for the callback; paying at PayTR turns the link paid here, verified, with the alert', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    const made = await kit.ok<{ record: LinkRecord }>('links:create', createInput(account, request));
    const create = emulators.paytr.requests.findLast((r) => r.path.endsWith('/link/create'));
    const fields = Object.fromEntries(new URLSearchParams(create?.rawBody ?? ''));
    expect(fields).toMatchObject({ callback_link: `https://${HOST}/paytr/${shop.relayTokens.shop_p}`, callback_id: request.reference });

    emulators.paytr.markPaid(made.record.providerRefs.id!);
    const record = (await paidRecord(request.reference)) as LinkRecord;
    expect(record.timeline.find((e) => e.kind === 'paid')).toMatchObject({ outcome: 'ok', note: 'paytr-callback-verified' });
    expect(paid).toContain(request.reference);
  });

  it('Paynet: the confirmation is only a hint; transaction/check confirms it before the link turns paid', async () => {
    const account = await kit.account('paynet');
    const request = paynetRequest();
    await kit.ok('links:create', createInput(account, request));
    const create = emulators.paynet.requests.findLast((r) => r.path.endsWith('/mailorder/create'));
    expect(JSON.parse(create?.rawBody ?? '{}')).toMatchObject({ confirmation_url: `https://${HOST}/paynet/${shop.relayTokens.shop_p}` });
    emulators.paynet.markPaid(request.reference);
    const record = (await paidRecord(request.reference)) as LinkRecord;
    expect(record.timeline.find((e) => e.kind === 'paid')).toMatchObject({ note: 'paynet-transaction-check' });
  });

  it('a forged PayTR callback changes nothing', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    await kit.ok('links:create', createInput(account, request));
    const form = new URLSearchParams({ merchant_oid: 'X1', status: 'success', total_amount: '100', hash: 'Zm9yZ2Vk', callback_id: request.reference, merchant_id: emulators.paytr.keys.merchantId });
    const answer = await fetch(`${relay.url}/paytr/${shop.relayTokens.shop_p}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    expect(await answer.text()).toBe('OK');
    // Another link paid after it proves the forged one was pulled and judged by then.
    const later = paytrRequest();
    const laterMade = await kit.ok<{ record: LinkRecord }>('links:create', createInput(account, later));
    emulators.paytr.markPaid(laterMade.record.providerRefs.id!);
    await paidRecord(later.reference);
    expect((await kit.record(request.reference))?.status).toBe('active');
    // Kept in the shop's table, and listed for support: counted, and in the log lines (never the body).
    const { text } = await kit.ok<{ text: string }>('app:diagnostics');
    expect(text).toMatch(/callbacks\.refused\D{1,10}1/);
    expect(text).toContain('shop.callback-refused');
    expect(text).not.toContain('Zm9yZ2Vk');
  });
});
