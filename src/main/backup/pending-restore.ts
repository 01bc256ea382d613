import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../clock';
import { syncFolder, writeAtomically } from '../store/atomic-json-file';
import type { BackupContent } from './backup-file';
import { kindOfPath, storeKinds } from './store-catalog';

/**
 * Restoring replaces files that open stores hold in memory, so it happens in two steps:
 *
 * 1. `stageRestore` (while the app runs) writes the validated backup into `restore-pending/` in
 *    the data folder's own layout, and commits it by writing `manifest.json` last.
 * 2. `applyPendingRestore` (on the next start, before any store opens) moves the current store
 *    files aside into `before-restore-<time>/` (kept, never deleted) and moves the staged files in.
 *
 * Every step is a rename and the manifest records how far it got, so a crash or power cut at any
 * point ends, on the next start, with either the old data or the whole backup, never a mix.
 */
export const RESTORE_FOLDER = 'restore-pending';
const MANIFEST = 'manifest.json';

const manifestSchema = z.object({
  stamp: z.string().regex(/^[0-9TZ-]+$/),
  /** Store roots (files or folders) the backup holds. */
  roots: z.array(z.string()),
  /** The current files were moved aside; from here on only staged files move. */
  asideDone: z.boolean(),
});
type Manifest = z.infer<typeof manifestSchema>;

export async function stageRestore(dataDir: string, content: BackupContent, clock: Clock): Promise<void> {
  const staging = join(dataDir, RESTORE_FOLDER);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const roots = new Set<string>();
  for (const [path, file] of content.files) {
    const kind = kindOfPath(path);
    if (!kind) continue; // parseBackup refuses these; kept as a guard
    roots.add(kind.root);
    const data = kind.onRestore ? kind.onRestore(file.data, clock) : file.data;
    const target = join(staging, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeAtomically(target, JSON.stringify({ schemaVersion: file.schemaVersion, data }));
  }
  const manifest: Manifest = { stamp: stamp(clock.now()), roots: [...roots], asideDone: false };
  await writeAtomically(join(staging, MANIFEST), JSON.stringify(manifest));
}

/** True when a committed restore waits for the next start. */
export async function hasPendingRestore(dataDir: string): Promise<boolean> {
  return (await readManifest(join(dataDir, RESTORE_FOLDER))) !== undefined;
}

export type ApplyResult = { applied: false } | { applied: true; asideDir: string };

/** Runs before any store opens. An uncommitted staging folder (no manifest) is simply removed. */
export async function applyPendingRestore(dataDir: string): Promise<ApplyResult> {
  const staging = join(dataDir, RESTORE_FOLDER);
  const manifest = await readManifest(staging);
  if (!manifest) {
    await rm(staging, { recursive: true, force: true });
    return { applied: false };
  }
  const aside = join(dataDir, `before-restore-${manifest.stamp}`);
  if (!manifest.asideDone) {
    await mkdir(aside, { recursive: true });
    for (const kind of storeKinds) {
      for (const name of [kind.root, ...(kind.companions ?? [])]) {
        const from = join(dataDir, name);
        if (await exists(from)) await rename(from, join(aside, name));
      }
    }
    await syncFolder(dataDir);
    await writeAtomically(join(staging, MANIFEST), JSON.stringify({ ...manifest, asideDone: true }));
  }
  for (const root of manifest.roots) {
    const from = join(staging, root);
    if (await exists(from)) await rename(from, join(dataDir, root));
  }
  await syncFolder(dataDir);
  await rm(staging, { recursive: true, force: true });
  return { applied: true, asideDir: aside };
}

async function readManifest(staging: string): Promise<Manifest | undefined> {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(await readFile(join(staging, MANIFEST), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );


function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
