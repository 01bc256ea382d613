import { logoDataUrlSchema } from '@shared/domain/settings';

/** The most a logo file may weigh: its data URL must stay under the settings limit (350,000 chars). */
export const MAX_LOGO_BYTES = 256 * 1024;

export type LogoCheck = { ok: true; dataUrl: string } | { ok: false; problem: 'too-big'; kb: number } | { ok: false; problem: 'wrong-type' };

/** The image type from the file's first bytes (its name and claimed type may lie). */
export function sniffImageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A logo file's bytes → the data URL Settings stores, or why it cannot be one. */
export function logoFromBytes(bytes: Uint8Array): LogoCheck {
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, problem: 'too-big', kb: Math.ceil(bytes.length / 1024) };
  const type = sniffImageType(bytes);
  if (!type) return { ok: false, problem: 'wrong-type' };
  const dataUrl = `data:${type};base64,${toBase64(bytes)}`;
  return logoDataUrlSchema.safeParse(dataUrl).success ? { ok: true, dataUrl } : { ok: false, problem: 'wrong-type' };
}

/** Reads a chosen file in the renderer (FileReader: nothing leaves the window until it is saved). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** Checks that the browser can actually draw it (a PNG header on a broken file is not a logo). */
export async function decodes(dataUrl: string): Promise<boolean> {
  const image = new Image();
  image.src = dataUrl;
  try {
    await image.decode();
    return image.naturalWidth > 0;
  } catch {
    return false;
  }
}
