import { readFileSync } from 'node:fs';

/** The provider documents' sample bodies (docs/providers/sources), kept verbatim under test/fixtures and served by emulators. */
export function seedFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
}
