import { z } from 'zod';
import { accountUrlSchema, storedAccountUrlSchema } from './account-address';
import { providerIdSchema, type ProviderId } from './provider-id';

/**
 * Where an account's requests go. `custom` takes a base URL (a provider's other test host, or the
 * local emulators during development). Which environments a provider offers is in `providerSpecs`.
 */
export const environments = ['live', 'test', 'custom'] as const;
export const environmentSchema = z.enum(environments);
export type Environment = z.infer<typeof environmentSchema>;

const text = (max: number) => z.string().trim().max(max);
/** A base URL as the user types it: https (http only on loopback, for the emulators). */
export const baseUrlSchema = accountUrlSchema;

/** The non-secret fields of an account per provider, with `url` for its URL fields. Secrets never appear here. */
function settingsSchemas(url: z.ZodType<string>) {
  return {
    paytr: z.strictObject({ merchantId: z.string().trim().regex(/^\d{1,12}$/) }),
    paynet: z.strictObject({ agentId: text(50).optional() }),
    oduyo: z.strictObject({ username: text(200).min(1) }),
    isbank: z.strictObject({
      tokenUrl: url.optional(),
      scope: text(500).optional(),
      merchantNo: z.string().trim().regex(/^\d{0,20}$/).optional(),
      /** PEM client certificate for mutual TLS (public part; its key lives in the vault). */
      clientCertificate: z.string().max(20_000).optional(),
    }),
  } as const satisfies Record<ProviderId, z.ZodType>;
}

/** Settings as typed (drafts): every URL must be https (or loopback). */
export const accountSettingsSchemas = settingsSchemas(accountUrlSchema);
/** Settings as stored: older versions accepted any http(s) URL, and such an account must still load. */
const storedSettingsSchemas = settingsSchemas(storedAccountUrlSchema);

/** Secret fields per provider: only ever stored in the OS keychain. */
export const secretFields = {
  paytr: ['merchantKey', 'merchantSalt'],
  paynet: ['secretKey'],
  oduyo: ['password', 'apiKey'],
  isbank: ['clientId', 'clientSecret', 'clientKey'],
} as const satisfies Record<ProviderId, readonly string[]>;
export type SecretField<P extends ProviderId = ProviderId> = (typeof secretFields)[P][number];
export const allSecretFields = [...new Set(Object.values(secretFields).flat())] as [string, ...string[]];
export const secretFieldSchema = z.enum(allSecretFields as [SecretField, ...SecretField[]]);

/** Secrets a provider cannot work without (İşbank's TLS key is optional). */
export const requiredSecretFields: Record<ProviderId, readonly SecretField[]> = {
  paytr: ['merchantKey', 'merchantSalt'],
  paynet: ['secretKey'],
  oduyo: ['password', 'apiKey'],
  isbank: ['clientId', 'clientSecret'],
};

export const providerEnvironments: Record<ProviderId, readonly Environment[]> = {
  paytr: ['live', 'custom'], // PayTR has no sandbox host: a new store is in test mode until switched live
  paynet: ['live', 'test', 'custom'],
  oduyo: ['custom'], // every merchant has its own host
  isbank: ['live', 'test', 'custom'],
};

export const accountIdSchema = z.string().regex(/^acc_[a-z0-9]{8,32}$/);

const accountBase = {
  id: accountIdSchema,
  label: text(80).min(1),
  environment: environmentSchema,
  baseUrl: storedAccountUrlSchema.optional(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
};

export const accountSchema = z.discriminatedUnion('provider', [
  z.object({ ...accountBase, provider: z.literal('paytr'), settings: storedSettingsSchemas.paytr }),
  z.object({ ...accountBase, provider: z.literal('paynet'), settings: storedSettingsSchemas.paynet }),
  z.object({ ...accountBase, provider: z.literal('oduyo'), settings: storedSettingsSchemas.oduyo }),
  z.object({ ...accountBase, provider: z.literal('isbank'), settings: storedSettingsSchemas.isbank }),
]);
export type Account = z.infer<typeof accountSchema>;
export type AccountOf<P extends ProviderId> = Extract<Account, { provider: P }>;

/** What the renderer sees of an account: the record plus which secrets are stored, never their values. */
export const accountViewSchema = z.object({
  account: accountSchema,
  secretsStored: z.record(z.string(), z.boolean()),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export { providerIdSchema };
