import { describe, expect, it } from 'vitest';
import { contactPatchSchema } from '../../../../src/shared/domain/contact';
import { contactPatchFrom, valuesOfContact } from '../../../../src/renderer/src/features/contacts/contact-form-model';

const blank = { name: '', phone: '', email: '', oduyoCustomerId: '' };

describe('contact edit form', () => {
  it('shows a saved customer the way it was typed (Turkish phones nationally)', () => {
    const values = valuesOfContact({
      id: 'ct_0123456789abcdef',
      name: 'Ayşe Yılmaz',
      phone: '+905551234567',
      lastUsedAt: '2026-11-22T10:00:00.000Z',
      useCount: 2,
    });
    expect(values).toEqual({ name: 'Ayşe Yılmaz', phone: '0555 123 45 67', email: '', oduyoCustomerId: '' });
  });

  it('normalises the phone to E.164 and sends every field (blank ones cleared)', () => {
    const outcome = contactPatchFrom({ name: ' Ayşe ', phone: '0532 111 22 33', email: '', oduyoCustomerId: '76' });
    expect(outcome).toEqual({ ok: true, patch: { name: 'Ayşe', phone: '+905321112233', oduyoCustomerId: '76' } });
    expect(outcome.ok && contactPatchSchema.safeParse(outcome.patch).success).toBe(true);
  });

  it('names each problem, and insists on one way to reach the customer', () => {
    expect(contactPatchFrom({ ...blank, phone: '12', email: 'a@', oduyoCustomerId: 'x1' })).toEqual({
      ok: false,
      problems: { phone: 'contacts.badPhone', email: 'contacts.badEmail', oduyoCustomerId: 'contacts.badOduyoId' },
    });
    expect(contactPatchFrom({ ...blank, name: 'Sadece ad' })).toEqual({ ok: false, problems: { form: 'contacts.needOne' } });
    expect(contactPatchFrom({ ...blank, name: 'x'.repeat(201), email: 'a@b.co' })).toEqual({ ok: false, problems: { name: 'contacts.nameTooLong' } });
  });
});
