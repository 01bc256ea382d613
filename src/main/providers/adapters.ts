import { createIsbankAdapter } from './isbank/isbank-adapter';
import { createOduyoAdapter } from './oduyo/oduyo-adapter';
import { paynetAdapter } from './paynet/paynet-adapter';
import { paytrAdapter } from './paytr/paytr-adapter';
import type { AnyProviderAdapter } from './provider';

/**
 * Every provider adapter the app ships, fresh for one core: Ödüyo and İşbank keep session and
 * token caches and TLS agents, which that core's stop disposes. Each provider folder adds its own here.
 */
export function createBuiltInAdapters(): AnyProviderAdapter[] {
  return [paytrAdapter, paynetAdapter, createOduyoAdapter(), createIsbankAdapter()];
}
