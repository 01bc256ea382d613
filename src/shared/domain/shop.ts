import { z } from 'zod';
import { userTextSchema } from '../result';
import { currencySchema } from './money';

/**
 * Several counters of one shop sharing their data through the shop's PostgreSQL ("Birden çok
 * kasa"). One computer alone needs none of this: the state is `off`.
 */

/** What the counter is called in the shop ("Kasa 1", "Arka ofis"): shown on every link it made. */
export const counterNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^\p{Cc}<>]+$/u);

/**
 * Joining a shop: a PostgreSQL connection string (`postgres://shop_role@host:5432/paydesk`, TLS
 * required off the local network) and the shop's password, typed here or inside the string. The
 * password goes to this computer's keychain and never into a file or back to the window.
 */
export const shopJoinSchema = z.strictObject({
  url: z.string().trim().min(1).max(500),
  password: z.string().max(200).optional(),
  counterName: counterNameSchema,
});
export type ShopJoin = z.infer<typeof shopJoinSchema>;

/**
 * off: one computer alone. connecting: first round under way. online: the last round reached the
 * server. offline: it did not (the counter keeps working; changes wait). refused: the server said
 * no (wrong password, a PayDesk too old for its data): only the owner can fix it.
 */
export const shopStates = ['off', 'connecting', 'online', 'offline', 'refused'] as const;
export const shopStateSchema = z.enum(shopStates);
export type ShopState = z.infer<typeof shopStateSchema>;

/** The shop server as a new counter types it: `192.168.1.20:5432` (no password: the code brings it). */
export const shopServerAddressSchema = z.string().trim().min(1).max(260);

export const shopStatusSchema = z.object({
  state: shopStateSchema,
  counterName: counterNameSchema.optional(),
  /** `host:port/database` and the shop role, never the password. */
  server: z.string().max(300).optional(),
  shop: z.string().max(64).optional(),
  /** When this counter last exchanged everything with the shop ("son eşitleme 14:05"). */
  lastSyncedAt: z.string().datetime({ offset: true }).optional(),
  /** Local changes not yet on the server. */
  pending: z.number().int().nonnegative(),
  /** The shop has a callback relay: PayTR and Paynet report payments there and links turn paid by themselves. */
  paidReports: z.boolean().optional(),
  problem: userTextSchema.optional(),
  /** This PC is the shop's server: the address other counters type (as `shop:host` answers). Never a password. */
  hosting: z.strictObject({ address: shopServerAddressSchema }).optional(),
});
export type ShopStatus = z.infer<typeof shopStatusSchema>;

/** An item of the shop's queue ("any open counter may send it") that is not made yet, as the Outbox shows it. */
export const shopQueueItemSchema = z.object({
  reference: z.string().max(64),
  state: z.enum(['queued', 'sending', 'failed', 'unknown', 'cancelled']),
  description: z.string().max(200),
  amountMinor: z.number().int().nonnegative(),
  currency: currencySchema,
  customerName: z.string().max(200).optional(),
  updatedAt: z.string().datetime({ offset: true }),
});
export type ShopQueueItem = z.infer<typeof shopQueueItemSchema>;

/** Making this PC the shop's server: the shop's name (its database role is made from it) and this counter's name. */
export const shopHostSchema = z.strictObject({
  shopName: z.string().trim().min(1).max(80).optional(),
  counterName: counterNameSchema,
});
export type ShopHost = z.infer<typeof shopHostSchema>;


/** A one-time pairing code shown on the server PC: `ABCD-EFGH-JKM`, for one counter, until `expiresAt`. */
export const shopPairingCodeSchema = z.object({
  address: shopServerAddressSchema,
  code: z.string().regex(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{3}$/),
  expiresAt: z.string().datetime({ offset: true }),
});
export type ShopPairingCode = z.infer<typeof shopPairingCodeSchema>;

/** Joining with a code: the server's address, the code as typed (any case, spaces, dashes) and this counter's name. */
export const shopPairSchema = z.strictObject({
  address: shopServerAddressSchema,
  code: z.string().trim().min(1).max(40),
  counterName: counterNameSchema,
});
export type ShopPair = z.infer<typeof shopPairSchema>;
