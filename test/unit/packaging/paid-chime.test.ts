import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CHIME_PATH, chimeWav } from '../../../scripts/sound/paid-chime';

describe('the paid chime in resources/', () => {
  it('is what scripts/make-paid-chime.ts makes: short, small, 16-bit PCM WAV', async () => {
    const file = await readFile(CHIME_PATH);
    expect(file.equals(chimeWav())).toBe(true);
    expect(file.toString('ascii', 0, 4)).toBe('RIFF');
    expect(file.toString('ascii', 8, 12)).toBe('WAVE');
    expect(file.readUInt16LE(20)).toBe(1); // PCM
    expect(file.readUInt16LE(34)).toBe(16);
    const seconds = file.readUInt32LE(40) / file.readUInt32LE(28);
    expect(seconds).toBeGreaterThan(0.2);
    expect(seconds).toBeLessThanOrEqual(0.5);
    expect(file.length).toBeLessThan(32_000);
  });
});
