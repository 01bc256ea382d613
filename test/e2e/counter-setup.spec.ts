import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test } from './fixtures';
import { addAccount, expectScannableResult, linkResult, newLinkForm } from './new-link-helpers';

/** Issue #21 item 10: the first start asks for the shop's name; the A4 slip uses the page. */
test.use({ viewport: { width: 1366, height: 768 } });

let paytr: PaytrEmulator;
test.beforeEach(async () => {
  paytr = await startPaytrEmulator();
});
test.afterEach(async () => {
  await paytr.stop();
});

test('#21.10 the shop name is asked at the first start and heads the slip; A4 prints a large QR and large type', async ({ app, page }) => {
  test.slow();
  await app.open();
  const setup = page.getByTestId('shop-setup');
  await expect(setup.getByRole('heading', { name: 'Önce dükkânınızın adı' })).toBeVisible();
  await expect(setup.getByRole('button', { name: 'Logo seç…' })).toBeVisible();
  await expect(page.getByTestId('empty-new-link')).toBeVisible();
  await setup.getByRole('button', { name: 'Adı kaydet' }).click();
  await expect(setup.getByText('Dükkânın adını yazın.')).toBeVisible();
  await app.screenshot('counter-setup-tr', { fullPage: false });
  await page.getByTestId('language-sidebar-en').click();
  await expect(setup.getByRole('heading', { name: 'First, your shop’s name' })).toBeVisible();
  await app.screenshot('counter-setup-en', { fullPage: false });
  await page.getByTestId('language-sidebar-tr').click();

  await setup.getByLabel('Dükkân adı').fill('Güneş Çiçekçilik');
  await setup.getByRole('button', { name: 'Adı kaydet' }).click();
  await expect(setup).toBeHidden();
  await expect(page.getByTestId('brand-sub')).toHaveText('Güneş Çiçekçilik');

  await addAccount(
    app,
    { provider: 'paytr', label: 'Kasa PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
    { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
  );
  const form = newLinkForm(page);
  await form.getByLabel('Tutar', { exact: true }).fill('1.250,50');
  await form.getByLabel('Açıklama', { exact: true }).fill('Gelin buketi');
  await form.getByTestId('create-link').click();
  await expectScannableResult(page);
  await linkResult(page).getByRole('button', { name: 'Fiş yazdır' }).click();
  const preview = page.getByRole('dialog', { name: 'Fiş önizleme' });
  await preview.getByRole('radio', { name: 'A4 sayfa' }).check();
  const slip = preview.locator('.slip-a4');
  await expect(slip.locator('.slip-shop')).toHaveText('Güneş Çiçekçilik');
  await expect(slip.locator('.slip-qr svg')).toHaveAttribute('width', '110mm');
  const amountPt = await slip.locator('.slip-amount').evaluate((el) =>
    Number.parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(el).fontSize),
  );
  expect(amountPt).toBeGreaterThanOrEqual(60); // 48 pt = 64 px (it was 40 pt)
  await app.screenshot('counter-slip-a4-tr', { fullPage: false });
});
