import { startPaynetEmulator, type PaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { startPaytrEmulator, type PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { expect, test } from './fixtures';
import { addAccount, expectScannableResult, linkResult, newLinkForm } from './new-link-helpers';

/** Issue #21 item 11: one provider down is not "check your internet connection". */
test.use({
  viewport: { width: 1366, height: 768 },
  coreDeps: { outboxPolicy: { backoffBaseMs: 60_000, backoffMaxMs: 60_000, idleCheckMs: 200, reconcileBaseMs: 300, absentRecheckMs: 300 } },
});

let paytr: PaytrEmulator;
let paynet: PaynetEmulator;
test.beforeEach(async () => {
  paytr = await startPaytrEmulator();
  paynet = await startPaynetEmulator();
});
test.afterEach(async () => {
  await paytr.stop();
  await paynet.stop();
});

test('#21.11 a provider that does not answer is named, and the other providers keep working', async ({ app, page }) => {
  test.slow();
  await app.open();
  await addAccount(
    app,
    { provider: 'paytr', label: 'Kasa PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
    { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
  );
  await addAccount(app, { provider: 'paynet', label: 'Kasa Paynet', environment: 'custom', baseUrl: paynet.url, settings: {} }, { secretKey: paynet.secretKey });
  await paytr.emulator.stop(); // PayTR does not answer; the computer and Paynet are fine

  const form = newLinkForm(page);
  await form.locator('select[name="accountId"]').selectOption({ label: 'Kasa PayTR · PayTR' });
  await form.getByLabel('Tutar', { exact: true }).fill('480');
  await form.getByLabel('Açıklama', { exact: true }).fill('Perde dikimi');
  await form.getByTestId('create-link').click();
  const pending = page.getByTestId('pending-outcome');
  await expect(pending.getByRole('heading', { name: 'PayTR yanıt vermiyor: link giden kutusunda bekliyor' })).toBeVisible();
  await expect(pending).toContainText('yanıt vermeyen yalnızca PayTR');
  await expect(pending).toContainText('Diğer sağlayıcılardaki hesaplarınızla link oluşturmaya devam edebilirsiniz');
  await expect(pending).not.toContainText('İnternet bağlantınızı kontrol edin');
  await expect(pending).not.toContainText('Çevrimdışı');
  await app.screenshot('counter-provider-down-tr', { fullPage: false });

  await page.getByTestId('language-sidebar-en').click();
  await expect(pending.getByRole('heading', { name: 'PayTR is not answering: the link waits in the outbox' })).toBeVisible();
  await expect(pending).toContainText('only PayTR is not answering');
  await expect(pending).not.toContainText('Check your internet connection');
  await app.screenshot('counter-provider-down-en', { fullPage: false });

  // And it is true: Paynet makes its link at once.
  await pending.getByRole('button', { name: 'New link', exact: true }).click();
  await form.locator('select[name="accountId"]').selectOption({ label: 'Kasa Paynet · Paynet' });
  await form.getByLabel('Amount', { exact: true }).fill('120');
  await form.getByLabel('Description', { exact: true }).fill('Membership');
  await form.getByLabel(/^Full name/).fill('Ali Veli');
  await form.getByTestId('create-link').click();
  await expectScannableResult(page);
  await expect(linkResult(page)).toContainText('120,00 ₺');
});
