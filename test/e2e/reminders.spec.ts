import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test } from './fixtures';
import { addPaytrAccount, expectScannableResult, linkResult, newLinkForm, openInHistory } from './new-link-helpers';

/**
 * Reminders (#19): turned on in Settings (off by default), planned when the link goes out on
 * WhatsApp, due at their time in the outbox where the owner opens them once, and planned or
 * cancelled by hand on a link. Time is a clock the test moves; the outbox worker reads it.
 */
let nowMs = Date.now();
const opened: string[] = [];
test.use({
  viewport: { width: 1366, height: 768 },
  coreDeps: {
    clock: { now: () => new Date(nowMs) },
    statusPolling: false,
    openExternal: async (url: string) => void opened.push(url),
    outboxPolicy: { backoffBaseMs: 300, backoffMaxMs: 600, idleCheckMs: 100, reconcileBaseMs: 300, absentRecheckMs: 300 },
  },
});

let paytr: PaytrEmulator;
test.beforeEach(async () => {
  paytr = await startPaytrEmulator();
  nowMs = Date.now();
  opened.length = 0;
});
test.afterEach(async () => {
  await paytr.stop();
});

test('a WhatsApp reminder: on in Settings, planned after the share, due in the outbox, opened once by the owner', async ({ app, page }) => {
  await app.open();
  await addPaytrAccount(app, paytr);

  // Settings: off by default, and the text says why.
  await app.navButton('Ayarlar').click();
  const settings = page.getByTestId('reminders-settings');
  await expect(settings).toContainText('Sağlayıcı SMS’i dükkana ücretlidir');
  const afterSend = settings.getByLabel('Ödenmezse gönderildikten sonra hatırlat');
  await expect(afterSend).not.toBeChecked();
  await expect(settings.getByLabel('Süresi dolmadan önce hatırlat')).not.toBeChecked();
  await afterSend.check();
  await settings.getByLabel('Kaç saat sonra').fill('0');
  await settings.getByRole('button', { name: 'Hatırlatma ayarlarını kaydet' }).click();
  await expect(settings).toContainText('Saat 1 ile 720 arasında bir tam sayı olmalı.');
  await settings.getByLabel('Kaç saat sonra').fill('2');
  await settings.getByRole('button', { name: 'Hatırlatma ayarlarını kaydet' }).click();
  await expect(settings.getByRole('status')).toHaveText('Hatırlatma ayarları kaydedildi.');
  await settings.scrollIntoViewIfNeeded();
  await app.screenshot('reminders-settings-tr', { fullPage: false });

  // A link shared on WhatsApp: its reminder is planned two hours on, not counted as waiting.
  await app.navButton('Yeni link').click();
  const form = newLinkForm(page);
  await form.getByLabel('Tutar', { exact: true }).fill('320');
  await form.getByLabel('Açıklama', { exact: true }).fill('Kuru temizleme');
  await form.getByTestId('create-link').click();
  await expectScannableResult(page);
  const whatsapp = linkResult(page).locator('[data-channel="whatsapp"]');
  await linkResult(page).getByLabel('Telefon numarası', { exact: true }).fill('0555 123 45 67');
  await whatsapp.getByRole('button', { name: 'WhatsApp ile gönder' }).click();
  await expect(whatsapp.getByText('WhatsApp açıldı; mesajı oradan gönderin.')).toBeVisible();
  expect(opened).toHaveLength(1);

  const detail = await openInHistory(app, 'Kuru temizleme');
  const reminders = detail.getByTestId('link-reminders');
  await expect(reminders.getByTestId('link-reminder')).toHaveCount(1);
  await expect(reminders.getByTestId('link-reminder')).toContainText('WhatsApp hatırlatması: 0555 123 45 67');
  await expect(page.getByTestId('outbox-badge')).toHaveCount(0);
  await app.screenshot('reminders-planned-tr', { fullPage: false });

  // Two hours later: due, waiting for the owner; nothing was opened by itself.
  nowMs += 2 * 3_600_000 + 1000;
  await expect(page.getByTestId('outbox-badge')).toContainText('1', { timeout: 5000 });
  expect(opened).toHaveLength(1);
  await app.navButton('Giden kutusu').click();
  const due = page.getByTestId('outbox-attention').getByTestId('outbox-item');
  await expect(due).toHaveAttribute('data-state', 'due');
  await expect(due).toContainText('Hatırlatma zamanı');
  await app.screenshot('reminders-due-tr', { fullPage: false });
  await due.getByRole('button', { name: 'WhatsApp’ta aç' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Mesaj açıldı' })).toBeVisible();
  expect(opened).toHaveLength(2);
  expect(opened[1]).toMatch(/^https:\/\/wa\.me\/905551234567\?text=/);
  expect(decodeURIComponent(opened[1] ?? '')).toContain('Küçük bir hatırlatma');
  await expect(page.getByTestId('outbox-badge')).toHaveCount(0);

  const again = await openInHistory(app, 'Kuru temizleme');
  await expect(again.getByTestId('link-timeline')).toContainText('Hatırlatma WhatsApp’ta açıldı');
});

test('a reminder planned by hand on a link, cancelled from the same place; in English too', async ({ app, page, harness }) => {
  await app.open();
  await addPaytrAccount(app, paytr);
  const form = newLinkForm(page);
  await form.getByLabel('Tutar', { exact: true }).fill('90');
  await form.getByLabel('Açıklama', { exact: true }).fill('Terzi');
  await form.getByTestId('create-link').click();
  await expectScannableResult(page);

  // Not sent to anyone yet: nothing to remind by.
  let detail = await openInHistory(app, 'Terzi');
  await expect(detail.getByTestId('link-reminders')).toContainText('önce linki SMS, e-posta ya da WhatsApp ile gönderin');

  const reference = await detail.getAttribute('data-reference');
  const shared = await harness.invoke('links:share', { reference, channel: 'mailto', to: 'ayse@ornek.com' });
  expect(shared.ok).toBe(true);
  detail = await openInHistory(app, 'Terzi');
  const reminders = detail.getByTestId('link-reminders');
  await reminders.getByLabel('Kaç saat').fill('5');
  await reminders.getByRole('button', { name: 'Hatırlatma planla' }).click();
  await expect(reminders.getByTestId('link-reminder')).toContainText('E-posta uygulamasıyla hatırlatma: ayse@ornek.com');

  await page.getByTestId('language-sidebar-en').click();
  await expect(reminders).toContainText('Reminder from the e-mail app to ayse@ornek.com');
  await app.screenshot('reminders-planned-en', { fullPage: false });
  await reminders.getByRole('button', { name: 'Cancel the reminder' }).click();
  await expect(reminders.getByTestId('link-reminder')).toHaveCount(0);
  await expect(detail.getByTestId('link-timeline')).toContainText('You cancelled the reminder');

  await app.navButton('Settings').click();
  await page.getByTestId('reminders-settings').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('reminders-settings')).toContainText('Provider SMS costs the shop money');
  await app.screenshot('reminders-settings-en', { fullPage: false });
});
