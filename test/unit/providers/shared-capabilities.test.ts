import { describe, expect, it } from 'vitest';
import { createBuiltInAdapters } from '../../../src/main/providers/adapters';
import { providerCapabilities } from '../../../src/shared/domain/provider-capabilities';
import { providerIds } from '../../../src/shared/domain/provider-id';

describe('capability tables', () => {
  it('are the very objects the adapters declare, so the form and main never disagree', () => {
    expect(createBuiltInAdapters().map((a) => a.id).sort()).toEqual([...providerIds].sort());
    for (const adapter of createBuiltInAdapters()) expect(adapter.capabilities).toBe(providerCapabilities[adapter.id]);
  });

  it('offer only currencies and link types each provider documents', () => {
    expect(providerCapabilities.paytr.currencies).toEqual(['TRY', 'EUR', 'USD', 'GBP', 'RUB']);
    for (const id of ['paynet', 'oduyo', 'isbank'] as const) expect(providerCapabilities[id].currencies).toEqual(['TRY']);
    expect(providerCapabilities.paynet.providerSms).toBe('at-create');
    expect(providerCapabilities.paytr.providerSms).toBe('after-create');
    expect(providerCapabilities.isbank.expiry).toBe('one-day');
  });
});
