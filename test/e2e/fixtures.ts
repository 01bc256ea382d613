import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createKeytarVault } from '../../src/main/credentials/keytar-vault';
import type { EventName } from '../../src/shared/contract';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { trackingVault } from '../support/tracking-vault';
import { CONTENT_SECURITY_POLICY } from '../../src/main/electron/content-security-policy';
import { unavailableVault } from '../support/unavailable-vault';
import { installBridge } from '../support/page-bridge';
import { CoreHarness } from './core-harness';
import type { CoreDeps } from '../../src/main/core';

export const rendererDir = resolve('out/renderer');
export const artifactsDir = resolve('test/artifacts/e2e');


/** The app in a page, wired to a real core; helpers a user-level test needs. */
export class PayDeskApp {
  /** Console errors and uncaught exceptions (a CSP violation shows up here). */
  readonly pageErrors: string[] = [];

  constructor(
    readonly page: Page,
    readonly harness: CoreHarness,
    readonly url: string,
  ) {}

  async attach(): Promise<void> {
    const { page, harness } = this;
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(message.text());
    });
    await page.exposeBinding('__paydeskInvoke', (_source, channel: unknown, input: unknown) => harness.invoke(channel, input));
    await page.addInitScript(installBridge);
    harness.deliver = async (name: EventName, payload: unknown) => {
      await page
        .evaluate(([event, data]) => {
          const emit = (globalThis as unknown as { __paydeskEmit?: (e: unknown, d: unknown) => void }).__paydeskEmit;
          emit?.(event, data);
        }, [name, payload] as const)
        .catch(() => undefined); // the page may be reloading; it reads fresh state when it is back
    };
  }

  /** Starts the core (if needed) and loads the app until its navigation is on screen. */
  async open(): Promise<void> {
    await this.harness.start();
    await this.page.goto(this.url);
    await this.ready();
  }

  /** Stops the core, starts a new one on the same data folder and keychain, and reloads the window. */
  async restart(): Promise<void> {
    await this.harness.restart();
    await this.page.reload();
    await this.ready();
  }

  async ready(): Promise<void> {
    await expect(this.page.getByRole('navigation')).toBeVisible();
  }

  navButton(name: string | RegExp) {
    return this.page.getByRole('navigation').getByRole('button', { name });
  }

  /** Kept in test/artifacts/e2e; dialogs are shot as the window shows them (no full-page stitching). */
  async screenshot(name: string, options: { fullPage?: boolean } = {}): Promise<void> {
    await this.page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: options.fullPage ?? true });
  }
}

interface Fixtures {
  /** `test.use({ keychain: 'unavailable' })` runs the core on a machine without a keychain. */
  keychain: 'real' | 'unavailable';
  /** Extra createCore deps, e.g. `test.use({ coreDeps: { saveFile } })` or a short outbox policy. */
  coreDeps: Partial<Omit<CoreDeps, 'dataDir' | 'vault'>>;
  harness: CoreHarness;
  app: PayDeskApp;
}
interface WorkerFixtures {
  server: StaticServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer({
        root: rendererDir,
        headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  keychain: ['real', { option: true }],
  coreDeps: [{}, { option: true }],
  harness: async ({ keychain, coreDeps }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'paydesk-e2e-'));
    // A keychain service of its own per test, so nothing touches a real PayDesk entry.
    const vault = trackingVault(
      keychain === 'real' ? createKeytarVault({ service: `PayDesk-e2e-${randomBytes(6).toString('hex')}` }) : unavailableVault(),
    );
    const harness = new CoreHarness(dataDir, vault, coreDeps);
    await use(harness);
    await harness.stop();
    await vault.deleteAll();
    if (keychain === 'real') {
      for (const entry of vault.written) {
        const [accountId = '', field = ''] = entry.split('/');
        expect(await vault.get(accountId, field), `keychain entry ${entry} left behind`).toBeNull();
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, harness, server }, use) => {
    const app = new PayDeskApp(page, harness, server.url);
    await app.attach();
    await use(app);
    harness.deliver = undefined;
    expect(app.pageErrors, 'the page logged errors (CSP violations show up here)').toEqual([]);
  },
});

export { expect };
