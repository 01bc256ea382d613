import { startPaynetEmulator } from '../emulators/paynet/paynet-emulator';
import type { CoreHarness } from './core-harness';
import { expect, test } from './fixtures';

// No background poller: each payment is found by a look-up the test asks for, through the same
// StatusChecker the poller uses (links:check-status).
test.use({ coreDeps: { statusPolling: false } });

const base = { linkType: 'amount', maxInstallments: 1, language: 'tr' as const, notifyBySms: false, notifyByEmail: false };

async function ok<T>(harness: CoreHarness, channel: string, input: unknown): Promise<T> {
  const result = await harness.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

test('Payment received: stacked alerts, chime on/off, history rows highlighted until seen, in TR and EN', async ({ app, page, harness }) => {
  // Headless Chromium may not make a sound: count the calls to play() instead (and keep the real call,
  // so a file the CSP refused would show up as a page error).
  await page.addInitScript(() => {
    type Media = { src: string; play(): Promise<void>; addEventListener(type: string, listener: () => void): void };
    const win = globalThis as unknown as { __plays: string[]; __loaded: string[]; HTMLMediaElement: { prototype: Media } };
    win.__plays = [];
    win.__loaded = [];
    const media = win.HTMLMediaElement.prototype;
    const play = media.play;
    media.play = function (this: Media) {
      win.__plays.push(this.src);
      // Decoded data means the file was served, allowed by the CSP and is a valid WAV.
      this.addEventListener('loadeddata', () => win.__loaded.push(this.src));
      return play.call(this);
    };
  });
  const plays = () => page.evaluate(() => (globalThis as unknown as { __plays: string[] }).__plays);

  const paynet = await startPaynetEmulator();
  try {
    await harness.start();
    const account = await ok<{ account: { id: string } }>(harness, 'accounts:create', {
      draft: { provider: 'paynet', label: 'Paynet Kasa', environment: 'custom', baseUrl: paynet.url, settings: {} },
      secrets: { secretKey: paynet.secretKey },
    });
    const links = {
      ayse: { reference: 'PDPAIDALERT00000001', amount: { minor: 125_050, currency: 'TRY' }, description: 'Okul çantası', customer: { name: 'Ayşe Yılmaz' } },
      huseyin: { reference: 'PDPAIDALERT00000002', amount: { minor: 34_900, currency: 'TRY' }, description: 'Halı yıkama', customer: { name: 'Hüseyin Doğan' } },
      quiet: { reference: 'PDPAIDALERT00000003', amount: { minor: 9_990, currency: 'TRY' }, description: 'Defter', customer: { name: 'Elif Kaya' } },
      english: { reference: 'PDPAIDALERT00000004', amount: { minor: 200_000, currency: 'TRY' }, description: 'Deri ceket', customer: { name: 'John Smith' } },
    };
    for (const request of Object.values(links)) {
      await ok(harness, 'links:create', { accountId: account.account.id, mode: 'now', request: { ...base, ...request } });
    }
    const customerPays = async (...which: (keyof typeof links)[]) => {
      for (const key of which) paynet.markPaid(links[key].reference);
      // One after the other, as a poller sweep finds them (the alerts then arrive in this order).
      for (const key of which) await ok(harness, 'links:check-status', { reference: links[key].reference });
    };

    await app.open();
    const alerts = page.getByTestId('paid-alert');
    const rows = page.getByTestId('history-row');
    const rowOf = (name: string) => rows.filter({ hasText: name }).locator('.history-row-button');

    // The chime is on by default; turned off in Settings with the keyboard, a payment still shows its alert, silently.
    await app.navButton('Ayarlar').click();
    const sound = page.getByRole('checkbox', { name: 'Ödeme alındığında kısa bir ses çal' });
    await expect(sound).toBeChecked();
    await sound.focus();
    await page.keyboard.press('Space');
    await expect(sound).not.toBeChecked();
    await customerPays('quiet');
    await expect(alerts).toHaveCount(1);
    await expect(alerts.first()).toContainText('99,90 ₺');
    await expect(alerts.first()).toContainText('Elif Kaya · Defter');
    expect(await plays()).toEqual([]);
    await alerts.first().getByRole('button', { name: 'Uyarıyı kapat' }).click();
    await expect(alerts).toHaveCount(0);

    // Sound on again; two customers pay in the same sweep: two cards, newest on top, one chime.
    await sound.click();
    await expect(sound).toBeChecked();
    await app.navButton('Geçmiş').click();
    await customerPays('ayse', 'huseyin');
    await expect(alerts).toHaveCount(2);
    await expect(page.getByRole('alert').filter({ hasText: 'Ödeme alındı' })).toHaveCount(2);
    const newest = alerts.nth(0);
    const older = alerts.nth(1);
    await expect(newest).toHaveAttribute('data-reference', links.huseyin.reference);
    await expect(newest).toContainText('349,00 ₺');
    await expect(older).toContainText('Ödeme alındı');
    await expect(older.getByTestId('paid-alert-amount')).toHaveText('1.250,50 ₺');
    await expect(older).toContainText('Ayşe Yılmaz · Okul çantası');
    await expect(older).toContainText('Paynet Kasa');
    const played = await plays();
    expect(played).toHaveLength(1);
    expect(played[0]).toMatch(/\/assets\/paid-chime-[\w-]+\.wav$/);
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { __loaded: string[] }).__loaded)).toEqual(played);

    // Both rows say "new payment"; the one closed quietly before does not.
    await expect(rowOf('Ayşe Yılmaz')).toHaveAttribute('data-unseen', 'true');
    await expect(rowOf('Ayşe Yılmaz')).toContainText('Yeni ödeme');
    await expect(rowOf('Hüseyin Doğan')).toContainText('Yeni ödeme');
    await expect(rowOf('Elif Kaya')).not.toHaveAttribute('data-unseen');
    await app.screenshot('paid-alert-tr', { fullPage: false });

    // Esc closes the newest only; its row is no longer highlighted, the other stays.
    await page.keyboard.press('Escape');
    await expect(alerts).toHaveCount(1);
    await expect(alerts.first()).toHaveAttribute('data-reference', links.ayse.reference);
    await expect(rowOf('Hüseyin Doğan')).not.toHaveAttribute('data-unseen');
    await expect(rowOf('Ayşe Yılmaz')).toContainText('Yeni ödeme');

    // "Göster" (by keyboard) opens the link in History; the card goes, the row is seen.
    await alerts.first().getByRole('button', { name: 'Göster' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('link-detail')).toHaveAttribute('data-reference', links.ayse.reference);
    await expect(page.getByTestId('detail-status')).toContainText('Ödendi');
    await expect(alerts).toHaveCount(0);
    await expect(rowOf('Ayşe Yılmaz')).not.toHaveAttribute('data-unseen');
    await page.keyboard.press('Escape'); // closes the detail panel, nothing else
    await expect(page.getByTestId('link-detail')).toHaveCount(0);

    // In English: the card and the row badge follow the language; amounts stay Turkish-formatted.
    await page.getByTestId('language-sidebar-en').click();
    await page.waitForTimeout(1_600); // past the chime's batch window: a new batch rings again
    await customerPays('english');
    await expect(alerts).toHaveCount(1);
    await expect(alerts.first()).toContainText('Payment received');
    await expect(alerts.first()).toContainText('2.000,00 ₺');
    await expect(alerts.first()).toContainText('John Smith · Deri ceket');
    await expect(alerts.first().getByRole('button', { name: 'Show' })).toBeVisible();
    await expect(rowOf('John Smith')).toContainText('New payment');
    expect(await plays()).toHaveLength(2);
    await app.screenshot('paid-alert-en', { fullPage: false });

    // Not yet seen: after a restart the alert is gone with the old window, the highlight is not.
    await app.restart();
    await app.navButton('History').click();
    await expect(rowOf('John Smith')).toHaveAttribute('data-unseen', 'true');
    await expect(rowOf('Hüseyin Doğan')).not.toHaveAttribute('data-unseen');
    // Opening its detail from the list is seeing it.
    await rowOf('John Smith').click();
    await expect(page.getByTestId('link-detail')).toHaveAttribute('data-reference', links.english.reference);
    await expect(rowOf('John Smith')).not.toHaveAttribute('data-unseen');
  } finally {
    await paynet.stop();
  }
});
