import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test } from './fixtures';
import { addPaytrAccount, expectScannableResult, linkResult, newLinkForm } from './new-link-helpers';

let paytr: PaytrEmulator;
test.beforeEach(async () => {
  paytr = await startPaytrEmulator();
});
test.afterEach(async () => {
  await paytr.stop();
});

test('customers are remembered from links, suggested in the form, and edited or deleted in Settings', async ({ app, page }) => {
  await app.open();
  await addPaytrAccount(app, paytr);
  const form = newLinkForm(page);
  await form.getByLabel('Tutar', { exact: true }).fill('75');
  await form.getByLabel('Açıklama', { exact: true }).fill('Çiçek siparişi');
  await form.getByLabel(/^Ad soyad/).fill('İsmail Şahin');
  await form.getByLabel(/^Cep telefonu/).fill('0544 987 65 43');
  await form.getByRole('button', { name: 'Linki oluştur' }).click();
  await expectScannableResult(page);
  await linkResult(page).getByRole('button', { name: 'Yeni link', exact: true }).click();

  // Typing part of the name (Turkish case folding: "ismail" finds "İsmail") suggests the customer.
  const name = form.getByRole('combobox', { name: /^Ad soyad/ });
  await name.fill('ismail');
  await expect(form.getByRole('listbox')).toBeVisible();
  await expect(form.getByRole('listbox').getByRole('option')).toHaveText(['İsmail Şahin · 0544 987 65 43']);
  // Esc closes the list only; the typed text stays.
  await name.press('Escape');
  await expect(form.getByRole('listbox')).toBeHidden();
  await expect(name).toHaveValue('ismail');
  await name.press('ArrowDown');
  await name.fill('İsma');
  await form.getByRole('listbox').getByRole('option', { name: /İsmail Şahin/ }).click();
  await expect(name).toHaveValue('İsmail Şahin');
  await expect(form.getByLabel(/^Cep telefonu/)).toHaveValue('0544 987 65 43');

  // Settings → Customers: the same customer, editable.
  await app.navButton('Ayarlar').click();
  const section = page.getByTestId('contacts-section');
  const row = section.getByTestId('contact-row').filter({ hasText: 'İsmail Şahin' });
  await expect(row).toContainText('0544 987 65 43');
  await app.screenshot('contacts-settings-tr');
  await row.getByRole('button', { name: 'İsmail Şahin düzenle' }).click();
  const dialog = page.getByRole('dialog', { name: 'Müşteriyi düzenle' });
  await dialog.getByLabel(/^Telefon/).fill('05');
  await dialog.getByRole('button', { name: 'Kaydet' }).click();
  await expect(dialog.getByText('Telefon numarası geçersiz; örneğin 0555 123 45 67.')).toBeVisible();
  await dialog.getByLabel(/^Telefon/).fill('');
  await dialog.getByRole('button', { name: 'Kaydet' }).click();
  await expect(dialog.getByText('Telefon, e-posta veya Ödüyo cari numarasından en az biri kalmalı.')).toBeVisible();
  await dialog.getByLabel(/^Telefon/).fill('+90 544 000 11 22');
  await dialog.getByLabel(/^E-posta/).fill('ismail@example.com');
  await dialog.getByRole('button', { name: 'Kaydet' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('status')).toHaveText('“İsmail Şahin” kaydedildi.');
  await expect(row).toContainText('0544 000 11 22');
  await expect(row).toContainText('ismail@example.com');

  // Search narrows the list; delete asks first.
  await section.getByLabel(/^Müşteri ara/).fill('yok böyle biri');
  await expect(section.getByText('Aramaya uyan müşteri yok.')).toBeVisible();
  await section.getByLabel(/^Müşteri ara/).fill('ŞAHİN');
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'İsmail Şahin sil' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Müşteri silinsin mi?' });
  await expect(confirm).toContainText('“İsmail Şahin” müşteri listesinden silinecek.');
  await confirm.getByRole('button', { name: 'Evet, sil' }).click();
  await expect(section.getByRole('status')).toHaveText('“İsmail Şahin” silindi.');
  await expect(section.getByTestId('contact-row')).toHaveCount(0);

  // Gone from the book the suggestions come from.
  const left = await app.harness.invoke('contacts:list', { text: 'İsma', limit: 10 });
  expect(left).toEqual({ ok: true, value: [] });
});
