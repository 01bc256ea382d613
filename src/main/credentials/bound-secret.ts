import { z } from 'zod';

/**
 * A keychain value bound to the address it was typed for. The keychain entry holds a small JSON
 * envelope `{ paydeskBound: 1, origin, value }`, written in one call so the value and its address
 * can never get out of step. Entries written by older versions hold the bare value: they read as
 * `origin: null` (unbound), and main never sends an unbound secret anywhere.
 */
export interface StoredSecret {
  value: string;
  /** The account address (see account-origins) the value was typed for; null for a legacy entry. */
  origin: string | null;
}

const envelopeSchema = z.strictObject({
  paydeskBound: z.literal(1),
  origin: z.string().min(1),
  value: z.string(),
});

export function encodeBoundSecret(value: string, origin: string): string {
  return JSON.stringify({ paydeskBound: 1, origin, value });
}

export function decodeStoredSecret(raw: string): StoredSecret {
  if (raw.startsWith('{"paydeskBound"')) {
    try {
      const parsed = envelopeSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return { value: parsed.data.value, origin: parsed.data.origin };
    } catch {
      // Not our envelope after all: a legacy value that happens to start like one.
    }
  }
  return { value: raw, origin: null };
}
