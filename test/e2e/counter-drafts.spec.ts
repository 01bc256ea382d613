import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test, type PayDeskApp } from './fixtures';
import { addPaytrAccount, newLinkForm, requestsTo } from './new-link-helpers';

/**
 * Issue #21 items 2 and 4 at a 1366×768 counter: a draft waits for the owner and never goes by
 * itself; a link the provider could not take waits in the outbox, goes by itself, and shows in
 * History as waiting until it exists.
 */
test.use({
  viewport: { width: 1366, height: 768 },
  coreDeps: { outboxPolicy: { backoffBaseMs: 300, backoffMaxMs: 600, idleCheckMs: 200, reconcileBaseMs: 300, absentRecheckMs: 300 } },
});

let paytr: PaytrEmulator;
test.beforeEach(async () => {
  paytr = await startPaytrEmulator();
});
test.afterEach(async () => {
  await paytr.stop();
});

const creates = () => requestsTo(paytr.emulator.requestsByEndpoint, /link\/create/);

async function openAndFill(app: PayDeskApp, amount: string, description: string): Promise<void> {
  await app.open();
  await addPaytrAccount(app, paytr);
  await fill(app, amount, description);
}

async function fill(app: PayDeskApp, amount: string, description: string): Promise<void> {
  const form = newLinkForm(app.page);
  await form.getByLabel('Tutar', { exact: true }).fill(amount);
  await form.getByLabel('Açıklama', { exact: true }).fill(description);
}

test('a draft is saved, not sent: it waits in Drafts through a restart, and goes out once when the owner creates it', async ({ app, page }) => {
  await openAndFill(app, '750', 'Düğün pastası kaparosu');
  const form = newLinkForm(page);
  // Both buttons say what they do, above the fold at 768 px.
  const draftButton = form.getByRole('button', { name: 'Taslak olarak kaydet' });
  await expect(draftButton).toBeInViewport();
  await expect(form).toContainText('Taslak ise kendiliğinden gönderilmez');
  await draftButton.click();

  const pending = page.getByTestId('pending-outcome');
  await expect(pending.getByRole('heading', { name: 'Taslak kaydedildi' })).toBeVisible();
  await expect(page.getByTestId('link-qr')).toHaveCount(0);
  await expect(page.getByTestId('drafts-badge')).toContainText('1');
  await expect(page.getByTestId('outbox-badge')).toHaveCount(0);
  await app.screenshot('draft-saved-tr', { fullPage: false });

  // Several worker rounds and a restart: nothing goes to PayTR by itself.
  await page.waitForTimeout(800);
  await app.restart();
  expect(creates()).toBe(0);

  await page.getByTestId('nav-drafts').click();
  const draft = page.getByTestId('drafts-list').getByTestId('outbox-item');
  await expect(draft).toHaveCount(1);
  await expect(draft).toContainText('750,00 ₺');
  await expect(draft).toContainText('Düğün pastası kaparosu');
  await expect(draft).toContainText('Taslak');
  await app.screenshot('drafts-page-tr', { fullPage: false });
  // The outbox stays for what goes by itself, and only points at the drafts.
  await page.getByTestId('nav-outbox').click();
  await expect(page.getByTestId('empty-outbox')).toBeVisible();
  await expect(page.getByTestId('outbox-drafts-hint')).toContainText('1 taslak');

  await page.getByTestId('nav-drafts').click();
  await draft.getByRole('button', { name: 'Linki oluştur' }).click();
  await expect(page.getByTestId('drafts-status')).toHaveText('Taslaktan link oluşturuldu; Geçmiş’te görünür.');
  await expect(page.getByTestId('empty-drafts')).toBeVisible();
  expect(creates()).toBe(1);
  expect(paytr.links.size).toBe(1);
  await expect(page.getByTestId('drafts-badge')).toHaveCount(0);
});

