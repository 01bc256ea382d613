import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

/**
 * A real, tiny PNG for the emulator's `get_qr` answer: a 21×21-module pattern (the size of a
 * version-1 QR code) derived from the text, with finder squares, scaled up. It is a valid image,
 * not a decodable QR code; the app only shows the PNG PayTR sends.
 */
const MODULES = 21;
const SCALE = 4;
const QUIET = 2;

export function qrLikePngBase64(text: string): string {
  const bits = createHash('sha256').update(text).digest();
  const dark = (x: number, y: number): boolean => {
    const finder = (fx: number, fy: number) => {
      const dx = x - fx;
      const dy = y - fy;
      if (dx < 0 || dy < 0 || dx > 6 || dy > 6) return undefined;
      const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
      return ring !== 2;
    };
    const inFinder = finder(0, 0) ?? finder(MODULES - 7, 0) ?? finder(0, MODULES - 7);
    if (inFinder !== undefined) return inFinder;
    const index = y * MODULES + x;
    return ((bits[index % bits.length] ?? 0) >> index % 8) % 2 === 1;
  };
  const size = (MODULES + 2 * QUIET) * SCALE;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(size + 1); // leading 0 = filter "none"
    for (let px = 0; px < size; px++) {
      const mx = Math.floor(px / SCALE) - QUIET;
      const my = Math.floor(py / SCALE) - QUIET;
      const inside = mx >= 0 && my >= 0 && mx < MODULES && my < MODULES;
      row[px + 1] = inside && dark(mx, my) ? 0 : 255;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return png.toString('base64');
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0, 0);
  return Buffer.concat([length, typed, crc]);
}
