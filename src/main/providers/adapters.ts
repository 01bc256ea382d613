import { createIsbankAdapter } from './isbank/isbank-adapter';
import { createOduyoAdapter } from './oduyo/oduyo-adapter';
import { paynetAdapter } from './paynet/paynet-adapter';
import { paytrAdapter } from './paytr/paytr-adapter';
import type { AnyProviderAdapter } from './provider';

/** Ödüyo and İşbank keep session / token caches: one instance each for the app's lifetime. */
export const oduyoAdapter = createOduyoAdapter();
export const isbankAdapter = createIsbankAdapter();

/** Every provider adapter the app ships; each provider folder adds its own here. */
export const builtInAdapters: readonly AnyProviderAdapter[] = [paytrAdapter, paynetAdapter, oduyoAdapter, isbankAdapter];
