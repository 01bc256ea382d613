import { describe, expect, it } from 'vitest';
import { paynetVerdict } from '../../../../src/main/callbacks/paynet-callback';

/** The confirmation_url body as docs/providers/paynet.md lists it: never trusted, only a link to check. */
const documented = {
  referance_no: 'PD0123456789AB',
  xact_date: '2026-12-01T10:00:00',
  agent_id: '',
  bank_id: '0062',
  instalment: 1,
  card_holder: 'AYSE YILMAZ',
  card_number: '435508******4358',
  amount: 149.99,
  netAmount: 145.49,
  comission: 4.5,
  comission_tax: 0,
  currency: 'TRY',
  authorization_code: '123456',
  order_id: 'X01',
  is_succeed: true,
};

describe('Paynet confirmation verdict', () => {
  it('the documented spelling `referance_no`: needs a check, with what it claims', () => {
    expect(paynetVerdict(JSON.stringify(documented))).toEqual({
      kind: 'needs-check',
      reference: 'PD0123456789AB',
      claimedAmountMinor: 14999,
      claimedTransaction: 'X01',
    });
  });

  it('the plain spelling `reference_no` too', () => {
    const { referance_no: reference, ...rest } = documented;
    expect(paynetVerdict(JSON.stringify({ ...rest, reference_no: reference }))).toMatchObject({ kind: 'needs-check', reference: 'PD0123456789AB' });
  });

  it('both spellings naming different links, or none: unreadable', () => {
    expect(paynetVerdict(JSON.stringify({ ...documented, reference_no: 'PDOTHER' })).kind).toBe('unreadable');
    const { referance_no: _gone, ...none } = documented;
    expect(paynetVerdict(JSON.stringify(none)).kind).toBe('unreadable');
  });

  it.each([['not JSON', 'referance_no=PD1'], ['an array', '[]'], ['null', 'null'], ['a number reference', '{"referance_no":12}'], ['a long reference', JSON.stringify({ referance_no: 'P'.repeat(51) })]])(
    'unreadable: %s',
    (_name, body) => {
      expect(paynetVerdict(body)).toEqual({ kind: 'unreadable' });
    },
  );
});
