import { expect, test } from './fixtures';

test('English switches live everywhere and is remembered across a restart', async ({ app, page }) => {
  await app.open();
  await page.getByTestId('language-sidebar-en').click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('language-sidebar-en')).toHaveAttribute('aria-pressed', 'true');
  for (const name of ['New link', 'History', 'Outbox', 'Settings']) await expect(app.navButton(name)).toBeVisible();
  const noAccount = page.getByTestId('empty-new-link');
  await expect(noAccount.getByRole('heading', { name: 'No payment account yet' })).toBeVisible();
  await expect(noAccount).toContainText('First add a payment provider account in Settings');
  await app.screenshot('shell-en');

  await app.navButton('History').click();
  await expect(page.getByTestId('empty-history')).toContainText('No links created yet');
  await app.screenshot('history-en');
  await app.navButton('Outbox').click();
  await expect(page.getByTestId('empty-outbox')).toContainText('Nothing waiting');
  await app.screenshot('outbox-en');
  await app.navButton('Settings').click();
  await expect(page.getByRole('heading', { name: 'Payment accounts' })).toBeVisible();
  await expect(page.getByTestId('empty-accounts')).toContainText('No accounts yet');
  await app.screenshot('settings-en');

  await app.restart();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(app.navButton('New link')).toHaveAttribute('aria-current', 'page');

  // Back to Turkish from the Settings page's own switch.
  await app.navButton('Settings').click();
  await page.getByTestId('language-page-tr').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ayarlar' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await app.restart();
  await expect(app.navButton('Yeni link')).toBeVisible();
});

test('the shop name is saved, shown in the sidebar and the window title, and survives a restart', async ({ app, page }) => {
  await app.open();
  await app.navButton('Ayarlar').click();
  // Settings has more than one form with a Save button: this one is the shop's.
  const shop = page.getByRole('region', { name: 'Dükkân' });
  await page.getByLabel('Dükkân adı').fill('Çiçekçi Gül & Şükrü');
  await shop.getByRole('button', { name: 'Kaydet', exact: true }).click();
  await expect(page.getByText('Kaydedildi.')).toBeVisible();
  await expect(page.getByTestId('brand-sub')).toHaveText('Çiçekçi Gül & Şükrü');
  await expect(page).toHaveTitle('Çiçekçi Gül & Şükrü · PayDesk');

  await app.restart();
  await expect(page.getByTestId('brand-sub')).toHaveText('Çiçekçi Gül & Şükrü');
  await app.navButton('Ayarlar').click();
  await expect(page.getByLabel('Dükkân adı')).toHaveValue('Çiçekçi Gül & Şükrü');

  await page.getByLabel('Dükkân adı').fill('x'.repeat(81));
  await shop.getByRole('button', { name: 'Kaydet', exact: true }).click();
  await expect(page.getByText('Dükkân adı en fazla 80 karakter olabilir.')).toBeVisible();
});
