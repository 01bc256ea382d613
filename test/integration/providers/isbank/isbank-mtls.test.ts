import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createIsbankAdapter, type IsbankAdapter } from '../../../../src/main/providers/isbank/isbank-adapter';
import { startIsbankEmulator, type IsbankEmulator } from '../../../emulators/isbank/isbank-emulator';
import { isbankAccount, isbankContext } from './isbank-kit';

/** Mutual TLS against a local HTTPS emulator, with a CA and certificates made by openssl now. */
const openssl = ['/usr/bin/openssl', '/usr/local/bin/openssl', '/opt/homebrew/bin/openssl'].find(existsSync);

interface Pki {
  ca: string;
  serverKey: string;
  serverCert: string;
  clientKey: string;
  clientCert: string;
  strangerKey: string;
  strangerCert: string;
}

function makePki(dir: string): Pki {
  const run = (...args: string[]) => execFileSync(openssl!, args, { cwd: dir, stdio: 'pipe' });
  const subject = (cn: string) => ['-subj', `/CN=${cn}`];
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', ...subject('PayDesk Test CA'));
  run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other-ca.key', '-out', 'other-ca.crt', '-days', '1', ...subject('Other CA'));
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  const issue = (name: string, cn: string, ca: string, ext?: string) => {
    run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, ...subject(cn));
    run('x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-out', `${name}.crt`, '-days', '1', ...(ext ? ['-extfile', ext] : []));
  };
  issue('server', '127.0.0.1', 'ca', 'server.ext');
  issue('client', 'paydesk-shop-client', 'ca');
  issue('stranger', 'stranger', 'other-ca');
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return {
    ca: read('ca.crt'),
    serverKey: read('server.key'),
    serverCert: read('server.crt'),
    clientKey: read('client.key'),
    clientCert: read('client.crt'),
    strangerKey: read('stranger.key'),
    strangerCert: read('stranger.crt'),
  };
}

describe.skipIf(!openssl)('İşbank mutual TLS (client certificate)', () => {
  let dir: string;
  let pki: Pki;
  let emulator: IsbankEmulator;
  let adapter: IsbankAdapter;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paydesk-mtls-'));
    pki = makePki(dir);
    emulator = await startIsbankEmulator({ tls: { key: pki.serverKey, cert: pki.serverCert, ca: pki.ca, requestCert: true } });
  });
  afterAll(async () => {
    await emulator?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await adapter?.dispose?.();
  });

  it('presents the account certificate and key on the token and API calls', async () => {
    adapter = createIsbankAdapter({ trustedCa: pki.ca });
    const ctx = isbankContext(emulator, { account: isbankAccount({ clientCertificate: pki.clientCert }), clientKey: pki.clientKey });
    expect(emulator.baseUrl).toMatch(/^https:/);
    const result = await adapter.testConnection(ctx);
    expect(result.ok).toBe(true);
    expect(emulator.clientCertificates).toContain('paydesk-shop-client');
    const link = await adapter.merchants(ctx);
    expect(link.ok).toBe(true);
  });

  it('without a client certificate the bank ends the handshake → network error', async () => {
    adapter = createIsbankAdapter({ trustedCa: pki.ca });
    const ctx = isbankContext(emulator);
    const result = await adapter.merchants(ctx);
    // The server, not our side, ended it: the socket closed after the handshake.
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'network', message: expect.stringMatching(/UND_ERR_SOCKET|ECONNRESET|EPIPE/) });
  });

  it('a certificate from another CA is refused', async () => {
    adapter = createIsbankAdapter({ trustedCa: pki.ca });
    const ctx = isbankContext(emulator, { account: isbankAccount({ clientCertificate: pki.strangerCert }), clientKey: pki.strangerKey });
    const result = await adapter.merchants(ctx);
    expect(result.ok ? 'ok' : result.error).toMatchObject({ code: 'network', message: expect.stringMatching(/UND_ERR_SOCKET|ECONNRESET|EPIPE/) });
  });

  it('a certificate without its key (or the reverse) → credential-missing; garbage → invalid-input; nothing sent', async () => {
    adapter = createIsbankAdapter({ trustedCa: pki.ca });
    const before = emulator.count('POST /api/isbank/v1/identity-provider/oauth2/token');
    const noKey = await adapter.merchants(isbankContext(emulator, { account: isbankAccount({ clientCertificate: pki.clientCert }) }));
    expect(noKey.ok ? 'ok' : noKey.error).toMatchObject({ code: 'credential-missing', field: 'clientKey' });
    const noCert = await adapter.merchants(isbankContext(emulator, { clientKey: pki.clientKey }));
    expect(noCert.ok ? 'ok' : noCert.error).toMatchObject({ code: 'credential-missing', field: 'clientCertificate' });
    const garbage = await adapter.merchants(
      isbankContext(emulator, { account: isbankAccount({ clientCertificate: 'not a pem' }), clientKey: 'nor this' }),
    );
    expect(garbage.ok ? 'ok' : garbage.error.code).toBe('invalid-input');
    expect(JSON.stringify([noKey, noCert, garbage])).not.toContain('PRIVATE KEY');
    expect(emulator.count('POST /api/isbank/v1/identity-provider/oauth2/token')).toBe(before);
  });
});
