import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/content-security-policy';
import { createCore } from '../../src/main/core';
import { measureFilterChange, measureFirstRows } from '../support/first-rows';
import { writeGeneratedHistory } from '../support/history-generator';
import { installBridge } from '../support/page-bridge';
import { startStaticServer } from '../support/static-server';
import { makeTempDir } from '../support/temp-dir';
import { fmt, summarize } from './stats';

const LINKS = 100_000;
const RUNS = 8;
const rendererIndex = resolve('out/renderer/index.html');

/**
 * The History screen in Chromium with 100,000 links: milliseconds from clicking "Geçmiş" until the
 * first rows are painted (target ≤ 300 ms), measured in the page on a fresh window each run while
 * the core stays up (as in the app; the first page is prefetched when the window is idle); then a
 * filter change (a fresh query, nothing prefetched) until its rows are painted; and the most row
 * elements seen in the DOM while scrolling.
 */
export async function benchHistoryScreen(): Promise<void> {
  if (!existsSync(rendererIndex)) {
    console.log('history screen: skipped, build the renderer first (npx electron-vite build)');
    return;
  }
  const temp = await makeTempDir('paydesk-bench-history-');
  await writeGeneratedHistory(temp.dir, LINKS);
  const noVault = { get: async () => null, set: async () => undefined, delete: async () => false, available: async () => false };
  const core = await createCore({ dataDir: temp.dir, vault: noVault });
  const server = await startStaticServer({ root: resolve('out/renderer'), headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'tr-TR' });
    await page.exposeBinding('__paydeskInvoke', (_source, channel: unknown, input: unknown) => core.invoke(channel, input));
    // tsx compiles with keepNames, so the serialised bridge calls esbuild's `__name` helper: give the page one.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.addInitScript(installBridge);
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(server.url);
      await page.getByRole('navigation').waitFor();
      samples.push(await measureFirstRows(page));
    }
    const filtered: number[] = [];
    const providers = [['paynet', 'Paynet'], ['paytr', 'PayTR'], ['oduyo', 'Ödüyo'], ['isbank', 'İşbank']] as const;
    for (let run = 0; run < RUNS; run++) {
      const [id, name] = providers[run % providers.length]!;
      filtered.push(await measureFilterChange(page, id, name));
    }
    await page.getByLabel('Sağlayıcı', { exact: true }).selectOption('');
    const most = await mostRowsWhileScrolling(page);
    const s = summarize(samples);
    const f = summarize(filtered);
    console.log(
      `history screen (${LINKS.toLocaleString('en')} links, Chromium): first rows visible after navigation ` +
        `first ${fmt(samples[0]!)}  p50 ${fmt(s.p50)}  p95 ${fmt(s.p95)}  (n=${s.n}, target ≤ 300 ms); ` +
        `at most ${most} row elements in the DOM while scrolling (limit 100)`,
    );
    console.log(
      `history screen: provider filter changed → its first rows visible (fresh query, nothing prefetched) ` +
        `p50 ${fmt(f.p50)}  p95 ${fmt(f.p95)}  max ${fmt(f.max)}  (n=${f.n})`,
    );
  } finally {
    await browser.close();
    await server.close();
    await core.stop();
    await temp.cleanup();
  }
}

async function mostRowsWhileScrolling(page: import('@playwright/test').Page): Promise<number> {
  const scroll = page.getByTestId('history-scroll');
  const rows = page.getByTestId('history-row');
  type Scrollable = { scrollHeight: number; scrollTop: number };
  const height = await scroll.evaluate((el) => (el as unknown as Scrollable).scrollHeight);
  let most = 0;
  for (let step = 0; step <= 20; step++) {
    await scroll.evaluate((el, top) => void ((el as unknown as Scrollable).scrollTop = top), Math.floor((height * step) / 20));
    await page.locator('.history-row-loading').first().waitFor({ state: 'detached' }).catch(() => undefined);
    most = Math.max(most, await rows.count());
  }
  return most;
}
