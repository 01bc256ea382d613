import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storedSecretValue } from '../support/stored-secret';

/** Presses Tab (or Shift+Tab) until the focused element's accessible name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, options: { back?: boolean; max?: number } = {}): Promise<void> {
  for (let i = 0; i < (options.max ?? 30); i += 1) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const focused = page.locator(':focus');
    const label = (await focused.getAttribute('aria-label')) ?? (await focused.innerText().catch(() => ''));
    if (name.test(label)) return;
  }
  throw new Error(`No focusable element named ${name} within reach of Tab`);
}

test('an account can be added and the dialogs closed with the keyboard only', async ({ app, page, harness }) => {
  await app.open();
  await tabTo(page, /İçeriğe geç/);
  await tabTo(page, /^Ayarlar$/);
  await app.screenshot('keyboard-focus-tr', { fullPage: false });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ayarlar' })).toBeFocused();

  // Open, then leave with Esc: focus returns to the button that opened the dialog.
  await tabTo(page, /^Hesap ekle$/);
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Yeni ödeme hesabı' });
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(page.locator(':focus')).toHaveText('Hesap ekle');

  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Sağlayıcı')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // PayTR → Paynet
  await expect(form.getByLabel('Sağlayıcı')).toHaveValue('paynet');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Hesap adı')).toBeFocused();
  await page.keyboard.type('Klavye Paynet');
  await page.keyboard.press('Tab');
  await expect(form.getByRole('radio', { name: 'Canlı' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(form.getByRole('radio', { name: 'Test' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel(/Bayi kodu/)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel(/Gizli anahtar/)).toBeFocused();
  await page.keyboard.type('sck_keyboard_only_1');
  await page.keyboard.press('Enter');

  await expect(form).toBeHidden();
  const card = page.getByTestId('account-card');
  await expect(card.getByRole('heading', { name: 'Klavye Paynet' })).toBeVisible();
  await expect(card).toContainText('Ortam: Test');
  await expect(page.getByRole('heading', { name: 'Ödeme hesapları' })).toBeFocused();
  const id = (await card.getAttribute('data-account-id')) ?? '';
  expect(await storedSecretValue(harness.vault, id, 'secretKey')).toBe('sck_keyboard_only_1');

  // Removal by keyboard: Tab to the card's remove button, confirm with Tab + Enter.
  await tabTo(page, /^Kaldır/);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm.getByRole('button', { name: 'Vazgeç' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('empty-accounts')).toBeVisible();
  expect(await storedSecretValue(harness.vault, id, 'secretKey')).toBeNull();
});
