import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
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

let paytr: PaytrEmulator;
test.beforeEach(async ({ context }) => {
  paytr = await startPaytrEmulator();
  openedUrls.length = 0;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
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

const creates = () => requestsTo(paytr.emulator.requestsByEndpoint, /link\/create/);

test('PayTR: a product link with installments, scanned from the screen, sent by SMS, e-mail and WhatsApp, then found in history', async ({
  app,
  page,
}) => {
  await openWithPaytr(app);
  const form = newLinkForm(page);
  await expect(form.getByRole('radio', { name: 'Ürün (adetli)' })).toBeChecked();
  // PayTR offers all five currencies; Paynet-only options are not shown.
  await expect(form.getByLabel('Para birimi', { exact: true }).locator('option')).toHaveText(['TRY', 'EUR', 'USD', 'GBP', 'RUB']);
  await expect(form.getByRole('checkbox')).toHaveCount(0);

  await form.getByLabel('Tutar', { exact: true }).fill('1.250,50');
  await expect(form.getByText('Okunan tutar: 1.250,50 ₺')).toBeVisible();
  await form.getByLabel('Açıklama', { exact: true }).fill('Koltuk takımı');
  await form.getByLabel(/^Ad soyad/).fill('Ayşe Yılmaz');
  await form.getByLabel(/^Cep telefonu/).fill('0555 123 45 67');
  await form.getByLabel(/^E-posta/).fill('ayse@example.com');
  await form.getByLabel('Taksit', { exact: true }).selectOption({ label: '3 taksite kadar' });
  await form.getByLabel('Peşin fiyatına taksit', { exact: true }).selectOption({ label: '2 taksite kadar' });
  await form.getByLabel(/^Stok/).fill('5');
  await form.getByLabel('Son geçerlilik', { exact: true }).selectOption({ label: 'Bir gün' });
  await expect(form.getByText(/^PayTR bitişi: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)).toBeVisible();
  await app.screenshot('new-link-paytr-form-tr');

  // Enter in a text field creates the link.
  await form.getByLabel('Açıklama', { exact: true }).press('Enter');
  const url = await expectScannableResult(page);
  const [created] = [...paytr.links.values()];
  expect(paytr.links.size).toBe(1);
  expect(url).toBe(`${paytr.url}/link/${created!.id}`);
  expect(created!.fields).toMatchObject({ price: '125050', currency: 'TL', max_installment: '3', pft: '2', max_count: '5', link_type: 'product' });
  await expect(linkResult(page)).toContainText('1.250,50 ₺');
  await app.screenshot('new-link-paytr-result-tr');

  // Copy puts the URL on the clipboard and notes it on the timeline.
  const result = linkResult(page);
  await result.getByRole('button', { name: 'Kopyala' }).click();
  await expect(result.getByText('Link panoya kopyalandı.')).toBeVisible();
  expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(url);

  // Open in browser goes through main's allow-list: an emulator's http://127.0.0.1 page is not a
  // provider's https page, so it is refused and the refusal is said in words.
  await result.getByRole('button', { name: 'Tarayıcıda aç' }).click();
  await expect(result.getByRole('alert')).toContainText('Link tarayıcıda açılamadı.');
  expect(openedUrls).not.toContain(url);

  // Provider SMS and e-mail go to the customer's number and address, as PayTR wants them.
  await result.getByRole('button', { name: 'PayTR SMS ile gönder' }).click();
  await expect(result.getByText('Gönderildi: 0555 123 45 67')).toBeVisible();
  expect(created!.smsSentTo).toEqual(['05551234567']);
  await result.getByRole('button', { name: 'PayTR e-postası ile gönder' }).click();
  await expect(result.getByText('Gönderildi: ayse@example.com')).toBeVisible();
  expect(created!.emailsSentTo).toEqual(['ayse@example.com']);

  // WhatsApp: main builds the wa.me message and hands it to the OS.
  await result.getByRole('button', { name: 'WhatsApp ile gönder' }).click();
  await expect(result.getByText('WhatsApp açıldı; mesajı oradan gönderin.')).toBeVisible();
  const whatsapp = openedUrls.find((u) => u.startsWith('https://wa.me/'));
  expect(whatsapp).toContain('https://wa.me/905551234567?text=');
  expect(decodeURIComponent(whatsapp!.split('text=')[1]!)).toContain(url);
  await app.screenshot('new-link-paytr-sent-tr');

  // The same link in English, then in history with its timeline.
  await page.getByTestId('language-sidebar-en').click();
  await expect(result.getByRole('heading', { name: 'The link is ready' })).toBeVisible();
  expect(await expectScannableResult(page)).toBe(url);
  await app.screenshot('new-link-paytr-result-en');
  await page.getByTestId('language-sidebar-tr').click();

  const detail = await openInHistory(app, 'Koltuk takımı');
  await expect(detail.getByTestId('detail-url')).toHaveText(url);
  const timeline = detail.getByTestId('timeline');
  await expect(timeline).toContainText('Link oluşturuldu');
  await expect(timeline).toContainText('SMS ile gönderildi');
  await expect(timeline).toContainText('E-posta ile gönderildi');
  await expect(timeline).toContainText('WhatsApp ile paylaşıldı');
  await expect(timeline).toContainText('Link kopyalandı');
  await app.screenshot('new-link-paytr-history-tr');
});

test('PayTR: a failed SMS says why and can be retried; "same customer" keeps the customer', async ({ app, page }) => {
  await openWithPaytr(app);
  const form = newLinkForm(page);
  await form.getByLabel('Tutar', { exact: true }).fill('99,90');
  await form.getByLabel('Açıklama', { exact: true }).fill('Kahve makinesi');
  await form.getByLabel(/^Ad soyad/).fill('Mehmet Demir');
  await form.getByLabel(/^Cep telefonu/).fill('0532 111 22 33');
  await form.getByRole('button', { name: 'Linki oluştur' }).click();
  await expectScannableResult(page);

  const result = linkResult(page);
  paytr.rejectNext({ status: 'failed', reason: 'SMS gonderim limiti asildi' }, '/odeme/api/link/send-sms');
  await result.getByRole('button', { name: 'PayTR SMS ile gönder' }).click();
  const failure = result.locator('[data-channel="sms"]');
  await expect(failure.getByRole('alert')).toContainText('Gönderilemedi.');
  await expect(failure.getByRole('alert')).toContainText('SMS gonderim limiti asildi');
  await app.screenshot('new-link-paytr-sms-failed-tr', { fullPage: false });
  await failure.getByRole('button', { name: 'Tekrar dene' }).click();
  await expect(failure.getByText('Gönderildi: 0532 111 22 33')).toBeVisible();
  expect([...paytr.links.values()][0]!.smsSentTo).toEqual(['05321112233']);

  // A landline cannot receive PayTR's SMS: refused in the form, nothing sent.
  const smsCalls = requestsTo(paytr.emulator.requestsByEndpoint, /send-sms/);
  await result.getByLabel('Telefon numarası', { exact: true }).fill('0212 555 12 12');
  await result.getByRole('button', { name: 'PayTR SMS ile gönder' }).click();
  await expect(result.getByText(/PayTR SMS’i yalnızca Türkiye’deki cep telefonlarına gönderir/)).toBeVisible();
  expect(requestsTo(paytr.emulator.requestsByEndpoint, /send-sms/)).toBe(smsCalls);

  await result.getByRole('button', { name: 'Aynı müşteriye yeni link' }).click();
  await expect(form.getByLabel(/^Ad soyad/)).toHaveValue('Mehmet Demir');
  await expect(form.getByLabel(/^Cep telefonu/)).toHaveValue('0532 111 22 33');
  await expect(form.getByLabel('Tutar', { exact: true })).toHaveValue('');
  await expect(form.getByLabel('Tutar', { exact: true })).toBeFocused();
});

test('PayTR: every rule stops bad input in the form before any request reaches PayTR', async ({ app, page }) => {
  await openWithPaytr(app);
  const form = newLinkForm(page);
  const create = form.getByRole('button', { name: 'Linki oluştur' });

  // Nothing filled: amount and description are asked for; focus goes to the first.
  await create.click();
  await expect(form.getByRole('alert')).toHaveText('Lütfen işaretli alanları düzeltin; hiçbir şey gönderilmedi.');
  await expect(form.getByText('Tutarı yazın, örneğin 1.250,50.')).toBeVisible();
  await expect(form.getByText('Bir açıklama yazın.')).toBeVisible();
  await expect(form.getByLabel('Tutar', { exact: true })).toBeFocused();
  await app.screenshot('new-link-paytr-validation-tr', { fullPage: false });

  const cases: { fill: () => Promise<void>; message: string }[] = [
    {
      fill: () => form.getByLabel('Tutar', { exact: true }).fill('12,345'),
      message: 'Tutarda en fazla iki ondalık basamak olabilir (kuruş), örneğin 1.250,50.',
    },
    { fill: () => form.getByLabel('Tutar', { exact: true }).fill('0'), message: 'Tutar sıfırdan büyük olmalı.' },
    { fill: () => form.getByLabel('Açıklama', { exact: true }).fill('Çay'), message: 'Açıklama en az 4, en fazla 200 karakter olmalı.' },
    { fill: () => form.getByLabel(/^Cep telefonu/).fill('0555 12'), message: 'Telefon numarası geçersiz; örneğin 0555 123 45 67.' },
    { fill: () => form.getByLabel(/^E-posta/).fill('ayse@'), message: 'Geçerli bir e-posta adresi girin.' },
    { fill: () => form.getByLabel(/^Stok/).fill('0'), message: 'Bir tam sayı yazın (1 veya daha fazla).' },
    {
      fill: async () => {
        await form.getByLabel('Son geçerlilik', { exact: true }).selectOption({ label: 'Başka bir zaman' });
        await form.getByLabel('Tarih ve saat (Türkiye saati)', { exact: true }).fill('2020-01-01T10:00');
      },
      message: 'Son kullanma zamanı gelecekte olmalı.',
    },
    {
      fill: async () => {
        await form.getByRole('radio', { name: 'Tahsilat (e-postalı)' }).check();
        await form.getByLabel(/^E-posta/).fill('');
      },
      message: 'E-posta adresi gerekli.',
    },
    {
      fill: async () => {
        await form.getByRole('radio', { name: /^Esnek tutar/ }).check();
        await form.getByLabel('En düşük tutar', { exact: true }).fill('100');
        await form.getByLabel('En yüksek tutar', { exact: true }).fill('50');
      },
      message: 'Esnek tutarlı bağlantıda en yüksek tutar, en düşük tutardan büyük olmalı.',
    },
  ];
  for (const { fill, message } of cases) {
    await form.getByRole('button', { name: 'Temizle' }).click();
    await form.getByLabel('Tutar', { exact: true }).fill('150');
    await form.getByLabel('Açıklama', { exact: true }).fill('Masa lambası');
    await fill();
    await create.click();
    await expect(form.getByText(message, { exact: true }), message).toBeVisible();
    await expect(linkResult(page)).toHaveCount(0);
    expect(creates(), message).toBe(0);
  }
  expect(paytr.links.size).toBe(0);
});

test('PayTR: by keyboard alone — Ctrl+N, type, Enter creates, Esc starts over', async ({ app, page }) => {
  await openWithPaytr(app);
  await app.navButton('Ayarlar').click();
  await page.keyboard.press('Control+n');
  const form = newLinkForm(page);
  await expect(form.getByLabel('Tutar', { exact: true })).toBeFocused();
  await page.keyboard.type('250');
  // Amount → description → create (issue #21.7); the currency sits with the options below.
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Açıklama', { exact: true })).toBeFocused();
  await page.keyboard.type('Yastık seti');
  await page.keyboard.press('Escape'); // clears the draft
  await expect(form.getByLabel('Tutar', { exact: true })).toHaveValue('');
  await expect(form.getByLabel('Açıklama', { exact: true })).toHaveValue('');
  await expect(form.getByLabel('Tutar', { exact: true })).toBeFocused();

  await page.keyboard.type('250');
  await form.getByLabel('Açıklama', { exact: true }).focus();
  await page.keyboard.type('Yastık seti');
  // A double Enter makes one link: the second press finds the form busy or already answered.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expectScannableResult(page);
  expect(paytr.links.size).toBe(1);
  await expect(page.getByRole('heading', { name: 'Link hazır' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(form.getByLabel('Tutar', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Tutar', { exact: true })).toHaveValue('');
  // The options of the last link are remembered for the next one.
  await expect(form.getByRole('radio', { name: 'Ürün (adetli)' })).toBeChecked();
});

test('PayTR: the last account and options are offered again after a restart; the menu command opens a new link', async ({ app, page }) => {
  await openWithPaytr(app);
  await addAccount(
    app,
    { provider: 'paytr', label: 'Şube PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
    { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
  );
  const form = newLinkForm(page);
  await form.getByLabel('Hesap', { exact: true }).selectOption({ label: 'Şube PayTR · PayTR' });
  await form.getByRole('radio', { name: 'Tahsilat (e-postalı)' }).check();
  await form.getByLabel('Tutar', { exact: true }).fill('80');
  await form.getByLabel('Para birimi', { exact: true }).selectOption('EUR');
  await form.getByLabel('Açıklama', { exact: true }).fill('Tamir ücreti');
  await form.getByLabel(/^E-posta/).fill('musteri@example.com');
  await form.getByLabel('Taksit', { exact: true }).selectOption({ label: '6 taksite kadar' });
  await form.getByLabel('Son geçerlilik', { exact: true }).selectOption({ label: 'Bir hafta' });
  await form.getByRole('button', { name: 'Linki oluştur' }).click();
  await expectScannableResult(page);
  expect([...paytr.links.values()][0]!.fields).toMatchObject({ link_type: 'collection', currency: 'EUR', price: '8000', email: 'musteri@example.com' });

  await app.restart();
  await expect(form.getByLabel('Hesap', { exact: true })).toHaveValue(/^acc_/);
  await expect(form.getByLabel('Hesap', { exact: true }).locator('option:checked')).toHaveText('Şube PayTR · PayTR');
  await expect(form.getByRole('radio', { name: 'Tahsilat (e-postalı)' })).toBeChecked();
  await expect(form.getByLabel('Para birimi', { exact: true })).toHaveValue('EUR');
  await expect(form.getByLabel('Taksit', { exact: true })).toHaveValue('6');
  await expect(form.getByLabel('Son geçerlilik', { exact: true })).toHaveValue('1w');
  await expect(form.getByLabel('Tutar', { exact: true })).toHaveValue('');

  // The application menu's "New link" (CmdOrCtrl+N) arrives as an app:command event.
  await app.navButton('Geçmiş').click();
  await app.harness.deliver?.('app:command', { command: 'new-link' });
  await expect(form.getByLabel('Tutar', { exact: true })).toBeFocused();
  await app.harness.deliver?.('app:command', { command: 'settings' });
  await expect(page.locator('main')).toHaveAttribute('data-page', 'settings');
});
