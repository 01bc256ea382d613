import { expect, test } from './fixtures';

test.describe('shell', () => {
  test('opens in Turkish with the four pages and their empty states', async ({ app, page }) => {
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    for (const name of ['Yeni link', 'Geçmiş', 'Giden kutusu', 'Ayarlar']) await expect(app.navButton(name)).toBeVisible();
    await expect(app.navButton('Yeni link')).toHaveAttribute('aria-current', 'page');

    const noAccount = page.getByTestId('empty-new-link');
    await expect(noAccount.getByRole('heading', { name: 'Henüz bir ödeme hesabı yok' })).toBeVisible();
    await expect(noAccount).toContainText("Önce Ayarlar'dan bir ödeme sağlayıcı hesabı ekleyin");
    await expect(noAccount.getByRole('button', { name: 'Hesap ekle' })).toBeVisible();
    await app.screenshot('shell-tr');

    await app.navButton('Geçmiş').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Geçmiş' })).toBeFocused();
    await expect(page.getByTestId('empty-history')).toContainText('Henüz link oluşturulmadı');
    await app.screenshot('history-tr');

    await app.navButton('Giden kutusu').click();
    await expect(page.getByTestId('empty-outbox')).toContainText('Bekleyen link yok');
    await app.screenshot('outbox-tr');

    await app.navButton('Ayarlar').click();
    await expect(page.getByTestId('empty-accounts')).toContainText('Henüz hesap eklenmedi');
    await app.screenshot('settings-tr');
  });
});
