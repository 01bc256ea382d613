import { z } from 'zod';
import { languageSchema } from '../domain/language';
import { moneySchema } from '../domain/money';

/**
 * What the customer-facing screen shows. Main builds it from history and settings and hands it
 * to the second-screen window in its URL, so that window needs no bridge to main at all.
 */
export const customerDisplayViewSchema = z.object({
  shopName: z.string().max(80),
  amount: moneySchema,
  description: z.string().max(200),
  /** Only web addresses: this string comes back in through a URL fragment. */
  url: z.string().url().max(2000).regex(/^https?:\/\//i),
  language: languageSchema,
});
export type CustomerDisplayView = z.infer<typeof customerDisplayViewSchema>;

/** The URL fragment that opens the renderer as the customer display. */
export const CUSTOMER_DISPLAY_HASH = '#customer-display=';

export function customerDisplayHash(view: CustomerDisplayView): string {
  return CUSTOMER_DISPLAY_HASH + encodeURIComponent(JSON.stringify(view));
}

/** Reads a view back from a URL fragment; undefined for anything else or anything malformed. */
export function parseCustomerDisplayHash(hash: string): CustomerDisplayView | undefined {
  if (!hash.startsWith(CUSTOMER_DISPLAY_HASH)) return undefined;
  try {
    const parsed = customerDisplayViewSchema.safeParse(JSON.parse(decodeURIComponent(hash.slice(CUSTOMER_DISPLAY_HASH.length))));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
