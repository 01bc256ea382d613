import { startOduyoEmulator, type OduyoEmulator } from '../emulators/oduyo/oduyo-emulator';
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

let oduyo: OduyoEmulator;
test.beforeEach(async () => {
  oduyo = await startOduyoEmulator();
  openedUrls.length = 0;
});
test.afterEach(async () => {
  await oduyo.stop();
});

async function openWithOduyo(app: PayDeskApp): Promise<void> {
  await app.open();
  await addAccount(
    app,
    { provider: 'oduyo', label: 'Ödüyo Dershane', environment: 'custom', baseUrl: oduyo.baseUrl, settings: { username: oduyo.credentials.username } },
    { password: oduyo.credentials.password, apiKey: oduyo.credentials.apiKey },
  );
}

const creates = () => requestsTo(oduyo.server.requestsByEndpoint, /get_link|getlink/);

test('Ödüyo: a link for a customer account picked from Ödüyo’s list, scanned from the screen, shared on WhatsApp, found in history', async ({
  app,
  page,
}) => {
  await openWithOduyo(app);
  const form = newLinkForm(page);
  await expect(form.getByRole('radio', { name: 'Tutarlı link' })).toBeChecked();
  // Ödüyo dates have no hours: no "one hour" preset.
  await expect(form.getByLabel('Son geçerlilik', { exact: true }).locator('option')).toHaveText([
    'Bugün gün sonuna kadar',
    'Bir gün',
    'Üç gün',
    'Bir hafta',
    'Başka bir zaman',
    'Sağlayıcının varsayılanı',
  ]);

  await form.getByRole('searchbox', { name: /^Ödüyo cari hesabı/ }).fill('Pınar');
  await form.getByRole('button', { name: /Pınar Köprülü \(#76\)/ }).click();
  await expect(form.getByTestId('oduyo-chosen')).toContainText('Seçilen: Pınar Köprülü (#76)');
  await expect(form.getByLabel(/^Ad soyad/)).toHaveValue('Pınar Köprülü');

  await form.getByLabel('Tutar', { exact: true }).fill('2.400');
  await form.getByLabel('Açıklama', { exact: true }).fill('Kasım ayı ders ücreti');
  await form.getByLabel(/^Cep telefonu/).fill('0532 123 45 67');
  await form.getByLabel('Taksit', { exact: true }).selectOption({ label: '6 taksite kadar' });
  await form.getByLabel('Son geçerlilik', { exact: true }).selectOption({ label: 'Bir hafta' });
  await expect(form.getByText(/^Ödüyo son ödeme tarihi: \d{2}\.\d{2}\.\d{4}$/)).toBeVisible();
  await app.screenshot('new-link-oduyo-form-tr');
  await form.getByLabel('Açıklama', { exact: true }).press('Enter');

  const url = await expectScannableResult(page);
  const [link] = [...oduyo.links.values()];
  expect(oduyo.links.size).toBe(1);
  expect(url).toBe(link!.url);
  expect(link!.body).toMatchObject({ id: '76', price: 2400, installment: 6 });
  expect(String((link!.body as { expire_time?: unknown }).expire_time)).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const result = linkResult(page);
  // Ödüyo does not send links itself: only the shop's own channels are offered.
  await expect(result.getByRole('button', { name: /SMS ile gönder|e-postası ile gönder/ })).toHaveCount(0);
  await app.screenshot('new-link-oduyo-result-tr');
  await result.getByRole('button', { name: 'WhatsApp ile gönder' }).click();
  await expect(result.getByText('WhatsApp açıldı; mesajı oradan gönderin.')).toBeVisible();
  expect(openedUrls.find((u) => u.startsWith('https://wa.me/905321234567?text='))).toBeDefined();

  await page.getByTestId('language-sidebar-en').click();
  expect(await expectScannableResult(page)).toBe(url);
  await app.screenshot('new-link-oduyo-result-en');
  await page.getByTestId('language-sidebar-tr').click();

  const detail = await openInHistory(app, 'Kasım ayı ders ücreti');
  await expect(detail.getByTestId('detail-url')).toHaveText(url);
  await expect(detail.getByTestId('timeline')).toContainText('WhatsApp ile paylaşıldı');
});

test('Ödüyo: a new customer account is created from the form, and the next link suggests the saved customer', async ({ app, page }) => {
  await openWithOduyo(app);
  const form = newLinkForm(page);
  await form.getByLabel(/^Ad soyad/).fill('Zeynep Çelik');
  await form.getByRole('button', { name: 'Yeni cari hesap' }).click();
  const dialog = page.getByRole('dialog', { name: 'Yeni Ödüyo cari hesabı' });
  await expect(dialog.getByLabel(/^Ad soyad/)).toHaveValue('Zeynep Çelik');
  await dialog.getByLabel(/^TC kimlik no/).fill('123');
  await dialog.getByRole('button', { name: 'Cari hesabı oluştur' }).click();
  await expect(dialog.getByText('TC kimlik no 11 rakam olmalı.')).toBeVisible();
  expect(oduyo.customers).toHaveLength(1);
  await dialog.getByLabel(/^TC kimlik no/).fill('');
  await dialog.getByLabel(/^E-posta/).fill('zeynep@example.com');
  await dialog.getByRole('button', { name: 'Cari hesabı oluştur' }).click();
  await expect(dialog).toBeHidden();
  expect(oduyo.customers).toHaveLength(2);
  const created = oduyo.customers[1]!;
  await expect(form.getByTestId('oduyo-chosen')).toContainText(`Zeynep Çelik (#${created.id})`);

  await form.getByLabel('Tutar', { exact: true }).fill('300');
  await form.getByLabel('Açıklama', { exact: true }).fill('Deneme dersi');
  await form.getByRole('button', { name: 'Linki oluştur' }).click();
  await expectScannableResult(page);

  // The customer book remembered her: typing her name suggests her, and picking fills the account too.
  await linkResult(page).getByRole('button', { name: 'Yeni link', exact: true }).click();
  const name = form.getByRole('combobox', { name: /^Ad soyad/ });
  await name.fill('Zey');
  const option = form.getByRole('listbox').getByRole('option', { name: /Zeynep Çelik/ });
  await expect(option).toBeVisible();
  await app.screenshot('new-link-oduyo-suggestions-tr', { fullPage: false });
  await name.press('ArrowDown');
  await name.press('Enter');
  await expect(name).toHaveValue('Zeynep Çelik');
  await expect(form.getByLabel(/^E-posta/)).toHaveValue('zeynep@example.com');
  await expect(form.getByTestId('oduyo-chosen')).toContainText(`#${created.id}`);
  expect(creates()).toBe(1);
});

test('Ödüyo: every rule stops bad input in the form before any request reaches Ödüyo', async ({ app, page }) => {
  await openWithOduyo(app);
  const form = newLinkForm(page);
  const create = form.getByRole('button', { name: 'Linki oluştur' });

  // No customer account chosen.
  await form.getByLabel('Tutar', { exact: true }).fill('150');
  await form.getByLabel('Açıklama', { exact: true }).fill('Ders');
  await create.click();
  await expect(form.getByText('Ödüyo için bir cari hesap seçin veya oluşturun.')).toBeVisible();
  await expect(form.getByRole('searchbox', { name: /^Ödüyo cari hesabı/ })).toBeFocused();
  await app.screenshot('new-link-oduyo-validation-tr', { fullPage: false });

  await form.getByRole('searchbox', { name: /^Ödüyo cari hesabı/ }).fill('Pınar');
  await form.getByRole('button', { name: /Pınar Köprülü/ }).click();
  const cases: { fill: () => Promise<void>; message: string }[] = [
    {
      fill: async () => {
        await form.getByLabel('Son geçerlilik', { exact: true }).selectOption({ label: 'Başka bir zaman' });
        await form.getByLabel('Son ödeme tarihi').fill('2020-01-01');
      },
      message: 'Son ödeme tarihi geçmiş olamaz.',
    },
    { fill: () => form.getByLabel('Tutar', { exact: true }).fill(''), message: 'Tutarı yazın, örneğin 1.250,50.' },
    { fill: () => form.getByLabel('Açıklama', { exact: true }).fill('   '), message: 'Bir açıklama yazın.' },
    { fill: () => form.getByLabel(/^E-posta/).fill('pinar@@example'), message: 'Geçerli bir e-posta adresi girin.' },
  ];
  for (const { fill, message } of cases) {
    await form.getByLabel('Tutar', { exact: true }).fill('150');
    await form.getByLabel('Açıklama', { exact: true }).fill('Ders');
    await form.getByLabel('Son geçerlilik', { exact: true }).selectOption({ label: 'Sağlayıcının varsayılanı' });
    await form.getByLabel(/^E-posta/).fill('');
    await fill();
    await create.click();
    await expect(form.getByText(message, { exact: true }), message).toBeVisible();
    expect(creates(), message).toBe(0);
  }
  expect(oduyo.links.size).toBe(0);
});
