import type { AccountOf } from '../../../../src/shared/domain/account';
import { createLinkRequestSchema, type CreateLinkRequest } from '../../../../src/shared/domain/link';
import type { Clock } from '../../../../src/main/clock';
import { createHttpClient } from '../../../../src/main/http/http-client';
import type { ProviderContext } from '../../../../src/main/providers/provider';
import type { OduyoEmulator } from '../../../emulators/oduyo/oduyo-emulator';

/** A clock the test moves by hand. */
export function manualClock(start = '2025-07-21T09:00:00Z'): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

export function oduyoAccount(id = 'acc_oduyo0001', username = 'magaza@example.com'): AccountOf<'oduyo'> {
  return {
    id,
    provider: 'oduyo',
    label: 'Ödüyo mağaza',
    environment: 'custom',
    createdAt: '2025-07-01T00:00:00.000Z',
    updatedAt: '2025-07-01T00:00:00.000Z',
    settings: { username },
  };
}

export function oduyoContext(
  emulator: OduyoEmulator,
  patch: { account?: AccountOf<'oduyo'>; password?: string; apiKey?: string; clock?: Clock } = {},
): ProviderContext<'oduyo'> {
  const account = patch.account ?? oduyoAccount(undefined, emulator.credentials.username);
  return {
    account,
    baseUrl: emulator.baseUrl,
    secrets: { password: patch.password ?? emulator.credentials.password, apiKey: patch.apiKey ?? emulator.credentials.apiKey },
    http: createHttpClient(),
    clock: patch.clock ?? manualClock(),
  };
}

let counter = 0;
export function linkRequest(patch: Partial<CreateLinkRequest> = {}): CreateLinkRequest {
  counter += 1;
  return createLinkRequestSchema.parse({
    reference: `PD${String(counter).padStart(10, '0')}`,
    linkType: 'amount',
    amount: { minor: 50_000, currency: 'TRY' },
    description: 'Sipariş',
    customer: { oduyoCustomerId: '76', email: 'pinar.koprulu@oduyo.com.tr' },
    maxInstallments: 1,
    language: 'tr',
    ...patch,
  });
}

/** Everything an error may show: it must never contain these. */
export function expectNoSecrets(value: unknown, secrets: readonly string[]): void {
  const text = JSON.stringify(value);
  for (const secret of secrets) if (text.includes(secret)) throw new Error('A secret leaked into an error');
}
