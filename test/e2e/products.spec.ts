import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test } from './fixtures';
import { addAccount, linkResult, newLinkForm } from './new-link-helpers';

/**
 * Ürünler ve hızlı tutarlar at a 1366×768 counter: the catalogue imported from a Turkish Excel CSV
 * (bad rows listed, good rows kept), quick amounts set in Settings, and a repeat sale made from
 * the keyboard: Ctrl+K, type, Enter picks, Enter creates.
 */
let folder = '';
let paytr: PaytrEmulator;
test.use({
  viewport: { width: 1366, height: 768 },
  coreDeps: {
    openFile: async () => {
      const fileName = join(folder, 'urunler.csv');
      return { opened: true, fileName, content: await readFile(fileName, 'utf8') };
    },
  },
});

test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'paydesk-products-'));
  paytr = await startPaytrEmulator();
  await writeFile(
    join(folder, 'urunler.csv'),
    '\uFEFFAd;Fiyat;Para birimi;KDV dahil;PayTR link türü;PayTR taksit\r\nKahve çekirdeği;1.250,50;TRY;Evet;product;3\r\nBozuk satır;on lira\r\nÇay;85,50;;Hayır\r\n',
  );
});
test.afterEach(async () => {
  await paytr.stop();
  await rm(folder, { recursive: true, force: true });
});

test('products: CSV import with bad rows, quick amounts, pick with Ctrl+K and Enter, create with Enter, in Turkish and English', async ({ app, page }) => {
  test.slow();
  await app.open();
  await addAccount(
    app,
    { provider: 'paytr', label: 'Kasa PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
    { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
  );

  await app.navButton('Ayarlar').click();
  const section = page.getByTestId('products-section');
  await section.getByRole('button', { name: 'CSV’den içe aktar' }).click();
  await expect(section.getByRole('status')).toContainText('2 ürün eklendi.');
  await expect(section.getByTestId('product-bad-rows')).toContainText('Satır 3: Tutarı rakamla yazın, örneğin 1.250,50.');
  await expect(section.getByTestId('product-row')).toHaveText([/Kahve çekirdeği.*1\.250,50 ₺/, /Çay.*85,50 ₺/]);
  await section.getByLabel('Hızlı tutarlar').fill('50; 100; 250,50');
  await section.getByRole('button', { name: 'Hızlı tutarları kaydet' }).click();
  await expect(section.getByLabel('Hızlı tutarlar')).toHaveValue('50,00; 100,00; 250,50');
  await section.scrollIntoViewIfNeeded();
  await app.screenshot('products-settings-tr');
  // Deleting asks first; "Vazgeç" keeps the product.
  await section.getByRole('button', { name: 'Sil: Çay' }).click();
  const confirm = page.getByRole('alertdialog', { name: '“Çay” silinsin mi?' });
  await expect(confirm).toContainText('bu ürünle oluşturulmuş linkler değişmez');
  await confirm.getByRole('button', { name: 'Vazgeç' }).click();
  await expect(section.getByTestId('product-row')).toHaveCount(2);

  // A repeat sale from the keyboard: Ctrl+N, Ctrl+K, type, Enter picks, Enter creates.
  await page.keyboard.press('Control+N');
  const form = newLinkForm(page);
  await expect(form.getByLabel('Tutar', { exact: true })).toBeFocused();
  await expect(form.getByTestId('create-link')).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Control+K');
  await expect(form.getByRole('combobox', { name: 'Ürün' })).toBeFocused();
  await page.keyboard.type('kah');
  await expect(form.getByRole('listbox', { name: 'Ürün' }).getByRole('option')).toHaveText(['Kahve çekirdeği · 1.250,50 ₺']);
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Tutar', { exact: true })).toHaveValue('1.250,50');
  await expect(form.getByLabel('Açıklama', { exact: true })).toHaveValue('Kahve çekirdeği');
  await expect(form.locator('select[name="maxInstallments"]')).toHaveValue('3');
  await expect(form.getByTestId('create-link')).toBeInViewport({ ratio: 1 });
  await app.screenshot('products-picker-tr', { fullPage: false });
  await page.keyboard.press('Enter');
  await expect(linkResult(page)).toContainText('1.250,50 ₺');

  // Quick amounts fill the amount; in English the picker reads the same catalogue.
  await page.getByTestId('language-sidebar-en').click();
  await linkResult(page).getByRole('button', { name: 'New link', exact: true }).click();
  await form.getByTestId('quick-amount').filter({ hasText: '250,50' }).click();
  await expect(form.getByLabel('Amount', { exact: true })).toHaveValue('250,50');
  await page.keyboard.press('Control+K');
  await page.keyboard.type('ça');
  await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('listbox', { name: 'Product' }).getByRole('option', { selected: true })).toHaveText('Çay · 85,50 ₺');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Amount', { exact: true })).toHaveValue('85,50');
  await expect(form.getByTestId('create-link')).toBeInViewport({ ratio: 1 });
  await app.screenshot('products-picker-en', { fullPage: false });
  await app.navButton('Settings').click();
  await expect(page.getByTestId('products-section')).toContainText('Products and quick amounts');
  await page.getByTestId('products-section').scrollIntoViewIfNeeded();
  await app.screenshot('products-settings-en');
});
