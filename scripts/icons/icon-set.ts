import { createHash } from 'node:crypto';

/** Every icon file generated from resources/icon.svg (paths relative to the repository root). */
export const iconSource = 'resources/icon.svg';
/** The SHA-256 of the SVG the committed icons were made from: a changed SVG means stale icons. */
export const iconStamp = 'resources/icon.source-sha256';
/** The large PNG electron-builder falls back to, and the input of the .ico and .icns. */
export const masterPng = { path: 'resources/icon.png', size: 1024 };
export const icoPath = 'resources/icon.ico';
export const icnsPath = 'resources/icon.icns';
/** Linux reads a folder of `<n>x<n>.png` (electron-builder's `linux.icon`). */
export const linuxIconDir = 'resources/icons';
export const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;

export function linuxIconPath(size: number): string {
  return `${linuxIconDir}/${size}x${size}.png`;
}

export function sourceHash(svg: string | Buffer): string {
  return createHash('sha256').update(svg).digest('hex');
}
