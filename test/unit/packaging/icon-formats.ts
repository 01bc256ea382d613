/** Minimal readers for the icon containers, enough to check what the generator wrote. */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

export function isPng(data: Buffer): boolean {
  return data.subarray(0, 8).equals(PNG_SIGNATURE);
}

/** The IHDR chunk, which the PNG format requires to come first. */
export function pngHeader(data: Buffer): PngHeader {
  if (!isPng(data) || data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bitDepth: data[24]!, colorType: data[25]! };
}

export interface IcoEntry {
  width: number;
  height: number;
  bitsPerPixel: number;
  format: 'png' | 'bmp';
  /** The embedded image's own size: the PNG's IHDR, or the BMP header (whose height counts the mask twice). */
  imageWidth: number;
  imageHeight: number;
}

export function readIco(data: Buffer): IcoEntry[] {
  if (data.readUInt16LE(0) !== 0 || data.readUInt16LE(2) !== 1) throw new Error('not an ICO');
  const count = data.readUInt16LE(4);
  const entries: IcoEntry[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 16 * i;
    const size = data.readUInt32LE(at + 8);
    const offset = data.readUInt32LE(at + 12);
    if (offset + size > data.length) throw new Error(`ICO entry ${i} runs past the end of the file`);
    const image = data.subarray(offset, offset + size);
    const png = isPng(image);
    if (!png && image.readUInt32LE(0) !== 40) throw new Error(`ICO entry ${i} is neither PNG nor BMP`);
    entries.push({
      width: data[at] || 256,
      height: data[at + 1] || 256,
      bitsPerPixel: data.readUInt16LE(at + 6),
      format: png ? 'png' : 'bmp',
      imageWidth: png ? pngHeader(image).width : image.readInt32LE(4),
      imageHeight: png ? pngHeader(image).height : image.readInt32LE(8) / 2,
    });
  }
  return entries;
}

export interface IcnsChunk {
  type: string;
  data: Buffer;
}

export function readIcns(data: Buffer): IcnsChunk[] {
  if (data.toString('latin1', 0, 4) !== 'icns') throw new Error('not an ICNS');
  if (data.readUInt32BE(4) !== data.length) throw new Error('ICNS length field does not match the file');
  const chunks: IcnsChunk[] = [];
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at + 4);
    if (length < 8 || at + length > data.length) throw new Error(`bad ICNS chunk at ${at}`);
    chunks.push({ type: data.toString('latin1', at, at + 4), data: data.subarray(at + 8, at + length) });
    at += length;
  }
  return chunks;
}
