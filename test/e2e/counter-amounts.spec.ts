import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test, type PayDeskApp } from './fixtures';
import { addAccount, captureOpenExternal, expectScannableResult, linkResult, newLinkForm } from './new-link-helpers';

/** Issue #21 items 1 and 6: an extra zero is caught before it reaches the customer; errors say what is wrong. */
test.use({ viewport: { width: 1366, height: 768 }, coreDeps: { openExternal: captureOpenExternal } });

let paytr: PaytrEmulator;
test.beforeEach(async () => {
  paytr = await startPaytrEmulator();
});
test.afterEach(async () => {
  await paytr.stop();
});

async function openWithPaytr(app: PayDeskApp): Promise<string> {
  await app.open();
  return addAccount(
    app,
    { provider: 'paytr', label: 'Kasa PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
    { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
  );
}

test('#21.1 an amount above the shop limit is read back in words and needs a confirmation; main refuses it without one', async ({
  app,
  page,
}) => {
  test.slow();
  const accountId = await openWithPaytr(app);
  const form = newLinkForm(page);
  await form.getByLabel('Tutar', { exact: true }).fill('1.000.000.000');
  await form.getByLabel('Açıklama', { exact: true }).fill('Koltuk takımı');
  await form.getByLabel('Açıklama', { exact: true }).press('Enter');

  const dialog = page.getByRole('alertdialog');
  await expect(dialog.getByRole('heading', { name: 'Bu tutar doğru mu?' })).toBeVisible();
  await expect(dialog.getByTestId('amount-check-figure')).toHaveText('1.000.000.000,00 ₺');
  await expect(dialog.getByTestId('amount-check-words')).toHaveText('Yazıyla: bir milyar lira');
  await expect(dialog).toContainText('üst sınırı olan 50.000,00 ₺');
  // The safe answer has the focus: a second Enter corrects, it does not confirm.
  await expect(dialog.getByRole('button', { name: 'Tutarı düzelt' })).toBeFocused();
  await app.screenshot('counter-amount-confirm-tr', { fullPage: false });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(form.getByLabel('Tutar', { exact: true })).toBeFocused();
  expect(paytr.links.size).toBe(0);

  // 99999999 is read back too; confirming it makes the link.
  await form.getByLabel('Tutar', { exact: true }).fill('99999999');
  await form.getByTestId('create-link').click();
  await expect(dialog.getByTestId('amount-check-words')).toHaveText(
    'Yazıyla: doksan dokuz milyon dokuz yüz doksan dokuz bin dokuz yüz doksan dokuz lira',
  );
  await dialog.getByRole('button', { name: 'Evet, 99.999.999,00 ₺ doğru' }).click();
  await expectScannableResult(page);
  await expect(linkResult(page)).toContainText('99.999.999,00 ₺');
  expect(paytr.links.size).toBe(1);

  // The renderer is untrusted: main refuses an amount above the limit that was not confirmed.
  const request = {
    reference: 'PDLIMITCHECK000000001',
    linkType: 'product',
    amount: { minor: 1_000_000_000_00, currency: 'TRY' },
    description: 'Koltuk',
    customer: {},
    maxInstallments: 1,
    language: 'tr',
  };
  const refused = await app.harness.invoke('links:create', { accountId, request, mode: 'now' });
  expect(refused.ok).toBe(false);
  expect(!refused.ok && refused.error).toMatchObject({ code: 'invalid-input', field: 'amount' });
  expect(paytr.links.size).toBe(1);

  // The limit is the shop's own (Settings); 60.000 under a 100.000 limit goes straight out.
  await app.navButton('Ayarlar').click();
  await page.getByLabel('Üst tutar sınırı').fill('100.000');
  await page.getByRole('button', { name: 'Sınırı kaydet' }).click();
  await expect(page.getByText('Şu an: 100.000,00 ₺')).toBeVisible();
  await app.screenshot('counter-amount-limit-settings-tr');
  await app.navButton('Yeni link').click();
  await linkResult(page).getByRole('button', { name: 'Yeni link', exact: true }).click();
  await form.getByLabel('Tutar', { exact: true }).fill('60.000');
  await form.getByLabel('Açıklama', { exact: true }).fill('Yemek odası');
  await form.getByTestId('create-link').click();
  await expectScannableResult(page);
  expect(paytr.links.size).toBe(2);

  // English reads it back in English words.
  await page.getByTestId('language-sidebar-en').click();
  await linkResult(page).getByRole('button', { name: 'New link', exact: true }).click();
  await form.getByLabel('Amount', { exact: true }).fill('150.000,50');
  await form.getByLabel('Description', { exact: true }).fill('Dining set');
  await form.getByTestId('create-link').click();
  await expect(dialog.getByTestId('amount-check-words')).toHaveText('In words: one hundred fifty thousand lira and fifty kuruş');
  await expect(dialog.getByRole('button', { name: 'Correct the amount' })).toBeFocused();
  await app.screenshot('counter-amount-confirm-en', { fullPage: false });
});

test('#21.6 error texts say what is wrong: a negative amount, three decimals, a link PayDesk will not open', async ({ app, page }) => {
  test.slow();
  await openWithPaytr(app);
  const form = newLinkForm(page);
  const amount = form.getByLabel('Tutar', { exact: true });
  await amount.fill('-50');
  await amount.blur();
  await expect(form.getByText('Tutar sıfırdan büyük olmalı.')).toBeVisible();
  await amount.fill('1.250,505');
  await amount.blur();
  await expect(form.getByText('Tutarda en fazla iki ondalık basamak olabilir (kuruş), örneğin 1.250,50.')).toBeVisible();
  await expect(form.getByText(/Tutarı rakamla yazın/)).toHaveCount(0);
  await app.screenshot('counter-errors-amount-tr', { fullPage: false });

  // A custom account's http link: nothing was typed, so the message says which addresses open.
  await amount.fill('120');
  await form.getByLabel('Açıklama', { exact: true }).fill('Vazo');
  await form.getByTestId('create-link').click();
  await expectScannableResult(page);
  await linkResult(page).getByRole('button', { name: 'Tarayıcıda aç' }).click();
  const alert = linkResult(page).getByRole('alert');
  await expect(alert).toContainText('yalnızca güvenli (https) sağlayıcı adreslerini');
  await expect(alert).not.toContainText('Girilen bilgilerden biri geçerli değil');
  await app.screenshot('counter-errors-open-tr', { fullPage: false });

  // CSV export where no save dialog exists: not a provider's fault.
  await app.navButton('Geçmiş').click();
  await page.getByRole('button', { name: 'CSV olarak dışa aktar' }).click();
  const status = page.getByTestId('export-status');
  await expect(status).toContainText('Bu pencere dosya kaydedemiyor');
  await expect(status).not.toContainText('sağlayıcı');
  await app.screenshot('counter-errors-export-tr', { fullPage: false });

  await page.getByTestId('language-sidebar-en').click();
  await page.getByRole('button', { name: 'Export as CSV' }).click();
  await expect(status).toContainText('This window cannot save files');
  await app.navButton('New link').click();
  await linkResult(page).getByRole('button', { name: 'New link', exact: true }).click();
  await form.getByLabel('Amount', { exact: true }).fill('-50');
  await form.getByLabel('Amount', { exact: true }).blur();
  await expect(form.getByText('The amount must be greater than zero.')).toBeVisible();
  await app.screenshot('counter-errors-amount-en', { fullPage: false });
});
