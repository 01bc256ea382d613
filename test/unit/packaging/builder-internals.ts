import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * electron-builder's own loader, validator and fuse mapping, reached through app-builder-lib's
 * internal modules: the tests check the config with exactly the code `npm run dist` runs.
 */
const require = createRequire(import.meta.url);
const libDir = dirname(require.resolve('app-builder-lib/package.json'));
const libRequire = createRequire(join(libDir, 'package.json'));

export type BuilderConfig = Record<string, unknown>;

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
}

interface AjvInstance {
  compile(schema: unknown): ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
}

const configModule = libRequire('./out/util/config/config.js') as ConfigModule;
const { PlatformPackager } = libRequire('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
};

export const schemePath = join(libDir, 'scheme.json');

/** Reads electron-builder.yml the way electron-builder does (also finds a stray `build` key in package.json). */
export function loadBuilderConfig(projectDir: string): Promise<BuilderConfig> {
  return configModule.getConfig(projectDir, null, null);
}

/** electron-builder's own validation (its ajv, its schema); throws with the offending option named. */
export function validateWithBuilder(config: BuilderConfig): Promise<void> {
  return configModule.validateConfiguration(structuredClone(config), { isEnabled: false, add: () => undefined });
}

/** A stricter validator than electron-builder's: same schema, no type coercion. */
export function strictSchemaValidator(schema: unknown) {
  const Ajv = (libRequire('ajv') as { default: new (options: object) => AjvInstance }).default;
  return new Ajv({ allErrors: true, strict: false, coerceTypes: false }).compile(schema);
}

/** The fuse table electron-builder hands to @electron/fuses for the config's `electronFuses`. */
export function builderFuseTable(electronFuses: unknown): Promise<Record<string, unknown>> {
  return PlatformPackager.prototype.generateFuseConfig.call({}, electronFuses);
}

export function libVersion(): string {
  return (libRequire('./package.json') as { version: string }).version;
}

interface FusesModule {
  flipFuses(path: string, config: Record<string, unknown>): Promise<number>;
  getCurrentFuseWire(path: string): Promise<Record<string, unknown>>;
  FuseV1Options: Record<string, number>;
}

/** The @electron/fuses electron-builder itself loads. */
export const fuses = libRequire('@electron/fuses') as FusesModule;
export const FUSE_SENTINEL = (libRequire('@electron/fuses/dist/constants.js') as { SENTINEL: string }).SENTINEL;
