import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test, type PayDeskApp } from './fixtures';
import { addPaytrAccount, expectScannableResult, linkResult, newLinkForm, requestsTo } from './new-link-helpers';

// Short outbox waits so a link queued while offline goes out within the test.
test.use({ coreDeps: { outboxPolicy: { backoffBaseMs: 300, backoffMaxMs: 600, idleCheckMs: 200, reconcileBaseMs: 300, absentRecheckMs: 300 } } });

let paytr: PaytrEmulator;
test.beforeEach(async () => {
  paytr = await startPaytrEmulator();
});
test.afterEach(async () => {
  await paytr.stop();
});

async function openAndFill(app: PayDeskApp, description: string): Promise<void> {
  await app.open();
  await addPaytrAccount(app, paytr);
  const form = newLinkForm(app.page);
  await form.getByLabel('Tutar', { exact: true }).fill('480');
  await form.getByLabel('Açıklama', { exact: true }).fill(description);
}

const creates = () => requestsTo(paytr.emulator.requestsByEndpoint, /link\/create/);

test('offline: the link waits in the outbox, said plainly without a QR, and turns into the result once it is created', async ({ app, page }) => {
  await openAndFill(app, 'Perde dikimi');
  await paytr.emulator.stop(); // the provider cannot be reached
  await newLinkForm(page).getByRole('button', { name: 'Linki oluştur' }).click();

  const pending = page.getByTestId('pending-outcome');
  // The machine is online and only PayTR is down: the provider is named (issue #21.11), not the connection.
  await expect(pending.getByRole('heading', { name: 'PayTR yanıt vermiyor: link giden kutusunda bekliyor' })).toBeVisible();
  await expect(pending).toContainText('480,00 ₺ · Perde dikimi');
  await expect(page.getByTestId('link-qr')).toHaveCount(0);
  await app.screenshot('new-link-offline-pending-tr', { fullPage: false });

  await paytr.emulator.start(); // back online: the worker sends it once
  await expect(linkResult(page)).toBeVisible({ timeout: 15_000 });
  const url = await expectScannableResult(page);
  expect(paytr.links.size).toBe(1);
  expect(url).toBe(`${paytr.url}/link/${[...paytr.links.keys()][0]}`);
});

test('a lost answer is shown as unknown: no QR, and the link is never re-sent blindly', async ({ app, page }) => {
  await openAndFill(app, 'Halı yıkama');
  paytr.emulator.injectFault({ kind: 'reset-after-processing' }, { path: '/odeme/api/link/create' });
  await newLinkForm(page).getByLabel('Açıklama', { exact: true }).press('Enter');

  const pending = page.getByTestId('pending-outcome');
  await expect(pending.getByRole('heading', { name: 'Sağlayıcının yanıtı alınamadı' })).toBeVisible();
  await expect(pending).toContainText('PayDesk onu körlemesine yeniden göndermez');
  await expect(page.getByTestId('link-qr')).toHaveCount(0);
  await app.screenshot('new-link-unknown-tr', { fullPage: false });
  expect(paytr.links.size).toBe(1); // PayTR did create it; the app does not know the URL
  expect(creates()).toBe(1);

  await pending.getByRole('button', { name: 'Giden kutusunu aç' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-page', 'outbox');
  expect(creates()).toBe(1);
});

test('a refusal keeps the form with the provider’s reason; sending the same draft again uses the same reference', async ({ app, page }) => {
  await openAndFill(app, 'Saat tamiri');
  const form = newLinkForm(page);
  const reference = await form.getByTestId('draft-reference').innerText();
  paytr.rejectNext({ status: 'failed', reason: 'Gecici olarak islem yapilamiyor' }, '/odeme/api/link/create');
  await form.getByRole('button', { name: 'Linki oluştur' }).click();
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('Link oluşturulamadı.');
  await expect(alert).toContainText('Gecici olarak islem yapilamiyor');
  await expect(form.getByTestId('draft-reference')).toHaveText(reference);
  await app.screenshot('new-link-refused-tr', { fullPage: false });

  await form.getByLabel('Açıklama', { exact: true }).press('Enter');
  await expectScannableResult(page);
  await expect(linkResult(page)).toContainText(reference);
  expect(paytr.links.size).toBe(1);
});
