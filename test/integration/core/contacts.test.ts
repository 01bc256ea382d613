import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreHarness, type CoreHarness } from '../../support/core-harness';

/** The contacts channels through createCore: what Settings and the link form's autocomplete call. */
let h: CoreHarness;
beforeEach(async () => {
  h = await startCoreHarness();
});
afterEach(() => h.dispose());

describe('contacts channels', () => {
  it('lists what the link service remembered, edits and removes, and keeps it across a restart', async () => {
    await h.core.contacts.remember({ name: 'Ayşe Yılmaz', phone: '+905321234567' }, 'sms');
    await h.core.contacts.remember({ name: 'Işıl Kaya', email: 'isil@example.com' });

    const found = await h.core.invoke('contacts:list', { text: 'AYŞE', limit: 10 });
    expect(found).toMatchObject({ ok: true, value: [{ name: 'Ayşe Yılmaz', phone: '+905321234567', lastChannel: 'sms' }] });
    const id = (found as { value: { id: string }[] }).value[0]!.id;

    const edited = await h.core.invoke('contacts:update', {
      id,
      patch: { name: 'Ayşe Yılmaz', phone: '+905321234567', email: 'ayse@example.com' },
    });
    expect(edited).toMatchObject({ ok: true, value: { id, email: 'ayse@example.com', useCount: 1 } });

    const core = await h.restart();
    expect(await core.invoke('contacts:list', { limit: 10 })).toMatchObject({
      ok: true,
      value: [{ name: 'Işıl Kaya' }, { id, email: 'ayse@example.com' }],
    });
    expect(await core.invoke('contacts:remove', { id })).toEqual({ ok: true, value: { done: true } });
    expect(await core.invoke('contacts:remove', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await core.invoke('contacts:list', { text: 'ayşe', limit: 10 })).toEqual({ ok: true, value: [] });
  });

  it('refuses malformed input at the seam', async () => {
    expect(await h.core.invoke('contacts:update', { id: 'ct_0123456789', patch: { phone: '0532 123 45 67' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await h.core.invoke('contacts:list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
