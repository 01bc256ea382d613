import { startPaynetEmulator, type PaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { filesContaining, listFiles } from '../support/find-in-files';
import { expect, test } from './fixtures';
import { storedSecretValue } from '../support/stored-secret';

const SECRET = 'sck_E2E_UNIQUE_SECRET_7f3a9c';
const LABEL = 'Dükkân Paynet';

let paynet: PaynetEmulator;
test.beforeEach(async () => {
  paynet = await startPaynetEmulator({ secretKey: SECRET });
});
test.afterEach(async () => {
  await paynet.stop();
});

test('an account added in the UI survives a restart and its secret lives only in the keychain', async ({ app, page, harness }) => {
  await app.open();
  await app.navButton('Ayarlar').click();
  await page.getByTestId('empty-accounts').getByRole('button', { name: 'Hesap ekle' }).click();

  const form = page.getByRole('dialog', { name: 'Yeni ödeme hesabı' });
  await expect(form).toBeVisible();
  await form.getByLabel('Sağlayıcı').selectOption({ label: 'Paynet' });
  await form.getByLabel('Hesap adı').fill(LABEL);
  await form.getByRole('radio', { name: 'Özel adres' }).check();
  await form.getByLabel('Sunucu adresi').fill(paynet.url);
  await form.getByLabel('Gizli anahtar (sck_…)').fill(SECRET);
  // The typed secret is never mirrored into the DOM (the input is uncontrolled).
  expect(await page.content()).not.toContain(SECRET);
  await app.screenshot('account-form-tr', { fullPage: false });
  await form.getByRole('button', { name: 'Hesabı ekle' }).click();

  await expect(form).toBeHidden();
  await expect(page.getByTestId('accounts-status')).toHaveText(`“${LABEL}” kaydedildi.`);
  const card = page.getByTestId('account-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('heading', { name: LABEL })).toBeVisible();
  await expect(card.getByTestId('secret-secretKey')).toHaveAttribute('data-stored', 'true');

  await card.getByRole('button', { name: /Bağlantıyı test et/ }).click();
  await expect(card.getByTestId('test-result')).toContainText('Bağlantı çalışıyor.');
  await app.screenshot('accounts-tr');

  await app.restart();
  await app.navButton('Ayarlar').click();
  const again = page.getByTestId('account-card');
  await expect(again).toHaveCount(1);
  await expect(again.getByRole('heading', { name: LABEL })).toBeVisible();
  await expect(again.getByTestId('secret-secretKey')).toContainText('kayıtlı');
  const accountId = await again.getAttribute('data-account-id');
  expect(accountId).toMatch(/^acc_/);

  // Editing shows the secret as stored, never its value.
  await again.getByRole('button', { name: /Düzenle/ }).click();
  const edit = page.getByRole('dialog', { name: 'Hesabı düzenle' });
  await expect(edit.getByText('kayıtlı', { exact: true })).toBeVisible();
  await expect(edit.getByLabel(/Gizli anahtar/)).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();

  // The secret is in the keychain…
  expect(await storedSecretValue(harness.vault, accountId ?? '', 'secretKey')).toBe(SECRET);
  // …and nowhere else: not in any file of the data folder (which does hold the account)…
  await harness.stop();
  const files = await listFiles(harness.dataDir);
  expect(files.length).toBeGreaterThan(0);
  expect(await filesContaining(harness.dataDir, LABEL)).not.toHaveLength(0);
  expect(await filesContaining(harness.dataDir, SECRET)).toEqual([]);
  // …not in the page, and not in anything main sent to the renderer.
  expect(await page.content()).not.toContain(SECRET);
  expect(harness.records.length).toBeGreaterThan(5);
  expect(harness.recordedText()).toContain(LABEL);
  expect(harness.recordedText()).not.toContain(SECRET);
});

test('editing replaces only the secrets typed; removing asks first and clears the keychain', async ({ app, page, harness }) => {
  await app.open();
  const created = await harness.invoke('accounts:create', {
    draft: { provider: 'paytr', label: 'Kasa PayTR', environment: 'live', settings: { merchantId: '123456' } },
    secrets: { merchantKey: 'key-original-1', merchantSalt: 'salt-original-1' },
  });
  expect(created.ok).toBe(true);
  await app.navButton('Ayarlar').click();
  const card = page.getByTestId('account-card');
  await expect(card.getByRole('heading', { name: 'Kasa PayTR' })).toBeVisible();
  const id = (await card.getAttribute('data-account-id')) ?? '';

  await card.getByRole('button', { name: /Düzenle/ }).click();
  const edit = page.getByRole('dialog', { name: 'Hesabı düzenle' });
  await expect(edit.getByLabel(/Mağaza numarası/)).toHaveValue('123456');
  await edit.getByLabel('Hesap adı').fill('Kasa PayTR 2');
  await edit.getByLabel(/merchant_salt/).fill('salt-new-2');
  await edit.getByRole('button', { name: 'Değişiklikleri kaydet' }).click();
  await expect(edit).toBeHidden();
  await expect(card.getByRole('heading', { name: 'Kasa PayTR 2' })).toBeVisible();
  expect(await storedSecretValue(harness.vault, id, 'merchantKey')).toBe('key-original-1');
  expect(await storedSecretValue(harness.vault, id, 'merchantSalt')).toBe('salt-new-2');

  // Esc cancels the confirmation and keeps the account.
  await card.getByRole('button', { name: /Kaldır/ }).click();
  const confirm = page.getByRole('alertdialog', { name: '“Kasa PayTR 2” kaldırılsın mı?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Vazgeç' })).toBeFocused();
  await app.screenshot('account-remove-tr', { fullPage: false });
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(card).toHaveCount(1);

  await card.getByRole('button', { name: /Kaldır/ }).click();
  await confirm.getByRole('button', { name: 'Evet, kaldır' }).click();
  await expect(page.getByTestId('accounts-status')).toHaveText('“Kasa PayTR 2” kaldırıldı.');
  await expect(page.getByTestId('empty-accounts')).toBeVisible();
  expect(await storedSecretValue(harness.vault, id, 'merchantKey')).toBeNull();
  expect(await storedSecretValue(harness.vault, id, 'merchantSalt')).toBeNull();
});

test('the form explains every problem in words and takes focus to the first one', async ({ app, page }) => {
  await app.open();
  await app.navButton('Ayarlar').click();
  await page.getByRole('button', { name: 'Hesap ekle' }).click();
  const form = page.getByRole('dialog', { name: 'Yeni ödeme hesabı' });
  await form.getByRole('button', { name: 'Hesabı ekle' }).click();

  await expect(form.getByRole('alert')).toHaveText('Lütfen işaretli alanları düzeltin.');
  await expect(form.getByLabel('Hesap adı')).toBeFocused();
  await expect(form.getByText('Hesap için bir ad yazın.')).toBeVisible();
  await expect(form.getByLabel(/Mağaza numarası/)).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Bu alan zorunlu.')).toHaveCount(3); // merchant id, key, salt

  await form.getByLabel('Hesap adı').fill('Kasa');
  await form.getByLabel(/Mağaza numarası/).fill('12ab');
  await form.getByRole('radio', { name: 'Özel adres' }).check();
  await form.getByLabel('Sunucu adresi').fill('ftp://example.com');
  await form.getByRole('button', { name: 'Hesabı ekle' }).click();
  await expect(form.getByText('Yalnızca rakam yazın (en fazla 12 hane).')).toBeVisible();
  await expect(form.getByText('https:// ile başlayan geçerli bir adres yazın (http:// yalnızca bu bilgisayardaki 127.0.0.1 ya da localhost için).')).toBeVisible();
  await expect(form.getByLabel('Sunucu adresi')).toBeFocused();
  await app.screenshot('account-form-errors-tr', { fullPage: false });
});

test('a refused connection test is shown in plain words, with what the provider said', async ({ app, page, harness }) => {
  await app.open();
  const created = await harness.invoke('accounts:create', {
    draft: { provider: 'paynet', label: 'Yanlış anahtar', environment: 'custom', baseUrl: paynet.url, settings: {} },
    secrets: { secretKey: 'sck_wrong_key_000' },
  });
  expect(created.ok).toBe(true);
  await app.navButton('Ayarlar').click();
  const card = page.getByTestId('account-card');
  await card.getByRole('button', { name: /Bağlantıyı test et/ }).click();
  const result = card.getByTestId('test-result');
  await expect(result).toContainText('Bağlantı kurulamadı.');
  await expect(result).toContainText('Sağlayıcı giriş bilgilerini kabul etmedi.');
  await expect(result).toContainText('Sağlayıcının yanıtı: Geçersiz anahtar');
  await expect(result).not.toContainText('check the secret key'); // main's log text stays out of the UI
  await app.screenshot('account-test-failed-tr');
});

test('a new address asks for the keys again, in the form and in main\'s own confirmation', async ({ app, page, harness }) => {
  const next = await startPaynetEmulator({ secretKey: 'sck_E2E_NEW_HOST_KEY_2b71' });
  try {
    await app.open();
    const created = await harness.invoke('accounts:create', {
      draft: { provider: 'paynet', label: LABEL, environment: 'custom', baseUrl: paynet.url, settings: {} },
      secrets: { secretKey: SECRET },
    });
    expect(created.ok).toBe(true);
    await app.navButton('Ayarlar').click();
    const card = page.getByTestId('account-card');
    await card.getByRole('button', { name: /Düzenle/ }).click();
    const edit = page.getByRole('dialog', { name: 'Hesabı düzenle' });
    await expect(edit.getByText('kayıtlı', { exact: true })).toBeVisible();
    await expect(edit.getByTestId('address-changed')).toHaveCount(0);

    await edit.getByLabel('Sunucu adresi').fill(next.url);
    await expect(edit.getByTestId('address-changed')).toContainText('Anahtarları yeni adres için yeniden yazın.');
    await expect(edit.getByText('kayıtlı', { exact: true })).toHaveCount(0);
    await app.screenshot('account-address-changed-tr', { fullPage: false });
    await edit.getByRole('button', { name: 'Değişiklikleri kaydet' }).click();
    await expect(edit.getByText('Bu alan zorunlu.')).toBeVisible();
    expect(harness.originChanges.asked).toEqual([]);

    await edit.getByLabel(/Gizli anahtar/).fill('sck_E2E_NEW_HOST_KEY_2b71');
    await edit.getByRole('button', { name: 'Değişiklikleri kaydet' }).click();
    await expect(edit).toBeHidden();
    expect(harness.originChanges.asked).toHaveLength(1);
    expect(harness.originChanges.asked[0]).toMatchObject({ from: [new URL(paynet.url).origin], to: [new URL(next.url).origin] });
    await expect(card.getByTestId('secret-secretKey')).toHaveAttribute('data-stored', 'true');
    await card.getByRole('button', { name: /Bağlantıyı test et/ }).click();
    await expect(card.getByTestId('test-result')).toContainText('Bağlantı çalışıyor.');
    expect(JSON.stringify(paynet.requests)).not.toContain('NEW_HOST');
    expect(JSON.stringify(next.requests)).not.toContain(SECRET);
  } finally {
    await next.stop();
  }
});
