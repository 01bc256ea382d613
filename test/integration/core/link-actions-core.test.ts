import { withWords } from '../../support/said';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import { createInput, paynetRequest, paytrRequest, startLinkKit, waitFor, type LinkKit } from '../links/link-kit';

/**
 * The link actions and the status poller through createCore, as the window calls them: accounts
 * with secrets in the real keychain, links made with links:create at the emulators, history on
 * real files, `history:changed` events, the poller's timer and core.stop().
 */
let kit: LinkKit;
let opened: string[];
let changed: string[];
beforeEach(async () => {
  opened = [];
  changed = [];
  kit = await startLinkKit({
    openExternal: async (url) => void opened.push(url),
    statusPolicy: { startDelayMs: 0, tickMs: 25, freshIntervalMs: 0, dayIntervalMs: 0, oldIntervalMs: 0 },
  });
  kit.h.core.events.on('history:changed', ({ references }) => changed.push(...references));
});
afterEach(() => kit.dispose());

async function create(provider: 'paytr' | 'paynet', over = {}): Promise<LinkRecord> {
  const accountId = await kit.account(provider);
  const request = provider === 'paytr' ? paytrRequest({ customer: { phone: '+905321234567' }, ...over }) : paynetRequest(over);
  const outcome = await kit.ok<{ record: LinkRecord | null }>('links:create', createInput(accountId, request));
  return outcome.record!;
}

describe('link actions through createCore', () => {
  it('share on WhatsApp, note, cancel at PayTR; each answers the record and announces the change', async () => {
    await kit.ok('settings:update', { shopName: 'Işıklı Kırtasiye' });
    const link = await create('paytr');

    const shared = await kit.ok<LinkRecord>('links:share', { reference: link.reference, channel: 'whatsapp' });
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/^https:\/\/wa\.me\/905321234567\?text=/);
    expect(new URL(opened[0]!).searchParams.get('text')).toContain('Işıklı Kırtasiye için 14,45 ₺ tutarındaki ödemenizi');
    expect(shared.timeline.at(-1)).toMatchObject({ kind: 'sent', channel: 'whatsapp', outcome: 'ok' });
    expect(changed).toContain(link.reference);

    await kit.ok('links:note', { reference: link.reference, event: 'qr-shown' });
    const cancelled = await kit.ok<LinkRecord>('links:cancel', { reference: link.reference });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.timeline.map((e) => e.kind)).toEqual(['created', 'sent', 'qr-shown', 'cancelled']);
    expect(kit.paytr.links.get(link.providerRefs.id!)!.deleted).toBe(true);
    expect((await kit.record(link.reference))!.status).toBe('cancelled');
  });

  it('PayTR has no look-up: check-status says why; mark-paid by hand is recorded as such', async () => {
    const link = await create('paytr');
    expect(withWords(await kit.invoke('links:check-status', { reference: link.reference }))).toMatchObject({
      ok: false,
      error: { code: 'unsupported', userMessage: { tr: expect.stringContaining('PayTR'), en: expect.stringContaining('callback') } },
    });
    const paid = await kit.ok<LinkRecord>('links:mark-paid', { reference: link.reference });
    expect(paid).toMatchObject({ status: 'paid', paidAmountMinor: 1445 });
    expect(paid.timeline.at(-1)).toMatchObject({ kind: 'marked-paid', outcome: 'ok' });
    expect(kit.notifications.filter((n) => n.title === 'Ödeme alındı')).toEqual([]);
  });

  it('unknown references and malformed input are refused at the seam', async () => {
    expect(await kit.invoke('links:cancel', { reference: 'PD0000000000NOPE' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await kit.invoke('links:share', { reference: 'PD0000000000NOPE', channel: 'sms' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('the status poller inside the core', () => {
  it('finds a Paynet payment by itself, notifies, and stops with the core', async () => {
    const link = await create('paynet');
    kit.paynet.markPaid(link.reference);
    const paid = await waitFor(async () => {
      const record = await kit.record(link.reference);
      return record?.status === 'paid' ? record : undefined;
    }, 10_000, 'the poller to see the payment');
    expect(paid).toMatchObject({ paidAmountMinor: 14_999, statusCheckedAt: expect.any(String) });
    expect(kit.notifications).toContainEqual({ title: 'Ödeme alındı', body: expect.stringContaining('149,99 ₺') });
    expect(changed).toContain(link.reference);

    const other = await create('paynet');
    await waitFor(async () => (await kit.record(other.reference))?.statusCheckedAt, 10_000, 'a check of the second link');
    await kit.h.core.stop();
    const asked = kit.paynet.emulator.countReference(other.reference);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(kit.paynet.emulator.countReference(other.reference)).toBe(asked);
    await kit.h.restart(); // a live core again for dispose()
  });
});
