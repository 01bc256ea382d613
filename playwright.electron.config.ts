import { defineConfig } from '@playwright/test';

/** The same smoke flows through a real Electron window; skipped (with the reason) where no binary exists. */
export default defineConfig({
  testDir: 'test/e2e-electron',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test/artifacts/e2e-electron/results',
});
