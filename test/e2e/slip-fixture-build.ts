import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Builds the slip fixture page (the real component and CSS) into `outDir`, as the app build would. */
export async function buildSlipFixture(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve('test/e2e/web/slip-fixture'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, rollupOptions: { input: resolve('test/e2e/web/slip-fixture/index.html') } },
  });
}
