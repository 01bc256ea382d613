import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { startPaynetEmulator, type PaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
const SECRET = 'sck_ELECTRON_SMOKE_SECRET_5b8e21';
const LABEL = 'Dükkân Paynet';

if ('missing' in binary) console.log(`e2e-electron skipped: ${binary.missing}`);
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

let dataDir: string;
let paynet: PaynetEmulator;
test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'paydesk-electron-'));
  paynet = await startPaynetEmulator({ secretKey: SECRET });
});
test.afterEach(async () => {
  await paynet.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  if (!('path' in binary)) throw new Error('unreachable');
  const app = await electron.launch({
    executablePath: binary.path,
    args: ['.', '--no-sandbox'],
    env: { ...process.env, PAYDESK_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  await page.getByRole('navigation').waitFor();
  return { app, page };
}

test('the real window: secure defaults, add an account, see it again after a restart', async () => {
  let { app, page } = await launch();
  // contextIsolation + sandbox + no nodeIntegration: the page sees the bridge and nothing of Node.
  const exposed = await page.evaluate(() => {
    const g = globalThis as Record<string, unknown>;
    return {
      require: typeof g.require,
      process: typeof g.process,
      bridge: Object.keys(g.paydesk as object).sort(),
      // Served from app://, not file://, and a secure context (the clipboard needs one).
      origin: (g.location as { origin: string }).origin,
      secure: g.isSecureContext,
    };
  });
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'on'], origin: 'app://paydesk', secure: true });

  await page.getByRole('navigation').getByRole('button', { name: 'Ayarlar' }).click();
  await page.getByTestId('empty-accounts').getByRole('button', { name: 'Hesap ekle' }).click();
  const form = page.getByRole('dialog', { name: 'Yeni ödeme hesabı' });
  await form.getByLabel('Sağlayıcı').selectOption({ label: 'Paynet' });
  await form.getByLabel('Hesap adı').fill(LABEL);
  await form.getByRole('radio', { name: 'Özel adres' }).check();
  await form.getByLabel('Sunucu adresi').fill(paynet.url);
  await form.getByLabel('Gizli anahtar (sck_…)').fill(SECRET);
  await form.getByRole('button', { name: 'Hesabı ekle' }).click();
  await expect(page.getByTestId('account-card')).toHaveCount(1);
  await page.screenshot({ path: 'test/artifacts/e2e-electron/accounts-tr.png' });
  await app.close();

  ({ app, page } = await launch());
  await page.getByRole('navigation').getByRole('button', { name: 'Ayarlar' }).click();
  const card = page.getByTestId('account-card');
  await expect(card.getByRole('heading', { name: LABEL })).toBeVisible();
  await expect(card.getByTestId('secret-secretKey')).toContainText('kayıtlı');
  expect(await page.content()).not.toContain(SECRET);
  await card.getByRole('button', { name: /Kaldır/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Evet, kaldır' }).click();
  await expect(card).toHaveCount(0);
  await app.close();
});