test('a draft is edited in the form and saved again as the same draft; deleting one asks first', async ({ app, page }) => {
  await openAndFill(app, '120', 'Kargo ücreti');
  await newLinkForm(page).getByRole('button', { name: 'Taslak olarak kaydet' }).click();
  await expect(page.getByTestId('pending-outcome')).toBeVisible();
  await page.getByRole('button', { name: 'Taslakları aç' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-page', 'drafts');

  await page.getByTestId('outbox-item').getByRole('button', { name: 'Düzenle' }).click();
  const form = newLinkForm(page);
  await expect(form.getByLabel('Tutar', { exact: true })).toHaveValue(/120/);
  await form.getByLabel('Tutar', { exact: true }).fill('135');
  await form.getByRole('button', { name: 'Taslak olarak kaydet' }).click();
  await expect(page.getByTestId('pending-outcome').getByRole('heading', { name: 'Taslak kaydedildi' })).toBeVisible();

  await page.getByTestId('nav-drafts').click();
  const draft = page.getByTestId('outbox-item');
  await expect(draft).toHaveCount(1); // the same draft, changed
  await expect(draft).toContainText('135,00 ₺');
  await draft.getByRole('button', { name: 'Taslağı sil' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Taslak silinsin mi?' });
  await expect(dialog).toContainText('Taslak hiç gönderilmedi');
  await dialog.getByRole('button', { name: 'Evet, sil' }).click();
  await expect(page.getByTestId('drafts-status')).toHaveText('Taslak silindi.');
  await expect(page.getByTestId('empty-drafts')).toBeVisible();
  expect(creates()).toBe(0);
});

test('a link PayTR could not take waits in the outbox and shows in History as waiting, then as the link itself', async ({ app, page }) => {
  await openAndFill(app, '480', 'Perde dikimi');
  await paytr.emulator.stop();
  await newLinkForm(page).getByRole('button', { name: 'Linki oluştur' }).click();
  await expect(page.getByTestId('pending-outcome').getByRole('heading', { name: /PayTR yanıt vermiyor/ })).toBeVisible();

  // The first link of the shop: History shows it waiting rather than "no links yet".
  await page.getByTestId('nav-history').click();
  await expect(page.getByTestId('empty-history')).toHaveCount(0);
  await expect(page.getByTestId('history-no-match')).toHaveCount(0);
  const waiting = page.getByTestId('history-waiting');
  await expect(waiting).toContainText('Giden kutusunda bekleyen linkler (1)');
  const row = waiting.getByTestId('history-waiting-row');
  await expect(row).toContainText('Perde dikimi');
  await expect(row).toContainText('480,00 ₺');
  await expect(row).toContainText('Bekliyor: Tekrar denenecek');
  await app.screenshot('history-waiting-tr', { fullPage: false });

  await page.getByTestId('language-sidebar-en').click();
  await expect(waiting).toContainText('Links waiting in the outbox (1)');
  await expect(row).toContainText('Waiting: Will retry');
  await app.screenshot('history-waiting-en', { fullPage: false });
  await page.getByTestId('language-sidebar-tr').click();

  await paytr.emulator.start(); // the worker sends it by itself
  await expect(waiting).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByTestId('history-row')).toHaveCount(1);
  await expect(page.getByTestId('history-row')).toContainText('Perde dikimi');
  expect(creates()).toBe(1);
});

test('in English: the buttons and the drafts page say the same', async ({ app, page }) => {
  await openAndFill(app, '60', 'Tamir');
  await page.getByTestId('language-sidebar-en').click();
  const form = newLinkForm(page);
  await expect(form.getByRole('button', { name: 'Create link' })).toBeInViewport();
  await expect(form).toContainText('A draft never goes out by itself');
  await form.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByTestId('pending-outcome').getByRole('heading', { name: 'Draft saved' })).toBeVisible();
  await app.screenshot('draft-saved-en', { fullPage: false });
  // The application menu's "Drafts" arrives as an app:command event.
  await page.getByTestId('nav-new-link').click();
  await app.harness.deliver?.('app:command', { command: 'drafts' });
  await expect(page.locator('main')).toHaveAttribute('data-page', 'drafts');
  await page.getByTestId('nav-new-link').click();
  await page.getByRole('button', { name: 'Open drafts' }).click();
  await expect(page.getByRole('heading', { name: 'Drafts', level: 1 })).toBeVisible();
  await expect(page.getByTestId('outbox-item')).toContainText('Draft');
  await app.screenshot('drafts-page-en', { fullPage: false });
  expect(creates()).toBe(0);
  await page.getByTestId('outbox-item').getByRole('button', { name: 'Create link' }).click();
  await expect(page.getByTestId('drafts-status')).toHaveText('The link was created from the draft; it shows in History.');
  expect(creates()).toBe(1);
});
