import type { AnyProviderAdapter } from './provider';

/** Every provider adapter the app ships; each provider folder adds its own here. */
export const builtInAdapters: readonly AnyProviderAdapter[] = [];
