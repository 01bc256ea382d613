import { withWords } from '../../support/said';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

/** Account addresses are https only; plain http only on this computer's loopback (the emulators). */
const SECRET = 'sck_https_rule_secret_4d21a9';
let h: CoreHarness;
let fetched: string[];

beforeEach(async () => {
  fetched = [];
  h = await startCoreHarness({
    fetch: (input, init) => {
      fetched.push(String(input));
      return globalThis.fetch(input, init);
    },
  });
});
afterEach(() => h.dispose());

const paynet = (baseUrl: string) => ({ provider: 'paynet', label: 'Paynet', environment: 'custom', baseUrl, settings: {} });
const isbank = (tokenUrl: string) => ({
  provider: 'isbank',
  label: 'İşbank',
  environment: 'test',
  settings: { tokenUrl },
});

describe('the https rule', () => {
  it.each([
    ['a plain-http base URL', paynet('http://odeme.example.com/api'), { secretKey: SECRET }],
    ['a plain-http İşbank token URL', isbank('http://token.example.com/oauth2/token'), { clientId: 'id-123456', clientSecret: SECRET }],
    ['a loopback look-alike host', paynet('http://127.0.0.1.example.com'), { secretKey: SECRET }],
    ['credentials inside the URL', paynet('https://user:pass@odeme.example.com'), { secretKey: SECRET }],
  ])('refuses %s when adding, and stores nothing', async (_label, draft, secrets) => {
    expect(await h.core.invoke('accounts:create', { draft, secrets })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await h.core.invoke('accounts:list', undefined)).toEqual({ ok: true, value: [] });
  });

  it.each(['https://odeme.example.com/api', 'http://127.0.0.1:8080', 'http://localhost:8080/api', 'http://[::1]:8080'])(
    'accepts %s',
    async (baseUrl) => {
      expect(await h.core.invoke('accounts:create', { draft: paynet(baseUrl), secrets: { secretKey: SECRET } })).toMatchObject({ ok: true });
    },
  );

  it('refuses a plain-http address when editing too', async () => {
    const created = await h.core.invoke('accounts:create', { draft: paynet('https://odeme.example.com'), secrets: { secretKey: SECRET } });
    const id = (created as { value: { account: { id: string } } }).value.account.id;
    expect(await h.core.invoke('accounts:update', { id, draft: paynet('http://odeme.example.com'), secrets: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('main sends nothing to a plain-http address an older version stored', async () => {
    const created = await h.core.invoke('accounts:create', { draft: paynet('https://odeme.example.com'), secrets: { secretKey: SECRET } });
    const id = (created as { value: { account: { id: string } } }).value.account.id;
    await h.core.stop();
    // As an older version left it: the account on plain http, its key as a bare keychain value.
    const file = join(h.dataDir, 'accounts.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('https://odeme.example.com', 'http://odeme.example.com'));
    await h.vault.set(id, 'secretKey', SECRET);
    await h.restart();

    const listed = await h.core.invoke('accounts:list', undefined);
    expect(listed).toMatchObject({ ok: true, value: [{ account: { id, baseUrl: 'http://odeme.example.com' } }] });
    const tested = await h.core.invoke('accounts:test', { id });
    expect(withWords(tested)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'baseUrl', userMessage: { tr: expect.stringContaining('https://') } } });
    expect(fetched).toEqual([]);
    expect(JSON.stringify(tested)).not.toContain(SECRET);
  });
});
