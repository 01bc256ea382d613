import type { Page } from '@playwright/test';
import { startIsbankEmulator, type IsbankEmulator } from '../emulators/isbank/isbank-emulator';
import { expect, test, type PayDeskApp } from './fixtures';

let isbank: IsbankEmulator;
test.beforeEach(async () => {
  isbank = await startIsbankEmulator();
});
test.afterEach(async () => {
  await isbank.stop();
});

/** Adds the İşbank account through the UI, as a shop owner would. */
async function addIsbankAccount(app: PayDeskApp, page: Page): Promise<void> {
  await app.navButton('Ayarlar').click();
  await page.getByTestId('empty-accounts').getByRole('button', { name: 'Hesap ekle' }).click();
  const form = page.getByRole('dialog', { name: 'Yeni ödeme hesabı' });
  await form.getByLabel('Sağlayıcı').selectOption({ label: 'İşbank' });
  await form.getByLabel('Hesap adı').fill('Vakıf İşbank');
  await form.getByRole('radio', { name: 'Özel adres' }).check();
  await form.getByLabel('Sunucu adresi').fill(isbank.baseUrl);
  await form.getByLabel(/İstemci kimliği/).fill(isbank.credentials.clientId);
  await form.getByLabel(/İstemci sırrı/).fill(isbank.credentials.clientSecret);
  await form.getByRole('button', { name: 'Hesabı ekle' }).click();
  await expect(form).toBeHidden();
}

