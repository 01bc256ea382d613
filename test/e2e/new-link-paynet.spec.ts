import { startPaynetEmulator, type PaynetEmulator } from '../emulators/paynet/paynet-emulator';
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

let paynet: PaynetEmulator;
test.beforeEach(async () => {
  paynet = await startPaynetEmulator();
  openedUrls.length = 0;
});
test.afterEach(async () => {
  await paynet.stop();
});

async function openWithPaynet(app: PayDeskApp): Promise<void> {
  await app.open();
  await addAccount(
    app,
    { provider: 'paynet', label: 'Aidat Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} },
    { secretKey: paynet.secretKey },
  );
}

const creates = () => requestsTo(paynet.emulator.requestsByEndpoint, /mailorder\/create/);

test('Paynet: an amount link sent by Paynet’s own SMS and e-mail while creating, scanned from the screen, found in history', async ({
  app,
  page,
}) => {
  await openWithPaynet(app);
  const form = newLinkForm(page);
  // Paynet: one link type, Turkish lira only, no installments, the customer's name required.
  await expect(form.getByRole('radio')).toHaveCount(0);
  await expect(form.getByText('Paynet yalnızca Türk lirası kabul eder.')).toBeVisible();
  await expect(form.getByLabel('Taksit', { exact: true })).toHaveCount(0);
  await expect(form.getByRole('combobox', { name: 'Ad soyad' })).toHaveAttribute('aria-required', 'true');

  await form.getByLabel('Tutar', { exact: true }).fill('1250,5');
  await form.getByLabel('Açıklama', { exact: true }).fill('Kasım ayı aidatı');
  await form.getByLabel(/^Ad soyad/).fill('Ayşe Yılmaz');
  await form.getByLabel(/^Cep telefonu/).fill('+90 555 123 4567');
  await form.getByLabel(/^E-posta/).fill('ayse@example.com');
  await form.getByRole('checkbox', { name: 'Paynet SMS ile göndersin' }).check();
  await form.getByRole('checkbox', { name: 'Paynet e-posta ile göndersin' }).check();
  await form.getByLabel('Son geçerlilik', { exact: true }).selectOption({ label: 'Üç gün' });
  await expect(form.getByText('Paynet 72 saat geçerli tutacak.')).toBeVisible();
  await app.screenshot('new-link-paynet-form-tr');
  await form.getByRole('button', { name: 'Linki oluştur' }).click();

  const url = await expectScannableResult(page);
  expect(paynet.links).toHaveLength(1);
  const link = paynet.links[0]!;
  expect(url).toBe(link.url);
  expect(link).toMatchObject({ amount: 1250.5, name_surname: 'Ayşe Yılmaz', send_sms: true, send_mail: true, phone: '5551234567', email: 'ayse@example.com', expire_date: 72 });
  expect(link.reference_no).toMatch(/^PD[A-Z2-7]{20}$/);

  const result = linkResult(page);
  // Paynet sent it while creating; the app offers no second provider SMS, only its own channels.
  await expect(result.getByRole('heading', { name: 'Oluştururken gönderilenler' })).toBeVisible();
  await expect(result.getByRole('button', { name: /Paynet SMS/ })).toHaveCount(0);
  await expect(result.getByRole('button', { name: 'WhatsApp ile gönder' })).toBeVisible();
  await app.screenshot('new-link-paynet-result-tr');

  await result.getByRole('button', { name: 'E-posta uygulamasıyla gönder' }).click();
  await expect(result.getByText('E-posta uygulaması açıldı; e-postayı oradan gönderin.')).toBeVisible();
  const mailto = openedUrls.find((u) => u.startsWith('mailto:'));
  expect(mailto).toMatch(/^mailto:ayse@example\.com\?subject=/);
  expect(decodeURIComponent(mailto!)).toContain(url);

  await page.getByTestId('language-sidebar-en').click();
  await expect(result.getByRole('heading', { name: 'Sent while creating' })).toBeVisible();
  expect(await expectScannableResult(page)).toBe(url);
  await app.screenshot('new-link-paynet-result-en');
  await page.getByTestId('language-sidebar-tr').click();

  const detail = await openInHistory(app, 'Kasım ayı aidatı');
  await expect(detail.getByTestId('detail-url')).toHaveText(url);
  await expect(detail.getByTestId('timeline')).toContainText('Link oluşturuldu');
});

test('Paynet: every rule stops bad input in the form before any request reaches Paynet', async ({ app, page }) => {
  await openWithPaynet(app);
  const form = newLinkForm(page);
  const create = form.getByRole('button', { name: 'Linki oluştur' });

  const cases: { fill: () => Promise<void>; message: string }[] = [
    { fill: () => form.getByLabel(/^Ad soyad/).fill(''), message: 'Paynet için müşterinin adı soyadı gerekli.' },
    {
      fill: () => form.getByRole('checkbox', { name: 'Paynet SMS ile göndersin' }).check(),
      message: 'SMS ile göndermek için müşterinin cep telefonu gerekli.',
    },
    {
      fill: async () => {
        await form.getByRole('checkbox', { name: 'Paynet SMS ile göndersin' }).check();
        await form.getByLabel(/^Cep telefonu/).fill('0212 555 12 12');
      },
      message: 'Paynet SMS’i yalnızca Türkiye’deki cep telefonlarına gönderir (5XX XXX XX XX).',
    },
    {
      fill: () => form.getByRole('checkbox', { name: 'Paynet e-posta ile göndersin' }).check(),
      message: 'E-posta ile göndermek için müşterinin e-posta adresi gerekli.',
    },
    { fill: () => form.getByLabel('Tutar', { exact: true }).fill('yüz lira'), message: 'Tutarı rakamla yazın, örneğin 1.250,50.' },
    {
      fill: async () => {
        await form.getByLabel('Son geçerlilik', { exact: true }).selectOption({ label: 'Başka bir zaman' });
        await form.getByLabel('Tarih ve saat (Türkiye saati)').fill('2021-06-01T09:30');
      },
      message: 'Son kullanma zamanı gelecekte olmalı.',
    },
  ];
  for (const { fill, message } of cases) {
    await form.getByRole('button', { name: 'Temizle' }).click();
    await form.getByLabel('Tutar', { exact: true }).fill('150');
    await form.getByLabel('Açıklama', { exact: true }).fill('Aidat');
    await form.getByLabel(/^Ad soyad/).fill('Ali Veli');
    await fill();
    await create.click();
    await expect(form.getByText(message, { exact: true }), message).toBeVisible();
    expect(creates(), message).toBe(0);
  }
  await app.screenshot('new-link-paynet-validation-tr', { fullPage: false });

  // The same rules in English.
  await page.getByTestId('language-sidebar-en').click();
  await form.getByRole('button', { name: 'Clear' }).click();
  await form.getByRole('button', { name: 'Create link' }).click();
  await expect(form.getByText('Type the amount, for example 1.250,50.')).toBeVisible();
  await expect(form.getByText('Type a description.')).toBeVisible();
  await expect(form.getByText('Paynet needs the customer’s full name.')).toBeVisible();
  await expect(form.getByRole('alert')).toHaveText('Please fix the marked fields; nothing was sent.');
  await app.screenshot('new-link-paynet-validation-en');
  expect(creates()).toBe(0);
  expect(paynet.links).toHaveLength(0);
});
