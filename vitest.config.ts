import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // `@shared/…` is src/shared, as in tsconfig.base.json and electron.vite.config.ts.
  resolve: { alias: { '@shared': resolve('src/shared') } },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Keychain tests share one Secret Service; files keep their own temp folders.
    pool: 'forks',
  },
});
