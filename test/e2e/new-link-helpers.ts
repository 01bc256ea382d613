import type { Locator, Page } from '@playwright/test';
import type { AccountDraft } from '../../src/shared/channels/accounts';
import type { PaytrEmulator } from '../emulators/paytr/paytr-emulator';
import { decodeQrPng } from '../support/qr-decode';
import { expect, type PayDeskApp } from './fixtures';

/** URLs main handed to the OS (WhatsApp, mailto, the browser) in this test process. */
export const openedUrls: string[] = [];
export const captureOpenExternal = async (url: string): Promise<void> => {
  openedUrls.push(url);
};

/**
 * Saves an account straight through the core (account setup has its own e2e flows) and waits
 * until the New link form offers it. Returns the account id.
 */
export async function addAccount(app: PayDeskApp, draft: AccountDraft, secrets: Record<string, string>): Promise<string> {
  const result = await app.harness.invoke('accounts:create', { draft, secrets });
  if (!result.ok) throw new Error(`accounts:create failed: ${JSON.stringify(result.error)}`);
  const id = (result.value as { account: { id: string } }).account.id;
  await expect(newLinkForm(app.page).locator('select[name="accountId"] option', { hasText: draft.label })).toHaveCount(1);
  return id;
}

/** The usual counter account "Kasa" on a PayTR emulator. */
export function addPaytrAccount(app: PayDeskApp, paytr: PaytrEmulator): Promise<string> {
  return addAccount(
    app,
    { provider: 'paytr', label: 'Kasa', environment: 'custom', baseUrl: paytr.url, settings: { merchantId: paytr.keys.merchantId } },
    { merchantKey: paytr.keys.merchantKey, merchantSalt: paytr.keys.merchantSalt },
  );
}

export const newLinkForm = (page: Page): Locator => page.getByTestId('new-link-form');
export const linkResult = (page: Page): Locator => page.getByTestId('link-result');

/** Decodes the on-screen QR code from a screenshot of just that element. */
export async function decodeShownQr(page: Page): Promise<string | null> {
  const png = await page.getByTestId('link-qr').locator('svg').screenshot();
  return decodeQrPng(png);
}

/** The result view is up: its QR, scanned from a screenshot, is exactly the link URL shown. */
export async function expectScannableResult(page: Page): Promise<string> {
  const result = linkResult(page);
  await expect(result.getByRole('heading', { name: /Link hazır|The link is ready/ })).toBeVisible();
  const url = (await result.getByTestId('link-url').innerText()).trim();
  expect(url).toMatch(/^https?:\/\//);
  expect(await decodeShownQr(page)).toBe(url);
  return url;
}

/** Total requests the emulator has seen on endpoints matching `pattern` (e.g. the create call). */
export function requestsTo(counts: Map<string, number>, pattern: RegExp): number {
  let total = 0;
  for (const [endpoint, n] of counts) if (pattern.test(endpoint)) total += n;
  return total;
}

/** Finds the link in History by its description and opens its detail panel. */
export async function openInHistory(app: PayDeskApp, description: string): Promise<Locator> {
  await app.navButton(/Geçmiş|History/).click();
  const row = app.page.getByTestId('history-row').filter({ hasText: description }).first();
  await expect(row).toBeVisible();
  await row.click();
  const detail = app.page.getByTestId('link-detail');
  await expect(detail).toBeVisible();
  return detail;
}
