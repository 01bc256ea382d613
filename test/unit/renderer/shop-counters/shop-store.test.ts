import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShopStatus } from '../../../../src/shared/domain/shop';
import { useShopStore } from '../../../../src/renderer/src/features/shop-counters/shop-store';

const online: ShopStatus = { state: 'online', counterName: 'Kasa 1', server: 'db:5432/paydesk', shop: 'shop_a', pending: 0, lastSyncedAt: '2026-11-22T11:05:00Z' };

/** A fake `window.paydesk`: answers by channel, records calls, and lets the test emit `shop:changed`. */
function fakeBridge(answers: Record<string, () => Promise<unknown>>) {
  const calls: { channel: string; input: unknown }[] = [];
  const listeners = new Set<(payload: unknown) => void>();
  return {
    calls,
    emit: (payload: unknown) => listeners.forEach((listener) => listener(payload)),
    listeners,
    bridge: {
      invoke: async (channel: string, input: unknown) => {
        calls.push({ channel, input });
        const answer = answers[channel];
        return answer ? answer() : { ok: false, error: { code: 'unsupported', message: channel, retryable: false } };
      },
      on: (event: string, listener: (payload: unknown) => void) => {
        if (event !== 'shop:changed') return () => undefined;
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}

const initial = useShopStore.getState();
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const install = (fake: ReturnType<typeof fakeBridge>) => ((globalThis as unknown as { window: unknown }).window = { paydesk: fake.bridge });

beforeEach(() => useShopStore.setState(initial, true));
afterEach(() => delete (globalThis as unknown as { window?: unknown }).window);

describe('shop store', () => {
  it('starts off (one computer alone), reads the status once and follows shop:changed until unsubscribed', async () => {
    const fake = fakeBridge({ 'shop:status': async () => ({ ok: true, value: online }) });
    install(fake);
    expect(useShopStore.getState().status.state).toBe('off');
    const stop = useShopStore.getState().watch();
    await settle();
    expect(useShopStore.getState().status).toEqual(online);
    fake.emit({ ...online, state: 'offline' });
    expect(useShopStore.getState().status.state).toBe('offline');
    stop();
    expect(fake.listeners.size).toBe(0);
  });

  it('lets an event that arrives before the first read win over the read’s older answer', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const fake = fakeBridge({ 'shop:status': () => new Promise((resolve) => (answer = resolve)) });
    install(fake);
    useShopStore.getState().watch();
    fake.emit({ ...online, state: 'refused' });
    answer({ ok: true, value: { state: 'connecting', pending: 0 } });
    await settle();
    expect(useShopStore.getState().status.state).toBe('refused');
  });

  it('sends the password to main once and keeps only main’s answer', async () => {
    const fake = fakeBridge({ 'shop:join': async () => ({ ok: true, value: online }) });
    install(fake);
    const password = 'shop-password-0123456789';
    expect(await useShopStore.getState().join({ url: 'postgres://shop_a@db/paydesk', password, counterName: 'Kasa 1' })).toBeUndefined();
    expect(fake.calls).toEqual([{ channel: 'shop:join', input: { url: 'postgres://shop_a@db/paydesk', password, counterName: 'Kasa 1' } }]);
    expect(useShopStore.getState().status).toEqual(online);
    expect(JSON.stringify(useShopStore.getState())).not.toContain(password);
  });

  it('hands back main’s refusal (its words for the owner) and stays off', async () => {
    const error = { code: 'auth-failed', message: 'password authentication failed', retryable: false, userText: { key: 'shop.password-wrong' } };
    install(fakeBridge({ 'shop:join': async () => ({ ok: false, error }) }));
    expect(await useShopStore.getState().join({ url: 'postgres://shop_a@db/paydesk', password: 'wrong-password', counterName: 'Kasa 1' })).toEqual(error);
    expect(useShopStore.getState().status.state).toBe('off');
  });

  it('leaves: back to off with main’s answer; a failure is handed back and the status kept', async () => {
    useShopStore.setState({ status: online });
    install(fakeBridge({ 'shop:leave': async () => ({ ok: false, error: { code: 'internal', message: 'x', retryable: false } }) }));
    expect(await useShopStore.getState().leave()).toMatchObject({ code: 'internal' });
    expect(useShopStore.getState().status).toEqual(online);
    install(fakeBridge({ 'shop:leave': async () => ({ ok: true, value: { state: 'off', pending: 0 } }) }));
    expect(await useShopStore.getState().leave()).toBeUndefined();
    expect(useShopStore.getState().status.state).toBe('off');
  });

  it('asks main for a new pairing code on the server PC and keeps it; a refusal replaces the old code with main’s words; leaving forgets it', async () => {
    const hosting = { ...online, hosting: { address: '192.168.1.20:5432' } };
    useShopStore.setState({ status: hosting });
    const pairing = { address: '192.168.1.20:5432', code: 'ABCD-EFGH-JKM', expiresAt: '2026-11-22T11:20:00Z' };
    const fake = fakeBridge({ 'shop:pairing-code': async () => ({ ok: true, value: pairing }) });
    install(fake);
    const asking = useShopStore.getState().newPairingCode();
    expect(useShopStore.getState().pairing.asking).toBe(true);
    await asking;
    expect(fake.calls).toEqual([{ channel: 'shop:pairing-code', input: undefined }]);
    expect(useShopStore.getState().pairing).toEqual({ code: pairing, asking: false });

    const error = { code: 'internal', message: 'could not start', retryable: false, userText: { key: 'shop.server.start-failed' } };
    install(fakeBridge({ 'shop:pairing-code': async () => ({ ok: false, error }) }));
    await useShopStore.getState().newPairingCode();
    expect(useShopStore.getState().pairing).toEqual({ asking: false, error });

    install(fakeBridge({ 'shop:pairing-code': async () => ({ ok: true, value: pairing }), 'shop:leave': async () => ({ ok: true, value: { state: 'off', pending: 0 } }) }));
    await useShopStore.getState().newPairingCode();
    await useShopStore.getState().leave();
    expect(useShopStore.getState().pairing).toEqual({ asking: false });
  });

  it('hosts: main’s status is kept and the first pairing code asked for at once; a refusal is handed back and nothing changes', async () => {
    const pairing = { code: 'ABCDEFGHJKM', expiresAt: '2026-11-22T11:20:00Z' };
    const fake = fakeBridge({
      'shop:host': async () => ({ ok: true, value: { status: online, address: '192.168.1.20:5432' } }),
      'shop:pairing-code': async () => ({ ok: true, value: pairing }),
    });
    install(fake);
    expect(await useShopStore.getState().host('Arka ofis')).toBeUndefined();
    expect(fake.calls.map((c) => c.channel)).toEqual(['shop:host', 'shop:pairing-code']);
    expect(fake.calls[0]!.input).toEqual({ counterName: 'Arka ofis' });
    expect(useShopStore.getState()).toMatchObject({ status: online, pairing: { code: pairing } });

    useShopStore.setState(initial, true);
    const error = { code: 'conflict', message: 'not confirmed', retryable: false };
    install(fakeBridge({ 'shop:host': async () => ({ ok: false, error }) }));
    expect(await useShopStore.getState().host('Arka ofis')).toEqual(error);
    expect(useShopStore.getState().status.state).toBe('off');
  });

  it('pairs with a code: main’s status is kept; a wrong code is handed back and the counter stays alone', async () => {
    const fake = fakeBridge({ 'shop:pair': async () => ({ ok: true, value: online }) });
    install(fake);
    const input = { address: '192.168.1.20:5432', code: 'ABCD-EFGH-JKM', counterName: 'Kasa 2' };
    expect(await useShopStore.getState().pair(input)).toBeUndefined();
    expect(fake.calls).toEqual([{ channel: 'shop:pair', input }]);
    expect(useShopStore.getState().status).toEqual(online);

    useShopStore.setState(initial, true);
    const error = { code: 'auth', message: 'wrong code', retryable: false };
    install(fakeBridge({ 'shop:pair': async () => ({ ok: false, error }) }));
    expect(await useShopStore.getState().pair(input)).toEqual(error);
    expect(useShopStore.getState().status.state).toBe('off');
  });
});
