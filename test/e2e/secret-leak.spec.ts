import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIsbankEmulator, type IsbankEmulator } from '../emulators/isbank/isbank-emulator';
import { startOduyoEmulator, type OduyoEmulator } from '../emulators/oduyo/oduyo-emulator';
import { startPaynetEmulator, type PaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { filesContaining } from '../support/find-in-files';
import { expect, test, type PayDeskApp } from './fixtures';
import { addAccount, captureOpenExternal, expectScannableResult, linkResult, newLinkForm } from './new-link-helpers';

/**
 * The secret-leak proof: distinctive secrets for every provider go in through the keychain, the
 * shop owner works through every screen (links on all four providers, sends, a failed connection
 * test with a wrong key, history, export, backup, diagnostics), and then the data folder, the
 * logs, every IPC output and event, the DOM and the clipboard are searched: zero occurrences.
 */
const SECRETS = {
  paytrKey: 'PTRKEY-LEAKCHK-7f3a91c0',
  paytrSalt: 'PTRSALT-LEAKCHK-2b8c44d1',
  paynetKey: 'sck_LEAKCHK_paynet_5e61aa',
  oduyoPassword: 'ODYPASS-LEAKCHK-9d02e7',
  oduyoApiKey: 'ODYAPI-LEAKCHK-44ab19',
  isbankId: 'ISBID-LEAKCHK-1f9e30',
  isbankSecret: 'ISBSEC-LEAKCHK-c7e58b',
  wrongKey: 'WRONGKEY-LEAKCHK-0a0a77',
};
/** Customer data may live in history (that is its job) but never in a log line. */
const CUSTOMER_EMAIL = 'musteri.leakchk.73@example.com';

const exportsDir = await mkdtemp(join(tmpdir(), 'paydesk-leak-exports-'));
const clipboardTexts: string[] = [];
const domSnapshots: string[] = [];

test.use({
  coreDeps: {
    openExternal: captureOpenExternal,
    saveFile: async (name, content) => {
      await writeFile(join(exportsDir, name), content);
      return { saved: true, fileName: name };
    },
  },
});

let paytr: PaytrEmulator;
let paynet: PaynetEmulator;
let oduyo: OduyoEmulator;
let isbank: IsbankEmulator;
test.beforeAll(async () => {
  paytr = await startPaytrEmulator({ merchantKey: SECRETS.paytrKey, merchantSalt: SECRETS.paytrSalt });
  paynet = await startPaynetEmulator({ secretKey: SECRETS.paynetKey });
  oduyo = await startOduyoEmulator({ password: SECRETS.oduyoPassword, apiKey: SECRETS.oduyoApiKey });
  isbank = await startIsbankEmulator({ clientId: SECRETS.isbankId, clientSecret: SECRETS.isbankSecret });
});
test.afterAll(async () => {
  await Promise.all([paytr.stop(), paynet.stop(), oduyo.stop(), isbank.stop()]);
});

const accountIds: Record<string, string> = {};

async function snapshotDom(app: PayDeskApp): Promise<void> {
  domSnapshots.push(await app.page.content());
}

/** Fills the fields every provider shares, with the distinctive customer e-mail where asked. */
async function createLink(app: PayDeskApp, accountLabel: string, description: string, fill?: () => Promise<void>): Promise<string> {
  const form = newLinkForm(app.page);
  await form.locator('select[name="accountId"]').selectOption(accountIds[accountLabel]!);
  await fill?.();
  await form.getByLabel('Tutar', { exact: true }).fill('1.250,50');
  await form.getByLabel('Açıklama', { exact: true }).fill(description);
  await form.getByLabel(/^Cep telefonu/).fill('0555 123 45 67');
  const email = form.getByLabel(/^E-posta/);
  if ((await email.count()) > 0) await email.fill(CUSTOMER_EMAIL);
  await form.getByRole('button', { name: 'Linki oluştur' }).click();
  const url = await expectScannableResult(app.page);
  await snapshotDom(app);
  return url;
}

test('no secret appears in files, logs, IPC outputs, the DOM or the clipboard after using every screen', async ({ app, page, harness, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open();
  accountIds['Sızıntı PayTR'] = await addAccount(
    app,
    { provider: 'paytr', label: 'Sızıntı PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
    { merchantKey: SECRETS.paytrKey, merchantSalt: SECRETS.paytrSalt },
  );
  accountIds['Sızıntı Paynet'] = await addAccount(
    app,
    { provider: 'paynet', label: 'Sızıntı Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} },
    { secretKey: SECRETS.paynetKey },
  );
  accountIds['Sızıntı Ödüyo'] = await addAccount(
    app,
    { provider: 'oduyo', label: 'Sızıntı Ödüyo', environment: 'custom', baseUrl: oduyo.baseUrl, settings: { username: oduyo.credentials.username } },
    { password: SECRETS.oduyoPassword, apiKey: SECRETS.oduyoApiKey },
  );
  accountIds['Sızıntı İşbank'] = await addAccount(
    app,
    { provider: 'isbank', label: 'Sızıntı İşbank', environment: 'custom', baseUrl: isbank.baseUrl, settings: {} },
    { clientId: SECRETS.isbankId, clientSecret: SECRETS.isbankSecret },
  );
  // A wrong key, so the failure path (provider error texts) is exercised too.
  accountIds['Yanlış Paynet'] = await addAccount(
    app,
    { provider: 'paynet', label: 'Yanlış Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} },
    { secretKey: SECRETS.wrongKey },
  );

  // Settings: test every connection through the UI, the wrong key included.
  await app.navButton('Ayarlar').click();
  for (const card of await page.getByTestId('account-card').all()) {
    await card.getByRole('button', { name: /Bağlantıyı test et/ }).click();
    await expect(card.getByTestId('test-result')).toContainText(/Bağlantı çalışıyor|Bağlantı kurulamadı/, { timeout: 15_000 });
  }
  const wrong = page.getByTestId('account-card').filter({ hasText: 'Yanlış Paynet' });
  await expect(wrong.getByTestId('test-result')).toContainText('Bağlantı kurulamadı.');
  await expect(page.getByTestId('test-result').filter({ hasText: 'Bağlantı çalışıyor.' })).toHaveCount(4);
  await snapshotDom(app);

  // A link on every provider, sent by the provider where it can.
  await app.navButton(/Yeni link/).click();
  await createLink(app, 'Sızıntı PayTR', 'Sızıntı testi PayTR');
  await linkResult(page).getByRole('button', { name: 'PayTR e-postası ile gönder' }).click();
  await expect(linkResult(page).getByText(`Gönderildi: ${CUSTOMER_EMAIL}`)).toBeVisible();
  await linkResult(page).getByRole('button', { name: 'Kopyala' }).click();
  clipboardTexts.push(await page.evaluate<string>('navigator.clipboard.readText()'));
  await page.keyboard.press('Escape');
  await createLink(app, 'Sızıntı Paynet', 'Sızıntı testi Paynet', async () => {
    await newLinkForm(page).getByLabel(/^Ad soyad/).fill('Ayşe Yılmaz');
  });
  await page.keyboard.press('Escape');
  await createLink(app, 'Sızıntı Ödüyo', 'Sızıntı testi Ödüyo', async () => {
    await newLinkForm(page).getByRole('searchbox', { name: /^Ödüyo cari hesabı/ }).fill('Pınar');
    await newLinkForm(page).getByRole('button', { name: /Pınar Köprülü \(#76\)/ }).click();
  });
  await page.keyboard.press('Escape');
  await createLink(app, 'Sızıntı İşbank', 'Sızıntı testi İşbank', async () => {
    await newLinkForm(page).getByLabel('Üye işyeri').selectOption({ label: 'Örnek Kafe (6700456)' });
  });

  // A create that the provider refuses (wrong key) shows its error, never the key.
  await page.keyboard.press('Escape');
  const form = newLinkForm(page);
  await form.locator('select[name="accountId"]').selectOption(accountIds['Yanlış Paynet']!);
  await form.getByLabel('Tutar', { exact: true }).fill('10');
  await form.getByLabel('Açıklama', { exact: true }).fill('Yanlış anahtar');
  await form.getByLabel(/^Ad soyad/).fill('Ali Veli');
  await form.getByRole('button', { name: 'Linki oluştur' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await snapshotDom(app);

  // History, its detail and CSV export; the outbox; backup and diagnostics in Settings.
  await app.navButton(/Geçmiş/).click();
  await expect(page.getByTestId('history-row')).toHaveCount(4);
  await page.getByTestId('history-row').first().click();
  await expect(page.getByTestId('link-detail')).toBeVisible();
  await snapshotDom(app);
  await page.getByRole('button', { name: 'CSV olarak dışa aktar' }).click();
  await expect.poll(async () => (await readdir(exportsDir)).some((f) => f.endsWith('.csv'))).toBe(true);
  await app.navButton(/Giden kutusu/).click();
  await snapshotDom(app);
  await app.navButton('Ayarlar').click();
  await page.getByRole('button', { name: 'Verileri yedekle' }).click();
  await expect.poll(async () => (await readdir(exportsDir)).some((f) => f.endsWith('.json'))).toBe(true);
  await page.getByRole('button', { name: 'Tanı bilgisini kopyala' }).click();
  await expect.poll(async () => (await page.evaluate<string>('navigator.clipboard.readText()')).length).toBeGreaterThan(100);
  clipboardTexts.push(await page.evaluate<string>('navigator.clipboard.readText()'));
  await snapshotDom(app);

  await harness.stop();
  const ipc = harness.recordedText();
  const dom = domSnapshots.join('\n');
  const clipboard = clipboardTexts.join('\n');
  for (const [name, secret] of Object.entries(SECRETS)) {
    expect(await filesContaining(harness.dataDir, secret), `${name} in the data folder`).toEqual([]);
    expect(await filesContaining(exportsDir, secret), `${name} in an export or backup`).toEqual([]);
    expect(ipc.includes(secret), `${name} in an IPC output or event`).toBe(false);
    expect(dom.includes(secret), `${name} in the DOM`).toBe(false);
    expect(clipboard.includes(secret), `${name} on the clipboard`).toBe(false);
  }
  // The customer's e-mail is in history (its job) but is masked in every log line.
  const logDir = join(harness.dataDir, 'logs');
  const logs = (await Promise.all((await readdir(logDir)).map((f) => readFile(join(logDir, f), 'utf8')))).join('\n');
  expect(logs.length).toBeGreaterThan(0);
  expect(logs.includes(CUSTOMER_EMAIL), 'customer e-mail in the logs').toBe(false);
  expect(await filesContaining(harness.dataDir, CUSTOMER_EMAIL)).not.toEqual([]); // the scan can find what is there
  // Sanity: the proof really searched the places where the secrets were used.
  expect(domSnapshots.length).toBeGreaterThanOrEqual(7);
  expect(ipc).toContain('Sızıntı testi İşbank');
});
