import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** User-facing words live in src/shared/i18n: main says what happened as catalog keys and parameters. */
describe('main holds no user-facing prose', () => {
  const files = sources('src/main').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('builds no two-language text ({ tr: …, en: … }) and sends no userMessage', () => {
    const offenders = files.filter(({ text }) => /\btr:\s*['"`]/.test(text) || /\buserMessage\s*:/.test(text)).map(({ path }) => path);
    expect(offenders).toEqual([]);
  });

  it('keeps no bilingual note on a timeline ("… / …" words)', () => {
    const offenders = files.filter(({ text }) => /note:\s*'[^']*\s\/\s[^']*'/.test(text)).map(({ path }) => path);
    expect(offenders).toEqual([]);
  });
});
