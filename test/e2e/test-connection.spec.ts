import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test } from './fixtures';

const LABEL = 'Kasa PayTR';

let paytr: PaytrEmulator;
test.beforeEach(async () => {
  paytr = await startPaytrEmulator();
});
test.afterEach(async () => {
  await paytr.stop();
});

test('PayTR: the right keys test fine; a wrong merchant key gives a clear Turkish message', async ({ app, page }) => {
  await app.open();
  await app.navButton('Ayarlar').click();
  await page.getByTestId('empty-accounts').getByRole('button', { name: 'Hesap ekle' }).click();

  const form = page.getByRole('dialog', { name: 'Yeni ödeme hesabı' });
  await form.getByLabel('Sağlayıcı').selectOption({ label: 'PayTR' });
  await form.getByLabel('Hesap adı').fill(LABEL);
  await form.getByRole('radio', { name: 'Özel adres' }).check();
  await form.getByLabel('Sunucu adresi').fill(paytr.url);
  await form.getByLabel(/Mağaza numarası/).fill(paytr.keys.merchantId);
  await form.getByLabel(/Mağaza anahtarı/).fill(paytr.keys.merchantKey);
  await form.getByLabel(/Mağaza gizli anahtarı/).fill(paytr.keys.merchantSalt);
  await form.getByRole('button', { name: 'Hesabı ekle' }).click();
  await expect(form).toBeHidden();

  const card = page.getByTestId('account-card');
  await expect(card.getByRole('heading', { name: LABEL })).toBeVisible();
  const result = card.getByTestId('test-result');
  await card.getByRole('button', { name: /Bağlantıyı test et/ }).click();
  await expect(result).toContainText('Bağlantı çalışıyor.');
  await expect(result).not.toContainText('Bağlantı kurulamadı.');
  await app.screenshot('test-connection-paytr-ok-tr');

  // Replace only the merchant key with a wrong one.
  await card.getByRole('button', { name: /Düzenle/ }).click();
  const edit = page.getByRole('dialog', { name: 'Hesabı düzenle' });
  await edit.getByLabel(/Mağaza anahtarı/).fill('WrongPaytrKey000000000');
  await edit.getByRole('button', { name: 'Değişiklikleri kaydet' }).click();
  await expect(edit).toBeHidden();

  const before = paytr.requests.length;
  await card.getByRole('button', { name: /Bağlantıyı test et/ }).click();
  await expect(result).toContainText('Bağlantı kurulamadı.');
  await expect(result).toContainText(
    'Sağlayıcı giriş bilgilerini kabul etmedi. Hesap numarasını ve anahtarları kontrol edin.',
  );
  await expect(result).not.toContainText('Bağlantı çalışıyor.');
  // Main's log text (English) never reaches the user.
  await expect(result).not.toContainText('PayTR did not accept');
  await expect(result).not.toContainText('credentials');
  // The request really went to the emulator and was refused there.
  expect(paytr.requests.length).toBeGreaterThan(before);
  await app.screenshot('test-connection-paytr-auth-failed-tr');
});
