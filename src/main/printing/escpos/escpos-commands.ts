/**
 * The ESC/POS commands a slip uses, as bytes (Epson's ESC/POS reference; the clones sold in
 * Turkish shops follow it for this subset). Each function returns one complete command.
 */
const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

export type Alignment = 'left' | 'center' | 'right';
export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** ESC @: back to power-on state (clears a half-sent job's modes). */
export const initialize = (): Uint8Array => Uint8Array.of(ESC, 0x40);

/** ESC t n: the character table for bytes 0x80–0xFF. */
export const selectCodePage = (n: number): Uint8Array => Uint8Array.of(ESC, 0x74, byte(n));

/** ESC a n. */
export const align = (alignment: Alignment): Uint8Array => Uint8Array.of(ESC, 0x61, { left: 0, center: 1, right: 2 }[alignment]);

/** ESC E n. */
export const emphasis = (on: boolean): Uint8Array => Uint8Array.of(ESC, 0x45, on ? 1 : 0);

/** GS ! n: character width and height multipliers, 1–8 each. */
export const characterSize = (width: number, height: number): Uint8Array =>
  Uint8Array.of(GS, 0x21, ((clamp(width, 1, 8) - 1) << 4) | (clamp(height, 1, 8) - 1));

export const lineFeed = (): Uint8Array => Uint8Array.of(LF);

/** ESC d n: print and feed n lines. */
export const feedLines = (n: number): Uint8Array => Uint8Array.of(ESC, 0x64, clamp(n, 0, 255));

const qrLevels: Record<QrErrorCorrection, number> = { L: 0x30, M: 0x31, Q: 0x32, H: 0x33 };
/** The most GS ( k stores in one symbol (model 2, version 40, numeric); a URL is far shorter. */
export const QR_MAX_DATA_BYTES = 7089;

/**
 * GS ( k, function 165/167/169/180/181: a model 2 QR code of `data`, printed by the printer itself.
 * `moduleSize` is the dot width of one module (1–16).
 */
export function qrCode(data: Uint8Array, moduleSize: number, level: QrErrorCorrection): Uint8Array {
  if (data.length === 0 || data.length > QR_MAX_DATA_BYTES) throw new RangeError(`QR data of ${data.length} bytes`);
  const store = data.length + 3;
  return concatBytes([
    Uint8Array.of(GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0x00), // model 2
    Uint8Array.of(GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, clamp(moduleSize, 1, 16)), // module size
    Uint8Array.of(GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, qrLevels[level]), // error correction
    Uint8Array.of(GS, 0x28, 0x6b, store & 0xff, store >> 8, 0x31, 0x50, 0x30), // store the data …
    data,
    Uint8Array.of(GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30), // … and print it
  ]);
}

/**
 * GS v 0 m=0: a 1-bit raster image, `widthBytes` bytes per row (8 dots each, left bit first,
 * 1 = black), `rows` rows. For printers without the QR command.
 */
export function rasterImage(widthBytes: number, rows: number, bits: Uint8Array): Uint8Array {
  if (bits.length !== widthBytes * rows) throw new RangeError('Raster size does not match its bits');
  return concatBytes([Uint8Array.of(GS, 0x76, 0x30, 0, widthBytes & 0xff, widthBytes >> 8, rows & 0xff, rows >> 8), bits]);
}

/**
 * ESC p m t1 t2: a pulse on the cash drawer's pin 2 (the usual drawer socket), 50 ms on and
 * 500 ms off (t × 2 ms).
 */
export const drawerKick = (): Uint8Array => Uint8Array.of(ESC, 0x70, 0, 25, 250);

/**
 * GS V m n, function B: feeds the paper to the cutter (plus n × 0.125 mm) and cuts, so the last
 * line clears the cutter whatever the printer's head-to-cutter distance. m 66 = partial cut (one
 * point left uncut), 65 = full cut.
 */
export const feedAndCut = (kind: 'partial' | 'full', extraFeed = 0): Uint8Array =>
  Uint8Array.of(GS, 0x56, kind === 'partial' ? 66 : 65, clamp(extraFeed, 0, 255));

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(n)));
}

function byte(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 255) throw new RangeError(`Not a byte: ${n}`);
  return n;
}
