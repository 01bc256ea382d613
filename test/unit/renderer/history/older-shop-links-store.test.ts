import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchesOlderLinks, useOlderShopLinks } from '../../../../src/renderer/src/features/history/older-shop-links-store';

/** `window.paydesk` answering `shop:search-history` with what each test hands it, in the order asked. */
function install(answers: Array<Promise<unknown>>) {
  const asked: unknown[] = [];
  (globalThis as unknown as { window: unknown }).window = {
    paydesk: {
      invoke: async (channel: string, input: unknown) => {
        asked.push({ channel, input });
        return answers.shift();
      },
      on: () => () => undefined,
    },
  };
  return asked;
}

const initial = useOlderShopLinks.getState();
beforeEach(() => useOlderShopLinks.setState(initial, true));
afterEach(() => delete (globalThis as unknown as { window?: unknown }).window);

const row = (reference: string) => ({ reference, description: 'Şubat kirası', status: 'paid' });

describe('History search on the shop’s server', () => {
  it('only for a counter in a shop, once two letters are typed', () => {
    expect(searchesOlderLinks('off', 'ayşe')).toBe(false);
    expect(searchesOlderLinks('online', 'a ')).toBe(false);
    expect(searchesOlderLinks('online', 'ay')).toBe(true);
    // Offline too: the search then says the server is away, in place.
    expect(searchesOlderLinks('offline', 'ayşe')).toBe(true);
  });

  it('asks for the text typed; a slower answer to an earlier search never replaces the newer one', async () => {
    let answerFirst: (value: unknown) => void = () => undefined;
    const first = new Promise((resolve) => (answerFirst = resolve));
    const asked = install([first, Promise.resolve({ ok: true, value: { rows: [row('PDNEW')] } })]);
    const slow = useOlderShopLinks.getState().search('ayş');
    await useOlderShopLinks.getState().search('ayşe');
    answerFirst({ ok: true, value: { rows: [row('PDOLD')] } });
    await slow;
    expect(asked).toEqual([
      { channel: 'shop:search-history', input: { text: 'ayş', limit: 50 } },
      { channel: 'shop:search-history', input: { text: 'ayşe', limit: 50 } },
    ]);
    expect(useOlderShopLinks.getState()).toMatchObject({ text: 'ayşe', status: 'ready', rows: [{ reference: 'PDNEW' }] });
  });

  it('a refusal (server away) is kept to be said in place, with no rows; clearing forgets everything', async () => {
    install([Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'away', retryable: true } })]);
    await useOlderShopLinks.getState().search('kira');
    expect(useOlderShopLinks.getState()).toMatchObject({ status: 'error', rows: [], error: { code: 'unavailable' } });
    useOlderShopLinks.getState().clear();
    expect(useOlderShopLinks.getState()).toMatchObject({ text: '', status: 'idle', rows: [], error: undefined });
  });
});
