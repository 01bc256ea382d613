import { filesContaining } from '../support/find-in-files';
import { expect, test } from './fixtures';

test.use({ keychain: 'unavailable' });

test('without a keychain the user is told, and no account or secret is saved anywhere', async ({ app, page, harness }) => {
  const secret = 'sck_NO_KEYCHAIN_SECRET_91bd';
  await app.open();
  await expect(page.getByTestId('keychain-banner')).toContainText('anahtar zincirine ulaşılamıyor');

  await app.navButton('Ayarlar').click();
  await page.getByRole('button', { name: 'Hesap ekle' }).click();
  const form = page.getByRole('dialog', { name: 'Yeni ödeme hesabı' });
  await form.getByLabel('Sağlayıcı').selectOption('paynet');
  await form.getByLabel('Hesap adı').fill('Anahtarsız');
  await form.getByLabel(/Gizli anahtar/).fill(secret);
  await form.getByRole('button', { name: 'Hesabı ekle' }).click();

  await expect(form.getByRole('alert')).toContainText('Bilgisayarın anahtar zincirine ulaşılamadı');
  await expect(form.getByRole('alert')).toContainText('asla düz metin olarak saklamaz');
  await app.screenshot('keychain-unavailable-tr', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('empty-accounts')).toBeVisible();
  await expect(page.getByText('Kullanılamıyor')).toBeVisible(); // Settings → On this computer

  await harness.stop();
  expect(await filesContaining(harness.dataDir, secret)).toEqual([]);
  expect(harness.recordedText()).not.toContain(secret);
});
