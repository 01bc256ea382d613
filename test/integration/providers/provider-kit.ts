import type { Emulator } from '../../emulators/emulator-server';
import { systemClock } from '../../../src/main/clock';
import { createHttpClient } from '../../../src/main/http/http-client';
import type { ProviderContext } from '../../../src/main/providers/provider';
import type { PaynetEmulator } from '../../emulators/paynet/paynet-emulator';
import type { PaytrEmulator } from '../../emulators/paytr/paytr-emulator';

/** Every request the emulator saw, on any endpoint (processed or not). */
export const totalRequests = (emulator: Emulator): number =>
  [...emulator.requestsByEndpoint.values()].reduce((sum, n) => sum + n, 0);

const stamp = '2025-01-01T00:00:00.000Z';

export function paytrContext(
  emu: PaytrEmulator,
  over: { merchantId?: string; merchantKey?: string; merchantSalt?: string; baseUrl?: string } = {},
): ProviderContext<'paytr'> {
  return {
    account: {
      id: 'acc_paytrtest01',
      label: 'PayTR (emulator)',
      environment: 'custom',
      baseUrl: emu.url,
      createdAt: stamp,
      updatedAt: stamp,
      provider: 'paytr',
      settings: { merchantId: over.merchantId ?? emu.keys.merchantId },
    },
    baseUrl: over.baseUrl ?? emu.url,
    secrets: { merchantKey: over.merchantKey ?? emu.keys.merchantKey, merchantSalt: over.merchantSalt ?? emu.keys.merchantSalt },
    http: createHttpClient(),
    clock: systemClock,
  };
}

export function paynetContext(emu: PaynetEmulator, over: { secretKey?: string; baseUrl?: string; agentId?: string } = {}): ProviderContext<'paynet'> {
  return {
    account: {
      id: 'acc_paynettest1',
      label: 'Paynet (emulator)',
      environment: 'custom',
      baseUrl: emu.url,
      createdAt: stamp,
      updatedAt: stamp,
      provider: 'paynet',
      settings: over.agentId ? { agentId: over.agentId } : {},
    },
    baseUrl: over.baseUrl ?? emu.url,
    secrets: { secretKey: over.secretKey ?? emu.secretKey },
    http: createHttpClient(),
    clock: systemClock,
  };
}

/** The app-side record of an existing link, as the link service keeps it. */
export const linkRef = (reference: string, providerRefs: Record<string, string>) => ({ reference, providerRefs, createdAt: stamp });
