import type { ProviderId } from '@shared/domain/provider-id';
import type { AnyProviderAdapter, ProviderAdapter } from './provider';

export interface ProviderRegistry {
  get<P extends ProviderId>(id: P): ProviderAdapter<P> | undefined;
  list(): readonly AnyProviderAdapter[];
}

export function createProviderRegistry(adapters: readonly AnyProviderAdapter[]): ProviderRegistry {
  const byId = new Map<ProviderId, AnyProviderAdapter>(adapters.map((a) => [a.id, a]));
  return {
    get: <P extends ProviderId>(id: P) => byId.get(id) as ProviderAdapter<P> | undefined,
    list: () => adapters,
  };
}