test('the İşbank service form is drawn from the documented İşbank spec and checks every rule as the user types', async ({ app, page }) => {
  await app.open();
  await addIsbankAccount(app, page);

  await page.getByTestId('account-card').getByRole('button', { name: /Hizmet formu/ }).click();
  const dialog = page.getByRole('dialog', { name: 'İşbank hizmet formu' });
  await expect(dialog.getByLabel(/Hizmet numarası/)).toHaveValue('10065');
  await dialog.getByRole('button', { name: 'Formu getir' }).click();
  const form = dialog.getByTestId('service-form');
  await expect(form.getByRole('heading', { name: 'Hizmet 10065' })).toBeVisible();
  expect(isbank.count('GET /api/isbank/v1/donations/services/10065')).toBe(1);

  // Fields in the order of the spec; help text is linked to its input.
  const names = await form.locator('input[name]:not([type=radio]), select[name]').evaluateAll((els) =>
    els.map((el) => el.getAttribute('name')),
  );
  expect(names).toEqual([
    'SubscriberName', 'Tckn_Vkn_Ykn', 'Country', 'Province', 'District', 'Quarter', 'PostalCode', 'AddressText',
    'Email', 'PhoneNumber', 'CellPhone', 'Description', 'amount', 'currency',
  ]);
  const tckn = form.getByLabel(/^TCKN\/VKN\/YKN/);
  await expect(tckn).toHaveAccessibleDescription('Lütfen TCKN/VKN/YKN alanını doldurunuz.');
  await expect(tckn).toHaveAttribute('maxlength', '11');

  // The choice list: two items, as a radio group, optional (can be left unchosen).
  const onBehalf = form.getByRole('group', { name: /Kimin Adına/ });
  await expect(onBehalf.getByRole('radio')).toHaveCount(3);
  await expect(onBehalf.getByRole('radio', { name: 'Kendi adıma' })).toBeVisible();
  await expect(onBehalf.getByRole('radio', { name: 'Başkası adına' })).toBeVisible();
  await expect(onBehalf.getByRole('radio', { name: 'Seçilmedi' })).toBeChecked();

  // Submitting empty: the required fields say so in Turkish; focus goes to the first one.
  await form.getByRole('button', { name: 'Kontrol et' }).click();
  await expect(form.getByRole('alert')).toContainText('Lütfen işaretli alanları düzeltin.');
  await expect(form.getByText('Adına Bağış Yapılan alanı zorunludur.')).toBeVisible();
  await expect(form.getByText('TCKN/VKN/YKN alanı zorunludur.')).toBeVisible();
  await expect(form.getByText('Tutar girin.')).toBeVisible();
  await expect(form.getByLabel(/^Adına Bağış Yapılan/)).toBeFocused();
  // The optional Address group is not binding while empty.
  await expect(form.getByText('Ülke alanı zorunludur.')).toHaveCount(0);
  await expect(dialog.getByTestId('service-summary')).toHaveCount(0);
  await app.screenshot('isbank-service-form-errors-tr', { fullPage: false });

  await form.getByLabel(/^Adına Bağış Yapılan/).fill('Ayşe Yılmaz');
  await expect(form.getByText('Adına Bağış Yapılan alanı zorunludur.')).toHaveCount(0);

  // TCKN: digits only, exactly 11.
  await tckn.fill('abcdefghijk');
  await expect(form.getByText('TCKN/VKN/YKN yalnızca rakam içermelidir.')).toBeVisible();
  await tckn.fill('1234567890');
  await expect(form.getByText('TCKN/VKN/YKN tam 11 karakter olmalıdır.')).toBeVisible();
  await tckn.fill('123456789012'); // the input stops at 11
  await expect(tckn).toHaveValue('12345678901');
  await expect(tckn).not.toHaveAttribute('aria-invalid', 'true');

  await onBehalf.getByRole('radio', { name: 'Başkası adına' }).check();
  await expect(onBehalf.getByRole('radio', { name: 'Başkası adına' })).toBeChecked();

  // Address: filling only the country makes province and address text required.
  const address = form.getByRole('group', { name: /^Adres/ }).first();
  await address.getByRole('textbox', { name: /^Ülke/ }).fill('Türkiye');
  await expect(form.getByText('İl alanı zorunludur.')).toBeVisible();
  await expect(form.getByText('Adres alanı zorunludur.')).toBeVisible();
  await expect(form.getByText('İlçe alanı zorunludur.')).toHaveCount(0);
  await expect(address.getByRole('textbox', { name: /^İl[^ç]/ })).toHaveAttribute('aria-required', 'true');
  await address.getByRole('textbox', { name: /^İl[^ç]/ }).scrollIntoViewIfNeeded();
  await app.screenshot('isbank-service-form-address-tr', { fullPage: false });
  await address.getByRole('textbox', { name: /^İl[^ç]/ }).fill('İstanbul');
  await address.getByRole('textbox', { name: /^Adres/ }).fill('Bağdat Cd. No 5');
  await expect(form.getByText('İl alanı zorunludur.')).toHaveCount(0);
  await expect(form.getByText('Adres alanı zorunludur.')).toHaveCount(0);

  // E-mail format and phone length.
  const email = form.getByLabel(/^E-Posta/);
  await email.fill('ayse@');
  await email.blur();
  await expect(form.getByText('E-Posta geçerli bir e-posta adresi olmalıdır.')).toBeVisible();
  await email.fill('ayse@example.com');
  await expect(form.getByText('E-Posta geçerli bir e-posta adresi olmalıdır.')).toHaveCount(0);
  const phone = form.getByLabel(/^Telefon numarası/);
  await phone.fill('532123456');
  await expect(form.getByText('Telefon numarası tam 10 karakter olmalıdır.')).toBeVisible();
  await phone.fill('5321234567');
  await expect(form.getByText('Telefon numarası tam 10 karakter olmalıdır.')).toHaveCount(0);

  // Description: at most 100 characters; the input takes no more.
  const description = form.getByLabel(/^Açıklama/);
  await expect(description).toHaveAttribute('maxlength', '100');
  await description.fill('ç'.repeat(120));
  await expect(description).toHaveValue('ç'.repeat(100));
  await expect(description).not.toHaveAttribute('aria-invalid', 'true');

  // Amount: Turkish typing, the TRY minimum of 900.
  const amount = form.getByLabel(/^Tutar/);
  await expect(amount).toHaveAccessibleDescription(/900,00 – 999\.999\.999\.999,00 TRY/);
  await amount.fill('on lira');
  await expect(form.getByText('Tutarı rakamla yazın, örneğin 1.250,50.')).toBeVisible();
  await amount.fill('899,99');
  await expect(form.getByText('Tutar en az 900,00 TRY olmalıdır.')).toBeVisible();
  await expect(form.getByLabel('Para birimi')).toHaveValue('TRY');
  await amount.fill('1.250,50');
  await expect(form.getByText(/Tutar en az/)).toHaveCount(0);
  await description.fill('Bağış');

  await form.getByRole('button', { name: 'Kontrol et' }).click();
  const summary = dialog.getByTestId('service-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  for (const text of ['Ayşe Yılmaz', '12345678901', 'Başkası adına', 'Türkiye', 'İstanbul', 'ayse@example.com', '1.250,50 ₺', '10065']) {
    await expect(summary).toContainText(text);
  }
  // Paying moves money: a confirmation first; cancelling it sends nothing.
  const pay = summary.getByRole('button', { name: 'Öde', exact: true });
  await expect(pay).toHaveAccessibleDescription(/bir kez gönderilir/);
  await app.screenshot('isbank-service-form-summary-tr', { fullPage: false });
  await pay.click();
  const confirm = page.getByRole('alertdialog', { name: 'Ödeme yapılsın mı?' });
  await expect(confirm).toContainText('1.250,50 ₺');
  await expect(confirm).toContainText('10065');
  await expect(confirm.getByRole('button', { name: 'Vazgeç' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Vazgeç' }).click();
  await expect(confirm).toBeHidden();
  expect(isbank.payments).toHaveLength(0);

  await pay.click();
  await app.screenshot('isbank-service-form-confirm-tr', { fullPage: false });
  await page.getByRole('alertdialog', { name: 'Ödeme yapılsın mı?' }).getByRole('button', { name: 'Evet, öde' }).click();
  const result = summary.getByTestId('service-payment-result');
  await expect(result).toContainText('Ödeme yapıldı.');
  await expect(result).toContainText('2493761');
  await expect(result).toContainText('1.250,50 ₺');
  await expect(result).toContainText('14.08.2020 10:03:14');
  await expect(summary.getByRole('button', { name: 'Öde', exact: true })).toHaveCount(0);
  await app.screenshot('isbank-service-form-paid-tr', { fullPage: false });

  // Exactly one payment left, with the form's values; the result is in history as a service payment.
  expect(isbank.payments).toHaveLength(1);
  const sent = isbank.payments[0]!.body as { service_id: unknown; amount: unknown; basic_input_values: { name: string; value: string }[] };
  expect(sent).toMatchObject({ service_id: 10065, amount: 1250.5 });
  expect(sent.basic_input_values).toEqual(expect.arrayContaining([{ name: 'SubscriberName', value: 'Ayşe Yılmaz' }, { name: 'Tckn_Vkn_Ykn', value: '12345678901' }]));
  const reference = (await result.locator('dd.mono').last().textContent()) ?? '';
  const record = await app.harness.invoke('history:get', { reference });
  expect(record).toMatchObject({
    ok: true,
    value: { kind: 'service-payment', status: 'paid', amount: { minor: 125_050, currency: 'TRY' }, servicePayment: { serviceId: '10065', paymentId: '2493761' } },
  });

  // Any edit hides the summary until the form is checked again; a new payment starts afresh.
  await phone.fill('53');
  await expect(summary).toHaveCount(0);
  await phone.fill('5321234567');
  await form.getByRole('button', { name: 'Kontrol et' }).click();
  await expect(dialog.getByTestId('service-payment-result')).toBeVisible();
  await dialog.getByRole('button', { name: 'Yeni ödeme' }).click();
  await expect(dialog.getByTestId('service-summary')).toHaveCount(0);
  await expect(form.getByLabel(/^Adına Bağış Yapılan/)).toHaveValue('');
  expect(isbank.payments).toHaveLength(1);
});

test('a refused payment says why, and a retry pays once', async ({ app, page }) => {
  await app.open();
  await addIsbankAccount(app, page);
  await page.getByTestId('account-card').getByRole('button', { name: /Hizmet formu/ }).click();
  const dialog = page.getByRole('dialog', { name: 'İşbank hizmet formu' });
  await dialog.getByRole('button', { name: 'Formu getir' }).click();
  const form = dialog.getByTestId('service-form');
  await form.getByLabel(/^Adına Bağış Yapılan/).fill('Mehmet Kaya');
  await form.getByLabel(/^TCKN\/VKN\/YKN/).fill('10000000146');
  await form.getByLabel(/^Tutar/).fill('900');
  await form.getByRole('button', { name: 'Kontrol et' }).click();
  const summary = dialog.getByTestId('service-summary');

  // İşbank is unavailable for the first try: the user is told, nothing was paid.
  isbank.server.injectFault({ kind: 'status', status: 400 }, { path: '/api/isbank/v1/donations/payments' });
  await summary.getByRole('button', { name: 'Öde', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Evet, öde' }).click();
  await expect(summary.getByRole('alert')).toContainText('Ödeme yapılamadı.');
  expect(isbank.payments).toHaveLength(0);
  await app.screenshot('isbank-service-form-refused-tr', { fullPage: false });

  await summary.getByRole('button', { name: 'Tekrar dene' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Evet, öde' }).click();
  await expect(summary.getByTestId('service-payment-result')).toContainText('900,00 ₺');
  expect(isbank.payments).toHaveLength(1);
});

test('the service form speaks English when the app does', async ({ app, page }) => {
  await app.open();
  await addIsbankAccount(app, page);
  await page.getByTestId('language-sidebar-en').click();

  await page.getByTestId('account-card').getByRole('button', { name: /Service form/ }).click();
  const dialog = page.getByRole('dialog', { name: 'İşbank service form' });
  await dialog.getByRole('button', { name: 'Load form' }).click();
  const form = dialog.getByTestId('service-form');
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByText('TCKN/VKN/YKN is required.')).toBeVisible();
  await expect(form.getByText('Enter an amount.')).toBeVisible();
  await expect(form.getByRole('alert')).toContainText('Please correct the marked fields.');
  await app.screenshot('isbank-service-form-errors-en', { fullPage: false });

  // A service İşbank does not know is explained, not crashed on.
  await dialog.getByLabel(/Service number/).fill('99999');
  await dialog.getByRole('button', { name: 'Load form' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The form could not be loaded.');
  await expect(form).toHaveCount(0);
});
