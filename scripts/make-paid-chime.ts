// `npx tsx scripts/make-paid-chime.ts`: writes the "payment received" chime (scripts/sound/paid-chime.ts)
// to resources/sounds/. The file is committed; the renderer build copies it from there.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CHIME_PATH, chimeWav } from './sound/paid-chime';

await mkdir(dirname(CHIME_PATH), { recursive: true });
await writeFile(CHIME_PATH, chimeWav());
console.log(`${CHIME_PATH} written`);
