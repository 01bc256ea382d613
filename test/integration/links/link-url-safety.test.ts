import { said } from '../../support/said';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import { createInput, paytrRequest, startLinkKit, type LinkKit } from './link-kit';

/**
 * A provider (or something posing as one) answers "yes" with a link address PayDesk must not pass
 * on: another host, plain http, invisible characters, or longer than history keeps. The link is
 * never shown, QR-encoded, shared or stored, and the item is `unknown` (the provider may have made
 * a link), never `failed`: "send now" cannot make a second live link.
 */
let kit: LinkKit;
let account: string;
beforeAll(async () => {
  kit = await startLinkKit();
  account = await kit.account('paytr');
});
afterEach(() => kit.paytr.answerLinkUrl(undefined));
afterAll(async () => kit.dispose());

type Outcome = { item: OutboxItem; record: LinkRecord | null };

const hostile: Array<[string, (own: string) => string]> = [
  ['a look-alike host', (own) => own.replace(/^http:\/\/127\.0\.0\.1:\d+/, 'https://paytr.com.evil.example')],
  ['another host over plain http', (own) => own.replace('127.0.0.1', 'evil.example')],
  ['a user-name trick', (own) => own.replace('http://', 'https://127.0.0.1@')],
  ['a bidi override', (own) => `${own}\u202Egpj.exe`],
  ['2,100 characters (more than history keeps)', (own) => `${own}?p=${'a'.repeat(2100)}`],
];

describe('a link address PayDesk does not trust', () => {
  it.each(hostile)('%s → unknown with a clear message, nothing stored, and no second link on "send now"', async (_name, make) => {
    kit.paytr.answerLinkUrl(make);
    const request = paytrRequest();
    const before = kit.paytr.links.size;
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome.record).toBeNull();
    expect(outcome.item).toMatchObject({ state: 'unknown', lastError: { code: 'ambiguous' } });
    expect(said(outcome.item.lastError, 'en')).toMatch(/may have made the link|could not record/);
    expect(JSON.stringify(outcome)).not.toContain('evil.example');
    expect(await kit.invoke('history:get', { reference: request.reference })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(kit.paytr.links.size).toBe(before + 1);

    // The owner presses "send now": an unknown item is not sent blindly.
    expect(await kit.invoke('outbox:send-now', { id: request.reference })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(kit.paytr.links.size).toBe(before + 1);
  });

  it('the emulator\'s own address on a custom account is trusted (the rule is the account\'s exact host)', async () => {
    const request = paytrRequest();
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
    expect(outcome.item.state).toBe('created');
    expect(outcome.record?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/link\//);
  });
});
