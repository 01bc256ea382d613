import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { providerToolChannels } from '../../../src/shared/channels/provider-tools';
import { parseServiceSpec } from '../../../src/shared/service-spec';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')) as unknown;
const accountId = 'acc_abcdef12';

describe('provider-tool channels', () => {
  it('carry the documented service model unchanged', () => {
    const model = parseServiceSpec(fixture('isbank-services.json'));
    if (!model.ok) throw new Error('the documented sample must parse');
    expect(providerToolChannels['isbank-services:get'].output.parse(model.value)).toEqual(model.value);
  });

  it('accept well-formed inputs and fill defaults', () => {
    expect(providerToolChannels['oduyo-customers:list'].input.parse({ accountId, query: { text: 'ali' } })).toEqual({
      accountId,
      query: { text: 'ali', limit: 20, offset: 0 },
    });
    expect(providerToolChannels['oduyo-customers:create'].input.parse({ accountId, draft: { name: 'Ali' } }).draft.kind).toBe('person');
    expect(providerToolChannels['isbank:installments'].input.parse({ accountId, merchantNo: '6700123', branchNo: 1 })).toEqual({
      accountId,
      merchantNo: '6700123',
      branchNo: 1,
      currency: 'TRY',
      isDomestic: true,
    });
    const pay = { accountId, reference: 'PD0123456789AB', serviceId: '10065', values: { SubscriberName: 'Ali' }, amount: { minor: 90_000, currency: 'TRY' } };
    expect(providerToolChannels['isbank-services:pay'].input.safeParse(pay).success).toBe(true);
  });

  it('reject malformed inputs', () => {
    const bad: [keyof typeof providerToolChannels, unknown][] = [
      ['oduyo-customers:list', { accountId, query: { limit: 1000 } }],
      ['oduyo-customers:create', { accountId, draft: { name: '', kind: 'person' } }],
      ['oduyo-customers:create', { accountId, draft: { name: 'A', phone: '0532' } }],
      ['isbank:branches', { accountId, merchantNo: '12a' }],
      ['isbank:merchants', { accountId, extra: 1 }],
      ['isbank-services:get', { accountId, serviceId: '../x' }],
    ];
    for (const [channel, input] of bad) expect(providerToolChannels[channel].input.safeParse(input).success, channel).toBe(false);
    const pay = providerToolChannels['isbank-services:pay'].input;
    expect(pay.safeParse({ accountId, serviceId: '1', values: { a: 'x'.repeat(1001) }, amount: { minor: 1, currency: 'TRY' } }).success).toBe(false);
    expect(pay.safeParse({ accountId, serviceId: '1', values: {}, amount: { minor: 0, currency: 'TRY' } }).success).toBe(false);
  });
});
