import type { AccountOf } from '../../../../src/shared/domain/account';
import { createLinkRequestSchema, type CreateLinkRequest } from '../../../../src/shared/domain/link';
import type { Clock } from '../../../../src/main/clock';
import { createHttpClient } from '../../../../src/main/http/http-client';
import type { ProviderContext } from '../../../../src/main/providers/provider';
import type { IsbankEmulator } from '../../../emulators/isbank/isbank-emulator';

export function manualClock(start = '2025-07-21T09:00:00Z'): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => void (now += ms) };
}

export function isbankAccount(settings: AccountOf<'isbank'>['settings'] = {}, id = 'acc_isbank001'): AccountOf<'isbank'> {
  return {
    id,
    provider: 'isbank',
    label: 'İşbank POS',
    environment: 'custom',
    createdAt: '2025-07-01T00:00:00.000Z',
    updatedAt: '2025-07-01T00:00:00.000Z',
    settings,
  };
}

export function isbankContext(
  emulator: IsbankEmulator,
  patch: { account?: AccountOf<'isbank'>; clientSecret?: string; clientKey?: string; clock?: Clock } = {},
): ProviderContext<'isbank'> {
  return {
    account: patch.account ?? isbankAccount(),
    baseUrl: emulator.baseUrl,
    secrets: {
      clientId: emulator.credentials.clientId,
      clientSecret: patch.clientSecret ?? emulator.credentials.clientSecret,
      ...(patch.clientKey ? { clientKey: patch.clientKey } : {}),
    } as ProviderContext<'isbank'>['secrets'],
    http: createHttpClient(),
    clock: patch.clock ?? manualClock(),
  };
}

let counter = 0;
export function isbankLinkRequest(patch: Partial<CreateLinkRequest> = {}): CreateLinkRequest {
  counter += 1;
  const reference = `PD${String(counter).padStart(10, '0')}`;
  return createLinkRequestSchema.parse({
    reference,
    linkType: 'amount',
    amount: { minor: 30_000, currency: 'TRY' },
    description: `Sipariş ${reference}`,
    customer: {},
    maxInstallments: 1,
    language: 'tr',
    isbank: { merchantNo: '6700123', branchNo: 1, isDomestic: true },
    ...patch,
  });
}
