import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestVault, type TestVault } from '../../support/test-vault';

const run = promisify(execFile);
let vault: TestVault | undefined;
afterEach(async () => vault?.cleanup());

describe('keytar vault on the real Secret Service', () => {
  it('stores, reads back, replaces and deletes a secret', async () => {
    vault = createTestVault('vault');
    expect(await vault.available()).toBe(true);
    expect(await vault.get('acc_0000000000000001', 'secretKey')).toBeNull();
    await vault.set('acc_0000000000000001', 'secretKey', 'sck_İşğ_unicode_secret_ü');
    expect(await vault.get('acc_0000000000000001', 'secretKey')).toBe('sck_İşğ_unicode_secret_ü');
    await vault.set('acc_0000000000000001', 'secretKey', 'second');
    expect(await vault.get('acc_0000000000000001', 'secretKey')).toBe('second');
    expect(await vault.delete('acc_0000000000000001', 'secretKey')).toBe(true);
    expect(await vault.get('acc_0000000000000001', 'secretKey')).toBeNull();
  });

  it('without a keychain: a clear keychain-unavailable error, nothing stored in plain text', async () => {
    // A child process whose D-Bus address leads nowhere, as on a machine without a Secret Service.
    const script = `
      import { createKeytarVault } from './src/main/credentials/keytar-vault.ts';
      const vault = createKeytarVault({ service: 'PayDesk-nokeychain' });
      const out = { available: await vault.available() };
      try { await vault.set('acc_0000000000000002', 'secretKey', 'sck_must_not_leak'); out.set = 'stored'; }
      catch (e) { out.set = e.error?.code; out.message = e.message; }
      console.log(JSON.stringify(out));`;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/paydesk-test-bus', DISPLAY: '' },
      timeout: 20_000,
    });
    const out = JSON.parse(stdout.trim().split('\n').pop()!);
    expect(out).toMatchObject({ available: false, set: 'keychain-unavailable' });
    expect(out.message).toMatch(/keychain/i);
    expect(out.message).not.toContain('sck_must_not_leak');
  });
});
