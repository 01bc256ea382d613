import { paynetAdapter } from './paynet/paynet-adapter';
import { paytrAdapter } from './paytr/paytr-adapter';
import type { AnyProviderAdapter } from './provider';

/** Every provider adapter the app ships; each provider folder adds its own here. */
export const builtInAdapters: readonly AnyProviderAdapter[] = [paytrAdapter, paynetAdapter];
