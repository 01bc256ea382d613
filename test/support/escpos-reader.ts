import iconv from 'iconv-lite';
import { PNG } from 'pngjs';
import { decodeQrPng } from './qr-decode';

/**
 * Reads an ESC/POS job back, independently of PayDesk's encoder: every byte must belong to a
 * known command or to text (a stray control byte fails the read). Text is decoded with
 * iconv-lite's code page table for the ESC t number that selected it.
 */
export interface EscPosCommand {
  name: string;
  at: number;
  bytes: Uint8Array;
}

export interface EscPosReading {
  commands: EscPosCommand[];
  /** Printed lines, decoded (a line ends at LF). */
  lines: string[];
  /** The raw bytes of each line, before decoding. */
  lineBytes: Uint8Array[];
  codePageNumbers: number[];
  /** The data of each GS ( k store (function 180), as bytes and as text. */
  qrPayloads: string[];
  qrSettings: { model?: number; moduleSize?: number; errorCorrection?: number };
  rasters: { widthBytes: number; rows: number; bits: Uint8Array }[];
}

const codePageByNumber: Record<number, string> = { 13: 'cp857', 48: 'cp1254', 61: 'cp857' };

export function readEscPos(job: Uint8Array, decodeAs?: string): EscPosReading {
  const reading: EscPosReading = { commands: [], lines: [], lineBytes: [], codePageNumbers: [], qrPayloads: [], qrSettings: {}, rasters: [] };
  let text: number[] = [];
  let encoding = decodeAs ?? 'cp437';
  const endLine = () => {
    const bytes = Uint8Array.from(text);
    reading.lineBytes.push(bytes);
    reading.lines.push(iconv.decode(Buffer.from(bytes), encoding));
    text = [];
  };
  let i = 0;
  const take = (name: string, length: number) => {
    if (i + length > job.length) throw new Error(`${name} at ${i} runs past the end`);
    const bytes = job.slice(i, i + length);
    reading.commands.push({ name, at: i, bytes });
    i += length;
    return bytes;
  };
  while (i < job.length) {
    const b = job[i]!;
    const next = job[i + 1];
    if (b >= 0x20 && b !== 0x7f) {
      text.push(b);
      i++;
    } else if (b === 0x0a) {
      take('LF', 1);
      endLine();
    } else if (b === 0x1b && next === 0x40) take('ESC @', 2);
    else if (b === 0x1b && next === 0x74) {
      const n = take('ESC t', 3)[2]!;
      reading.codePageNumbers.push(n);
      encoding = decodeAs ?? codePageByNumber[n] ?? 'cp437';
    } else if (b === 0x1b && next === 0x61) take('ESC a', 3);
    else if (b === 0x1b && next === 0x45) take('ESC E', 3);
    else if (b === 0x1b && next === 0x64) take('ESC d', 3);
    else if (b === 0x1b && next === 0x70) take('ESC p', 5);
    else if (b === 0x1d && next === 0x21) take('GS !', 3);
    else if (b === 0x1d && next === 0x56) take('GS V', job[i + 2]! >= 65 ? 4 : 3);
    else if (b === 0x1d && next === 0x28 && job[i + 2] === 0x6b) {
      const length = job[i + 3]! + job[i + 4]! * 256;
      const bytes = take('GS ( k', 5 + length);
      const [cn, fn] = [bytes[5], bytes[6]];
      if (cn !== 0x31) throw new Error(`GS ( k for symbol ${cn}, not QR`);
      if (fn === 0x41) reading.qrSettings.model = bytes[7]! - 0x30;
      if (fn === 0x43) reading.qrSettings.moduleSize = bytes[7];
      if (fn === 0x45) reading.qrSettings.errorCorrection = bytes[7];
      if (fn === 0x50) reading.qrPayloads.push(Buffer.from(bytes.slice(8)).toString('latin1'));
    } else if (b === 0x1d && next === 0x76 && job[i + 2] === 0x30) {
      const widthBytes = job[i + 4]! + job[i + 5]! * 256;
      const rows = job[i + 6]! + job[i + 7]! * 256;
      const bytes = take('GS v 0', 8 + widthBytes * rows);
      reading.rasters.push({ widthBytes, rows, bits: bytes.slice(8) });
    } else throw new Error(`Unknown byte 0x${b.toString(16)} at ${i}`);
  }
  if (text.length > 0) endLine();
  return reading;
}

/** A GS v 0 image as a PNG (1 = black), with a white border, for jsQR. */
export function rasterToPng(raster: { widthBytes: number; rows: number; bits: Uint8Array }, border = 16): Buffer {
  const width = raster.widthBytes * 8 + 2 * border;
  const height = raster.rows + 2 * border;
  const png = new PNG({ width, height });
  png.data.fill(255);
  for (let y = 0; y < raster.rows; y++) {
    for (let x = 0; x < raster.widthBytes * 8; x++) {
      if (!(raster.bits[y * raster.widthBytes + (x >> 3)]! & (0x80 >> (x & 7)))) continue;
      const at = ((y + border) * width + x + border) * 4;
      png.data[at] = png.data[at + 1] = png.data[at + 2] = 0;
    }
  }
  return PNG.sync.write(png);
}

export function decodeRasterQr(raster: { widthBytes: number; rows: number; bits: Uint8Array }): string | null {
  return decodeQrPng(rasterToPng(raster));
}
