import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  icnsPath,
  iconSource,
  iconStamp,
  icoPath,
  linuxIconPath,
  linuxSizes,
  masterPng,
  sourceHash,
} from '../../../scripts/icons/icon-set';
import { pngHeader, readIcns, readIco } from './icon-formats';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path));

/** RGBA of one pixel, with x and y as fractions of the image. */
function pixel(png: Buffer, fx: number, fy: number): [number, number, number, number] {
  const image = PNG.sync.read(png);
  const at = (Math.floor(fy * (image.height - 1)) * image.width + Math.floor(fx * (image.width - 1))) * 4;
  return [image.data[at]!, image.data[at + 1]!, image.data[at + 2]!, image.data[at + 3]!];
}

describe('app icons (generated from resources/icon.svg by scripts/make-icons.ts)', () => {
  it('were made from the current SVG (run `npm run icons` after changing it)', () => {
    expect(read(iconStamp).toString('utf8').trim()).toBe(sourceHash(read(iconSource)));
  });

  it('the master PNG and every Linux size are RGBA PNGs of their stated size', () => {
    const files: [string, number][] = [[masterPng.path, masterPng.size], ...linuxSizes.map((s): [string, number] => [linuxIconPath(s), s])];
    for (const [path, size] of files) {
      expect(pngHeader(read(path)), path).toEqual({ width: size, height: size, bitDepth: 8, colorType: 6 });
    }
  });

  it('the PNGs show the mark: transparent corners, the navy tile, the amber P', () => {
    const master = read(masterPng.path);
    expect(pixel(master, 0, 0)[3]).toBe(0);
    const [r, , b, a] = pixel(master, 0.5, 0.9); // tile, below the letter
    expect(a).toBe(255);
    expect(b).toBeGreaterThan(r);
    const amber = pixel(master, 0.31, 0.5); // the P's stem
    expect(amber[0]).toBeGreaterThan(200);
    expect(amber[2]).toBeLessThan(80);
    // Small sizes are drawn, not blank.
    expect(pixel(read(linuxIconPath(16)), 0.5, 0.5)[3]).toBe(255);
  });

  it('the .ico holds 16 to 256 px, PNG from 64 px up and BMP below (what Windows executables need)', () => {
    const entries = readIco(read(icoPath));
    const sizes = entries.map((e) => e.width);
    for (const size of [16, 24, 32, 48, 64, 128, 256]) expect(sizes).toContain(size);
    for (const entry of entries) {
      expect(entry.height).toBe(entry.width);
      expect([entry.imageWidth, entry.imageHeight]).toEqual([entry.width, entry.width]);
      expect(entry.bitsPerPixel).toBe(32);
      expect(entry.format).toBe(entry.width >= 64 ? 'png' : 'bmp');
    }
  });

  it('the .icns holds the Retina and standard sizes up to 1024 px as PNGs', () => {
    const chunks = readIcns(read(icnsPath));
    const expected: Record<string, number> = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 };
    for (const [type, size] of Object.entries(expected)) {
      const chunk = chunks.find((c) => c.type === type);
      expect(chunk, type).toBeDefined();
      expect(pngHeader(chunk!.data)).toMatchObject({ width: size, height: size });
    }
  });
});
