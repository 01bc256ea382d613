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
    external: ['keytar', 'electron'],
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}
