import { homedir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

const SECRET = 'sck_h7_DISTINCTIVE_diag_secret_93ab';
const SALT = 'h7-DISTINCTIVE-paytr-salt-77c1';
let h: CoreHarness;
let report: string;
const ids: string[] = [];

beforeAll(async () => {
  h = await startCoreHarness({ appVersion: '1.2.3', platform: 'linux' });
  for (const create of [
    { draft: { provider: 'paynet', label: 'Paynet Kadıköy şubesi', environment: 'test', settings: {} }, secrets: { secretKey: SECRET } },
    {
      draft: { provider: 'paytr', label: 'PayTR ana', environment: 'live', settings: { merchantId: '918273' } },
      secrets: { merchantKey: 'h7-DISTINCTIVE-paytr-key-51aa', merchantSalt: SALT },
    },
  ]) {
    const result = await h.core.invoke('accounts:create', create);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    ids.push((result.value as { account: { id: string } }).account.id);
  }
  // Things a log may have picked up over time.
  h.core.logger.log('warn', 'provider.refused', {
    note: `salt ${SALT} key ${SECRET}`,
    headers: { Authorization: 'Basic aDc6c2VjcmV0LXZhbHVl' },
    card: '4111 1111 1111 1111',
    customer: { email: 'ayse.h7@example.com', phone: '+905321234567' },
    folder: `${homedir()}/Belgeler/paydesk`,
  });
  const result = await h.core.invoke('app:diagnostics', undefined);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  report = (result.value as { text: string }).text;
});
afterAll(() => h.dispose());

describe('app:diagnostics', () => {
  it('says what support asks first: version, platform, keychain, accounts by provider and environment', () => {
    expect(report).toContain('PayDesk — tanı raporu / diagnostics report');
    expect(report).toContain('version: 1.2.3');
    expect(report).toContain('platform: linux');
    expect(report).toMatch(/node: \d+\.\d+/);
    expect(report).toContain('keychain: available');
    expect(report).toContain('- paynet · test · secrets complete');
    expect(report).toContain('- paytr · live · secrets complete');
  });

  it('counts the stores and lists the data files with their sizes', () => {
    expect(report).toContain('accounts: 2');
    expect(report).toMatch(/history: 0/);
    expect(report).toMatch(/accounts\.json: \d+(\.\d)? (B|KiB)/);
    expect(report).toMatch(/logs\/: .* in \d+ files/);
  });

  it('ends with the recent log lines, including the one just logged', () => {
    expect(report).toContain('## Log (last');
    expect(report).toContain('provider.refused');
    expect(report).toContain('core.started');
  });

  it('holds no secret, id, label, merchant number, card number, customer contact or home folder', () => {
    for (const leak of [SECRET, SALT, 'h7-DISTINCTIVE-paytr-key-51aa', 'aDc6c2VjcmV0LXZhbHVl', ...ids, 'Kadıköy', 'PayTR ana', '918273']) {
      expect(report, leak).not.toContain(leak);
    }
    expect(report).not.toContain('4111 1111 1111 1111');
    expect(report).not.toContain('ayse.h7@example.com');
    expect(report).not.toContain('+905321234567');
    expect(report).not.toContain(homedir());
    expect(report).toContain('~/Belgeler/paydesk');
  });
});
