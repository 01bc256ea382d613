import { describe, expect, it } from 'vitest';
import { logoFromBytes, MAX_LOGO_BYTES, sniffImageType, toBase64 } from '../../../../src/renderer/src/features/settings/logo-file';
import { logoDataUrlSchema } from '../../../../src/shared/domain/settings';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const bytes = (head: number[], size: number) => {
  const out = new Uint8Array(size);
  out.set(head);
  for (let i = head.length; i < size; i++) out[i] = (i * 31) % 256;
  return out;
};

describe('shop logo files', () => {
  it('knows PNG and JPEG by their first bytes, nothing else', () => {
    expect(sniffImageType(bytes(PNG_HEADER, 20))).toBe('image/png');
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0], 20))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(sniffImageType(bytes([0x47, 0x49, 0x46, 0x38], 20))).toBeUndefined(); // GIF
    expect(sniffImageType(new Uint8Array([0x89, 0x50]))).toBeUndefined();
  });

  it('base64 round-trips every byte, also across the chunk boundary', () => {
    const data = bytes(PNG_HEADER, 0x8000 * 2 + 7);
    const decoded = Uint8Array.from(atob(toBase64(data)), (c) => c.charCodeAt(0));
    expect(decoded).toEqual(data);
    expect(toBase64(new TextEncoder().encode('Ayşe'))).toBe('QXnFn2U=');
  });

  it('the largest accepted file still fits the settings limit; one byte more is refused', () => {
    const largest = logoFromBytes(bytes(PNG_HEADER, MAX_LOGO_BYTES));
    expect(largest.ok).toBe(true);
    if (largest.ok) {
      expect(largest.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
      expect(logoDataUrlSchema.safeParse(largest.dataUrl).success).toBe(true);
    }
    expect(logoFromBytes(bytes(PNG_HEADER, MAX_LOGO_BYTES + 1))).toEqual({ ok: false, problem: 'too-big', kb: 257 });
  });

  it('a JPEG becomes a JPEG data URL; other files are refused as the wrong type', () => {
    const jpeg = logoFromBytes(bytes([0xff, 0xd8, 0xff, 0xdb], 100));
    expect(jpeg.ok && jpeg.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(logoFromBytes(new TextEncoder().encode('not an image'))).toEqual({ ok: false, problem: 'wrong-type' });
  });
});
