import { createCipheriv, createDecipheriv, randomBytes, randomInt, scrypt } from 'node:crypto';

/**
 * The one-time code a shop server shows and a new counter types: 11 characters from 27 that are
 * hard to mistake when read aloud in Turkish (no I/İ/ı, L, O, U, Q, W, X, 0, 1), grouped 4-4-3:
 * 27^11 ≈ 2^52.3 possibilities. Only the server's PostgreSQL knows which code is open, and only
 * as a hash (docs/shop-sync.md, "Pairing").
 */
export const PAIRING_ALPHABET = '23456789ABCDEFGHJKMNPRSTVYZ';
export const PAIRING_CODE_LENGTH = 11;

export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return code;
}

/** `ABCD-EFGH-JKM`: how the code is shown and read aloud. */
export function groupPairingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** The code as typed (any case, spaces or dashes) → its 11 characters, or undefined if it cannot be one. */
export function readPairingCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '').toLocaleUpperCase('en-US');
  if (code.length !== PAIRING_CODE_LENGTH) return undefined;
  for (const char of code) if (!PAIRING_ALPHABET.includes(char)) return undefined;
  return code;
}

export interface PairingKeys {
  /** Sent to the server, which keeps only its SHA-256: proves the code without sending it. */
  proof: Buffer;
  /** Never sent: opens the shop password the server keeps sealed for this code. */
  sealKey: Buffer;
}

/**
 * Both keys from one slow derivation (scrypt, 32 MiB, about 0.1 s): guessing codes offline
 * against a stored hash or a captured exchange costs that much per guess. The two halves are
 * separate PBKDF2 blocks, so the proof a listener on the network sees does not give the seal key.
 */
export async function pairingKeys(code: string): Promise<PairingKeys> {
  const derived = await new Promise<Buffer>((resolve, reject) =>
    scrypt(code, 'paydesk-pairing-v1', 64, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
  return { proof: derived.subarray(0, 32), sealKey: derived.subarray(32) };
}

/** AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>` (base64url). */
export function sealPassword(password: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

/** The password, or undefined when the seal was not made with this key (or was changed). */
export function openSealedPassword(sealed: string, key: Buffer): string | undefined {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
