import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test, type PayDeskApp } from './fixtures';
import { addAccount, captureOpenExternal, expectScannableResult, linkResult, newLinkForm, openedUrls } from './new-link-helpers';

/** Issue #21 items 7, 8 and 9: the New link form at a 1366×768 counter screen. */
test.use({ viewport: { width: 1366, height: 768 }, coreDeps: { openExternal: captureOpenExternal } });

let paytr: PaytrEmulator;
test.beforeEach(async () => {
  paytr = await startPaytrEmulator();
  openedUrls.length = 0;
});
test.afterEach(async () => {
  await paytr.stop();
});

async function openWithPaytr(app: PayDeskApp): Promise<void> {
  await app.open();
  await addAccount(
    app,
    { provider: 'paytr', label: 'Kasa PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
    { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
  );
}

test('#21.7 the amount has the focus, Tab goes amount → description → create, and create is above the fold', async ({ app, page }) => {
  test.slow();
  await openWithPaytr(app);
  const form = newLinkForm(page);
  const amount = form.getByLabel('Tutar', { exact: true });
  await expect(amount).toBeFocused();
  await expect(form.getByTestId('create-link')).toBeInViewport({ ratio: 1 });
  await app.screenshot('counter-form-fold-tr', { fullPage: false });

  await page.keyboard.type('250');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Açıklama', { exact: true })).toBeFocused();
  await page.keyboard.type('Çiçek buketi');
  await page.keyboard.press('Tab');
  await expect(form.getByTestId('create-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectScannableResult(page);
  await expect(linkResult(page)).toContainText('250,00 ₺');

  // The same in English, after a new link: the focus is back on the amount.
  await page.getByTestId('language-sidebar-en').click();
  await linkResult(page).getByRole('button', { name: 'New link', exact: true }).click();
  await expect(form.getByLabel('Amount', { exact: true })).toBeFocused();
  await expect(form.getByTestId('create-link')).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Description', { exact: true })).toBeFocused();
  await app.screenshot('counter-form-fold-en', { fullPage: false });
});

test('#21.8 messages follow their field: the account name error clears when typed, an old WhatsApp note goes on a failed try', async ({
  app,
  page,
}) => {
  test.slow();
  await openWithPaytr(app);
  await app.navButton('Ayarlar').click();
  await page.getByRole('button', { name: 'Hesap ekle' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Yeni ödeme hesabı' });
  await dialog.getByRole('button', { name: 'Hesabı ekle' }).click();
  const name = dialog.getByLabel('Hesap adı');
  await expect(dialog.getByText('Hesap için bir ad yazın.')).toBeVisible();
  await name.fill('İkinci kasa');
  await expect(dialog.getByText('Hesap için bir ad yazın.')).toHaveCount(0);
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await app.screenshot('counter-messages-account-tr', { fullPage: false });
  await page.keyboard.press('Escape');

  await app.navButton('Yeni link').click();
  const form = newLinkForm(page);
  await form.getByLabel('Tutar', { exact: true }).fill('75');
  await form.getByLabel('Açıklama', { exact: true }).fill('Saksı');
  await form.getByTestId('create-link').click();
  await expectScannableResult(page);
  const result = linkResult(page);
  const phone = result.getByLabel('Telefon numarası', { exact: true });
  const whatsapp = result.locator('[data-channel="whatsapp"]');
  await phone.fill('0555 123 45 67');
  await whatsapp.getByRole('button', { name: 'WhatsApp ile gönder' }).click();
  await expect(whatsapp.getByText('WhatsApp açıldı; mesajı oradan gönderin.')).toBeVisible();
  expect(openedUrls).toHaveLength(1);

  await phone.fill('12');
  await whatsapp.getByRole('button', { name: 'WhatsApp ile gönder' }).click();
  await expect(result.getByText('Telefon numarası geçersiz; örneğin 0555 123 45 67.')).toBeVisible();
  await expect(whatsapp.getByText('WhatsApp açıldı; mesajı oradan gönderin.')).toHaveCount(0);
  await app.screenshot('counter-messages-whatsapp-tr', { fullPage: false });
  // Typing again takes the number's error away too.
  await phone.fill('0555 123 45 6');
  await expect(result.getByText('Telefon numarası geçersiz; örneğin 0555 123 45 67.')).toHaveCount(0);
  expect(openedUrls).toHaveLength(1);

  await page.getByTestId('language-sidebar-en').click();
  await result.getByLabel('Phone number', { exact: true }).fill('1');
  await whatsapp.getByRole('button', { name: 'Send on WhatsApp' }).click();
  await expect(result.getByText('The phone number is not valid; e.g. 0555 123 45 67.')).toBeVisible();
  await app.screenshot('counter-messages-whatsapp-en', { fullPage: false });
});

test('#21.9 nothing is changed silently: a long description is counted not cut, emoji are refused, a landline is not a mobile', async ({
  app,
  page,
}) => {
  test.slow();
  await openWithPaytr(app);
  const form = newLinkForm(page);
  const description = form.getByLabel('Açıklama', { exact: true });
  await form.getByLabel('Tutar', { exact: true }).fill('90');
  const long = 'Ç'.repeat(500);
  await description.fill(long);
  await expect(description).toHaveValue(long);
  await expect(form.getByText('500 / 200 karakter')).toBeVisible();
  await form.getByTestId('create-link').click();
  await expect(form.getByText('Açıklama en fazla 200 karakter olabilir; şu an 500. Fazlası kesilmez, kısaltın.')).toBeVisible();
  await app.screenshot('counter-input-long-tr', { fullPage: false });

  await description.fill('Doğum günü 🎂 pastası');
  await expect(form.getByText('20 / 200 karakter')).toBeVisible();
  await expect(form.getByText('Bu karakterler fişte □ olarak basılır ve ödeme sayfasında bozulabilir: 🎂. Lütfen silin.')).toBeVisible();
  await form.getByLabel(/^Cep telefonu/).fill('+90 212 555 12 12');
  await form.getByLabel(/^Cep telefonu/).blur();
  await expect(form.getByText(/Bu bir sabit hat numarası; SMS ve WhatsApp yalnızca cep telefonuna gider/)).toBeVisible();
  await app.screenshot('counter-input-emoji-landline-tr', { fullPage: false });
  await form.getByTestId('create-link').click();
  expect(paytr.links.size).toBe(0);

  // Main refuses them too (the renderer is untrusted).
  const accountId = (await page.locator('select[name="accountId"]').inputValue()) as string;
  const request = {
    reference: 'PDEMOJICHECK00000001',
    linkType: 'product',
    amount: { minor: 9000, currency: 'TRY' },
    description: 'Doğum günü 🎂 pastası',
    customer: { phone: '+902125551212' },
    maxInstallments: 1,
    language: 'tr',
  };
  const refused = await app.harness.invoke('links:create', { accountId, request, mode: 'now' });
  expect(!refused.ok && refused.error.field).toBe('description');
  const landline = await app.harness.invoke('links:create', { accountId, request: { ...request, description: 'Pasta' }, mode: 'now' });
  expect(!landline.ok && landline.error.field).toBe('customer.phone');
  expect(paytr.links.size).toBe(0);

  await description.fill('Doğum günü pastası');
  await form.getByLabel(/^Cep telefonu/).fill('0555 123 45 67');
  await form.getByTestId('create-link').click();
  await expectScannableResult(page);
  expect([...paytr.links.values()][0]!.fields.name).toBe('Doğum günü pastası');

  await page.getByTestId('language-sidebar-en').click();
  await linkResult(page).getByRole('button', { name: 'New link', exact: true }).click();
  await form.getByLabel('Description', { exact: true }).fill('Cake 🎂');
  await form.getByLabel(/^Mobile phone/).fill('0212 555 12 12');
  await form.getByLabel(/^Mobile phone/).blur();
  await form.getByTestId('create-link').click();
  await expect(form.getByText('These characters print as □ on slips and may break on the payment page: 🎂. Please remove them.')).toBeVisible();
  await expect(form.getByText(/This is a landline number/)).toBeVisible();
  await expect(form.getByText('6 / 200 characters')).toBeVisible();
  await app.screenshot('counter-input-en', { fullPage: false });
});
