import { startPaynetEmulator } from '../emulators/paynet/paynet-emulator';
import { startPaytrEmulator } from '../emulators/paytr/paytr-emulator';
import type { CoreHarness } from './core-harness';
import { expect, test } from './fixtures';

const opened: string[] = [];
// The poller stays off so "check status now" is the only look-up; opened URLs are recorded.
test.use({ coreDeps: { statusPolling: false, openExternal: async (url: string) => void opened.push(url) } });

const base = { maxInstallments: 1, language: 'tr' as const, notifyBySms: false, notifyByEmail: false };

async function addAccount(harness: CoreHarness, input: unknown): Promise<string> {
  const result = await harness.invoke('accounts:create', input);
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { account: { id: string } }).account.id;
}

async function createLink(harness: CoreHarness, accountId: string, request: Record<string, unknown>): Promise<void> {
  const result = await harness.invoke('links:create', { accountId, mode: 'now', request: { ...base, ...request } });
  if (!result.ok) throw new Error(result.error.message);
  expect((result.value as { item: { state: string } }).item.state).toBe('created');
}

test('History detail actions against the emulators: SMS again, WhatsApp, cancel at PayTR, check a paid Paynet link', async ({
  app,
  page,
  harness,
}) => {
  const paytr = await startPaytrEmulator();
  const paynet = await startPaynetEmulator();
  try {
    await harness.start();
    const paytrId = await addAccount(harness, {
      draft: { provider: 'paytr', label: 'Kasa PayTR', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
      secrets: { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
    });
    const paynetId = await addAccount(harness, {
      draft: { provider: 'paynet', label: 'Paynet Kasa', environment: 'custom', baseUrl: paynet.url, settings: {} },
      secrets: { secretKey: paynet.secretKey },
    });
    await createLink(harness, paytrId, {
      reference: 'PDACTIONPAYTR0000001',
      linkType: 'product',
      amount: { minor: 34_900, currency: 'TRY' },
      description: 'Deri ceket',
      customer: { name: 'Elif Kaya', phone: '+905321112233' },
    });
    await createLink(harness, paynetId, {
      reference: 'PDACTIONPAYNET000001',
      linkType: 'amount',
      amount: { minor: 120_000, currency: 'TRY' },
      description: 'Halı yıkama',
      customer: { name: 'Hüseyin Doğan' },
    });
    await app.open();
    await app.navButton('Geçmiş').click();
    const rows = page.getByTestId('history-row');
    const panel = page.getByTestId('link-detail');
    const outcome = panel.getByTestId('detail-outcome');
    const timeline = panel.getByTestId('timeline');

    // PayTR: send the link again by provider SMS, to the customer's number.
    await rows.filter({ hasText: 'Elif Kaya' }).getByRole('button').click();
    await panel.getByRole('button', { name: 'Tekrar gönder' }).click();
    const resend = page.getByRole('dialog', { name: 'Linki tekrar gönder' });
    await expect(resend.getByRole('radio', { name: 'SMS (PayTR gönderir)' })).toBeChecked();
    await expect(resend.getByLabel('Cep telefonu')).toHaveValue('0532 111 22 33');
    await resend.getByRole('button', { name: 'Gönder' }).click();
    await expect(outcome).toContainText('Gönderildi.');
    await expect(timeline.locator('li').first()).toContainText('SMS ile gönderildi');
    expect([...paytr.links.values()][0]!.smsSentTo).toHaveLength(1);

    // WhatsApp: main builds the wa.me link and opens it; the panel says so.
    await panel.getByRole('button', { name: 'Tekrar gönder' }).click();
    await resend.getByRole('radio', { name: 'WhatsApp' }).check();
    await resend.getByRole('button', { name: 'Gönder' }).click();
    await expect(outcome).toContainText('Uygulama açıldı.');
    expect(opened.at(-1)).toMatch(/^https:\/\/wa\.me\/905321112233\?text=/);
    await expect(timeline.locator('li').first()).toContainText('WhatsApp ile paylaşıldı');

    // A wrong number is caught in the dialog, before anything is sent.
    await panel.getByRole('button', { name: 'Tekrar gönder' }).click();
    await resend.getByLabel('Cep telefonu').fill('12');
    await resend.getByRole('button', { name: 'Gönder' }).click();
    await expect(resend).toContainText('Telefon numarası geçerli değil.');
    await resend.getByRole('button', { name: 'Vazgeç' }).click();

    // Cancel at PayTR, after a confirmation naming the amount.
    await panel.getByRole('button', { name: 'Sağlayıcıda iptal et' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Link iptal edilsin mi?' });
    await expect(confirm).toContainText('349,00 ₺');
    await confirm.getByRole('button', { name: 'Evet, iptal et' }).click();
    await expect(outcome).toContainText('Link sağlayıcıda iptal edildi.');
    await expect(panel.getByTestId('detail-status')).toContainText('İptal edildi');
    await expect(rows.filter({ hasText: 'Elif Kaya' })).toContainText('İptal edildi');
    expect([...paytr.links.values()][0]!.deleted).toBe(true);
    await expect(panel.getByRole('button', { name: 'Sağlayıcıda iptal et' })).toHaveCount(0);

    // Paynet: the customer paid; "check status now" asks Paynet and the list follows.
    paynet.markPaid('PDACTIONPAYNET000001');
    await rows.filter({ hasText: 'Hüseyin Doğan' }).getByRole('button').click();
    await expect(panel.getByTestId('detail-status')).toContainText('Durum henüz sorgulanmadı.');
    await panel.getByRole('button', { name: 'Durumu şimdi sorgula' }).click();
    await expect(outcome).toContainText('Durum sorgulandı: Ödendi.');
    await expect(panel.getByTestId('detail-status')).toContainText('Son kontrol:');
    await expect(panel).toContainText('Ödenen tutar');
    await expect(rows.filter({ hasText: 'Hüseyin Doğan' })).toContainText('Ödendi');
    await app.screenshot('history-actions-tr', { fullPage: false });

    // The account filter narrows the list and its totals.
    await page.getByLabel('Hesap', { exact: true }).selectOption({ label: 'Kasa PayTR' });
    await expect(page.getByTestId('totals-count')).toHaveText('1 link');
    await expect(page.getByTestId('totals-sum')).toHaveText(['349,00 ₺']);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Elif Kaya');
    await page.getByLabel('Hesap', { exact: true }).selectOption({ label: 'Tüm hesaplar' });
    await expect(rows).toHaveCount(2);

    // In English, live: statuses, the timeline and the panel follow the language; amounts stay Turkish-formatted.
    await page.getByTestId('language-sidebar-en').click();
    await expect(page.getByTestId('totals-count')).toHaveText('2 link(s)');
    await expect(rows.filter({ hasText: 'Hüseyin Doğan' })).toContainText('Paid');
    await expect(panel.getByTestId('detail-status')).toContainText('Last checked:');
    await expect(timeline).toContainText('Link created');
    await expect(panel).toContainText('1.200,00 ₺');
    await app.screenshot('history-actions-en', { fullPage: false });
    await page.getByTestId('language-sidebar-tr').click();

    // "Create a similar link" opens the New link form filled from this one.
    await panel.getByRole('button', { name: 'Benzerini oluştur' }).click();
    await expect(page.locator('main')).toHaveAttribute('data-page', 'new-link');
    await expect(page.getByLabel('Açıklama', { exact: true })).toHaveValue('Halı yıkama');
    await expect(page.getByLabel('Ad soyad')).toHaveValue('Hüseyin Doğan');
  } finally {
    await paytr.stop();
    await paynet.stop();
  }
});
