import { expect, test } from '@playwright/test';
import { startPreviewServer } from '../../scripts/preview/preview-server';
import { startCoreHarness, type CoreHarness } from '../support/core-harness';
import type { StaticServer } from '../support/static-server';

const TOKEN = 'preview-test-token-0123456789abcdef';
let harness: CoreHarness;
let server: StaticServer;
let origin: string;

test.beforeEach(async () => {
  harness = await startCoreHarness();
  server = await startPreviewServer({ core: harness.core, rendererDir: 'out/renderer', token: TOKEN });
  origin = server.url.replace(/\/$/, '');
});
test.afterEach(async () => {
  await server.close();
  await harness.dispose();
});

test('the browser preview runs the real UI on a real core, behind its token', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${origin}/#token=${TOKEN}`);
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Ayarlar' })).toBeVisible();
  await page.getByTestId('language-sidebar-en').click();
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Settings' })).toBeVisible();
  expect(page.url()).not.toContain(TOKEN); // the token leaves the address bar
  expect(await harness.core.invoke('settings:get', undefined)).toMatchObject({ ok: true, value: { language: 'en' } });
  expect(errors).toEqual([]);
});

test('the preview API refuses calls without the token or from another host', async ({ request }) => {
  const call = (headers: Record<string, string>) =>
    request.post(`${origin}/__preview/invoke`, { headers, data: { channel: 'settings:get' } });
  expect((await call({})).status()).toBe(401);
  expect((await call({ 'x-paydesk-token': 'wrong-token-wrong-token-wrong-toke' })).status()).toBe(401);
  expect((await call({ 'x-paydesk-token': TOKEN, origin: 'http://evil.example' })).status()).toBe(403);
  expect((await call({ 'x-paydesk-token': TOKEN, host: 'evil.example' })).status()).toBe(403);
  const ok = await call({ 'x-paydesk-token': TOKEN });
  expect(await ok.json()).toMatchObject({ ok: true, value: { language: 'tr' } });
  expect(new URL(origin).hostname).toBe('127.0.0.1');
});
