import { withWords } from '../../support/said';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInput, paytrRequest, startLinkKit, type LinkKit } from './link-kit';

/**
 * Text that reads differently from what it is (a bidi override turns "Ayşe‮gpj.exe" around) or
 * holds control characters is refused at the IPC door, with words for the user; nothing is sent.
 */
let kit: LinkKit;
let account: string;
beforeAll(async () => {
  kit = await startLinkKit();
  account = await kit.account('paytr');
});
afterAll(async () => kit.dispose());

describe('invisible direction and control characters at the IPC door', () => {
  it.each([
    ['a description with a bidi override', { description: 'Kapora \u202Eexe.fdp' }],
    ['a customer name with an isolate', { customer: { name: 'Ayşe \u2066Yılmaz', phone: '+905551234567' } }],
    ['a description with a control character', { description: 'Çay\u0007' }],
  ])('%s: refused in plain words, nothing reaches the provider', async (_name, patch) => {
    const before = kit.paytr.links.size;
    const result = await kit.invoke('links:create', createInput(account, paytrRequest(patch)));
    expect(withWords(result)).toMatchObject({ ok: false, error: { code: 'invalid-input', userMessage: { tr: expect.stringContaining('görünmeyen'), en: expect.stringContaining('invisible') } } });
    expect(kit.paytr.links.size).toBe(before);
  });

  it('a shop name (like every text main takes) is held to the same rule', async () => {
    expect(await kit.invoke('settings:update', { shopName: 'Çiçekçi \u202EAyşe' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await kit.ok('settings:get')).not.toMatchObject({ shopName: expect.stringContaining('\u202E') });
  });
});
