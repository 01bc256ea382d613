import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';

/** `@shared/…` is src/shared (tsconfig.base.json `paths`; vitest.config.ts says the same). */
const resolveShared = { alias: { '@shared': resolve('src/shared') } };

export default defineConfig({
  main: {
    resolve: resolveShared,
    plugins: [externalizeDepsPlugin()],
    build: { rollupOptions: { input: { index: resolve('src/main/electron/index.ts') } } },
  },
  preload: {
    // Sandboxed preloads cannot `require` npm packages or ESM: one CommonJS file, no runtime deps.
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    resolve: resolveShared,
    root: resolve('src/renderer'),
    plugins: [
      react(),
      {
        // Only for `electron-vite dev`: Vite's HMR needs inline scripts the strict CSP forbids.
        // Builds keep the meta tag, and main adds the same policy as a header.
        name: 'paydesk-dev-without-csp',
        apply: 'serve',
        transformIndexHtml: (html: string) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
      },
    ],
    build: { rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
  },
});
