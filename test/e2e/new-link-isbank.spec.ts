import { startIsbankEmulator, type IsbankEmulator } from '../emulators/isbank/isbank-emulator';
import { expect, test, type PayDeskApp } from './fixtures';
import {
  addAccount,
  captureOpenExternal,
  expectScannableResult,
  linkResult,
  newLinkForm,
  openInHistory,
  openedUrls,
  requestsTo,
} from './new-link-helpers';

test.use({ coreDeps: { openExternal: captureOpenExternal } });

let isbank: IsbankEmulator;
test.beforeEach(async () => {
  isbank = await startIsbankEmulator();
  openedUrls.length = 0;
});
test.afterEach(async () => {
  await isbank.stop();
});

async function openWithIsbank(app: PayDeskApp): Promise<void> {
  await app.open();
  await addAccount(
    app,
    { provider: 'isbank', label: 'İşbank Kasa', environment: 'custom', baseUrl: isbank.baseUrl, settings: {} },
    { clientId: isbank.credentials.clientId, clientSecret: isbank.credentials.clientSecret },
  );
}

const creates = () => requestsTo(isbank.server.requestsByEndpoint, /payment-links/);

test('İşbank: merchant, branch and installments from İşbank’s look-ups, a one-day link scanned from the screen, found in history', async ({
  app,
  page,
}) => {
  await openWithIsbank(app);
  const form = newLinkForm(page);
  const merchant = form.getByLabel('Üye işyeri');
  await expect(merchant.locator('option')).toHaveText(['Seçin…', 'Örnek Mağaza A.Ş. (6700123)', 'Örnek Kafe (6700456)']);
  await merchant.selectOption({ label: 'Örnek Kafe (6700456)' });
  // The first branch is chosen for the shop; installments are İşbank's options for it.
  await expect(form.getByLabel('Şube')).toHaveValue('1');
  const installments = form.getByLabel('Taksit', { exact: true });
  await expect(installments.locator('option')).toHaveText(['Tek çekim', '2 taksite kadar', '3 taksite kadar', '6 taksite kadar', '9 taksite kadar']);
  await form.getByLabel('Şube').selectOption({ label: 'Kadıköy (2)' });
  await installments.selectOption({ label: '3 taksite kadar' });
  // İşbank links live one day at most: longer presets are not offered.
  await expect(form.getByLabel('Son geçerlilik', { exact: true }).locator('option')).toHaveText([
    'Bir saat',
    'Bugün gün sonuna kadar',
    'Bir gün',
    'Başka bir zaman',
    'Sağlayıcının varsayılanı',
  ]);
  await expect(form.getByText('İşbank linkleri en fazla bir gün geçerlidir.')).toBeVisible();

  await form.getByLabel('Tutar', { exact: true }).fill('1250.50');
  await form.getByLabel('Açıklama', { exact: true }).fill('Bağış makbuzu');
  await form.getByLabel(/^Cep telefonu/).fill('0505 111 22 33');
  await app.screenshot('new-link-isbank-form-tr');
  await form.getByRole('button', { name: 'Linki oluştur' }).click();

  const url = await expectScannableResult(page);
  const [link] = [...isbank.links.values()];
  expect(isbank.links.size).toBe(1);
  expect(url).toBe(link!.url);
  expect(link!.body).toMatchObject({ merchant_no: 6700456, branch_no: 2, amount: 1250.5, installment: 3, is_domestic: true, currency_code: 'TRY' });

  const result = linkResult(page);
  await expect(result.getByRole('button', { name: /SMS ile gönder|e-postası ile gönder/ })).toHaveCount(0);
  await app.screenshot('new-link-isbank-result-tr');
  await result.getByRole('button', { name: 'E-posta uygulamasıyla gönder' }).click();
  await expect(result.getByText('E-posta uygulaması açıldı; e-postayı oradan gönderin.')).toBeVisible();
  expect(openedUrls.find((u) => u.startsWith('mailto:?subject='))).toBeDefined();

  await page.getByTestId('language-sidebar-en').click();
  expect(await expectScannableResult(page)).toBe(url);
  await app.screenshot('new-link-isbank-result-en');
  await page.getByTestId('language-sidebar-tr').click();

  const detail = await openInHistory(app, 'Bağış makbuzu');
  await expect(detail.getByTestId('detail-url')).toHaveText(url);
  await expect(detail.getByTestId('timeline')).toContainText('Link oluşturuldu');
});

test('İşbank: every rule stops bad input in the form before any request reaches İşbank', async ({ app, page }) => {
  await openWithIsbank(app);
  const form = newLinkForm(page);
  const create = form.getByRole('button', { name: 'Linki oluştur' });
  await form.getByLabel('Tutar', { exact: true }).fill('100');
  await form.getByLabel('Açıklama', { exact: true }).fill('Bağış');

  // No merchant chosen.
  await create.click();
  await expect(form.getByText('İşbank için üye işyeri ve şube seçin.')).toBeVisible();
  await expect(form.getByLabel('Üye işyeri')).toBeFocused();

  await form.getByLabel('Üye işyeri').selectOption({ label: 'Örnek Mağaza A.Ş. (6700123)' });
  await expect(form.getByLabel('Şube')).toHaveValue('1');
  // More than one day ahead.
  await form.getByLabel('Son geçerlilik', { exact: true }).selectOption({ label: 'Başka bir zaman' });
  const later = new Date(Date.now() + 3 * 24 * 3600_000 + 3 * 3600_000).toISOString().slice(0, 16);
  await form.getByLabel('Tarih ve saat (Türkiye saati)').fill(later);
  await create.click();
  await expect(form.getByText('İşbank linkleri en fazla bir gün geçerlidir; daha yakın bir zaman seçin.')).toBeVisible();
  await app.screenshot('new-link-isbank-validation-tr', { fullPage: false });

  // In the past.
  await form.getByLabel('Tarih ve saat (Türkiye saati)').fill('2022-03-01T12:00');
  await create.click();
  await expect(form.getByText('Son geçerlilik zamanı geçmiş olamaz.')).toBeVisible();

  // An unreadable amount.
  await form.getByLabel('Son geçerlilik', { exact: true }).selectOption({ label: 'Bir saat' });
  await form.getByLabel('Tutar', { exact: true }).fill('1,2,3');
  await create.click();
  await expect(form.getByText('Tutarı rakamla yazın, örneğin 1.250,50.')).toBeVisible();

  expect(creates()).toBe(0);
  expect(isbank.links.size).toBe(0);
});
