import { describe, expect, it } from 'vitest';
import { createBuiltInAdapters } from '../../../src/main/providers/adapters';
import { bindProvider } from '../../../src/main/providers/bound-provider';
import { isIsbankAdapter } from '../../../src/main/providers/isbank/isbank-adapter';
import { isOduyoAdapter } from '../../../src/main/providers/oduyo/oduyo-adapter';
import type { ProviderContext } from '../../../src/main/providers/provider';
import { createProviderRegistry } from '../../../src/main/providers/registry';

describe('Ödüyo and İşbank registration', () => {
  it('ships one instance of each per core, reachable through the registry with their extra calls', () => {
    const registry = createProviderRegistry(createBuiltInAdapters());
    expect(isOduyoAdapter(registry.get('oduyo'))).toBe(true);
    expect(isIsbankAdapter(registry.get('isbank'))).toBe(true);
    expect(isOduyoAdapter(undefined)).toBe(false);
    expect(registry.get('oduyo')?.capabilities).toMatchObject({ linkTypes: ['amount', 'open-amount'], expiry: 'date', customerAccounts: true });
    // A second core gets its own caches.
    expect(createProviderRegistry(createBuiltInAdapters()).get('isbank')).not.toBe(registry.get('isbank'));
  });

  it('binds each provider\'s own calls, and only those, to an account', () => {
    const registry = createProviderRegistry(createBuiltInAdapters());
    const ctx = {} as ProviderContext;
    const oduyo = bindProvider(registry.get('oduyo')!, ctx as ProviderContext<'oduyo'>);
    const isbank = bindProvider(registry.get('isbank')!, ctx as ProviderContext<'isbank'>);
    const paytr = bindProvider(registry.get('paytr')!, ctx as ProviderContext<'paytr'>);
    expect(Object.keys(oduyo.oduyoCustomers ?? {})).toEqual(['list', 'create']);
    expect(oduyo.isbank).toBeUndefined();
    expect(Object.keys(isbank.isbank ?? {}).sort()).toEqual(['branches', 'currencies', 'installments', 'merchants', 'payService', 'serviceSpec']);
    expect(paytr.isbank ?? paytr.oduyoCustomers).toBeUndefined();
    expect(paytr.sendSms).toBeTypeOf('function');
  });
});
