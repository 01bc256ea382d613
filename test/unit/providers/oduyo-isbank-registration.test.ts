import { describe, expect, it } from 'vitest';
import { builtInAdapters, isbankAdapter, oduyoAdapter } from '../../../src/main/providers/adapters';
import { isIsbankAdapter } from '../../../src/main/providers/isbank/isbank-adapter';
import { isOduyoAdapter } from '../../../src/main/providers/oduyo/oduyo-adapter';
import { createProviderRegistry } from '../../../src/main/providers/registry';

describe('Ödüyo and İşbank registration', () => {
  it('ships one long-lived instance of each, reachable through the registry with their extra calls', () => {
    const registry = createProviderRegistry(builtInAdapters);
    expect(registry.get('oduyo')).toBe(oduyoAdapter);
    expect(registry.get('isbank')).toBe(isbankAdapter);
    expect(isOduyoAdapter(registry.get('oduyo'))).toBe(true);
    expect(isIsbankAdapter(registry.get('isbank'))).toBe(true);
    expect(isOduyoAdapter(undefined)).toBe(false);
    expect(oduyoAdapter.capabilities).toMatchObject({ linkTypes: ['amount', 'open-amount'], expiry: 'date', customerAccounts: true });
  });
});
