import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `dir`, recursively. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Files under `dir` whose bytes contain `needle` as UTF-8, UTF-16LE or base64 (so an encoded copy
 * of a secret is caught too).
 */
export async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le'), Buffer.from(Buffer.from(needle).toString('base64'))];
  const hits: string[] = [];
  for (const file of await listFiles(dir)) {
    const bytes = await readFile(file);
    if (forms.some((form) => bytes.includes(form))) hits.push(file);
  }
  return hits;
}
