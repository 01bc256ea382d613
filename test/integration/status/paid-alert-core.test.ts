import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { PaidAlert } from '../../../src/shared/domain/paid-alert';
import type { Settings } from '../../../src/shared/domain/settings';
import { createInput, paynetRequest, startLinkKit, type LinkKit } from '../links/link-kit';

/**
 * The "payment received" alert through createCore: `links:paid` once per transition to paid,
 * `paidUnseen` on the record across a restart until `links:mark-seen`, and the sound setting.
 */
let kit: LinkKit;
let alerts: PaidAlert[];
const listen = () => kit.h.core.events.on('links:paid', (alert) => alerts.push(alert));

beforeEach(async () => {
  alerts = [];
  kit = await startLinkKit({ statusPolling: false });
  listen();
});
afterEach(() => kit.dispose());

async function paynetLink(over = {}): Promise<LinkRecord> {
  const accountId = await kit.account('paynet');
  const outcome = await kit.ok<{ record: LinkRecord | null }>('links:create', createInput(accountId, paynetRequest(over)));
  return outcome.record!;
}

describe('paid alert', () => {
  it('is emitted once when a check sees the payment, and the link stays unseen across a restart', async () => {
    const link = await paynetLink({ customer: { name: 'Ayşe Yılmaz' }, description: 'Okul çantası' });
    const active = await kit.ok<LinkRecord>('links:check-status', { reference: link.reference });
    expect(active.status).toBe('active');
    expect(alerts).toEqual([]);

    kit.paynet.markPaid(link.reference);
    const paid = await kit.ok<LinkRecord>('links:check-status', { reference: link.reference });
    expect(paid).toMatchObject({ status: 'paid', paidUnseen: true });
    expect(alerts).toEqual([
      {
        reference: link.reference,
        amount: { minor: paid.paidAmountMinor, currency: 'TRY' },
        customerName: 'Ayşe Yılmaz',
        description: 'Okul çantası',
        accountLabel: 'Paynet',
      },
    ]);
    expect(kit.notifications.filter((n) => n.title === 'Ödeme alındı')).toHaveLength(1);

    // A second look at a link already paid is no new payment.
    await kit.ok('links:check-status', { reference: link.reference });
    expect(alerts).toHaveLength(1);

    await kit.h.restart();
    listen();
    expect(await kit.record(link.reference)).toMatchObject({ status: 'paid', paidUnseen: true });
    const rows = await kit.ok<{ rows: LinkRecord[] }>('history:query', { filter: {}, offset: 0, limit: 10 });
    expect(rows.rows.find((r) => r.reference === link.reference)?.paidUnseen).toBe(true);

    const seen = await kit.ok<LinkRecord>('links:mark-seen', { reference: link.reference });
    expect(seen.paidUnseen).toBeUndefined();
    await kit.h.restart();
    expect((await kit.record(link.reference))?.paidUnseen).toBeUndefined();
    // Seen again: nothing to change, still fine.
    expect((await kit.ok<LinkRecord>('links:mark-seen', { reference: link.reference })).status).toBe('paid');
    expect(alerts).toHaveLength(1);
  });

  it('two payments are two alerts; a payment marked by hand is none', async () => {
    const first = await paynetLink();
    const second = await paynetLink();
    const third = await paynetLink();
    kit.paynet.markPaid(first.reference);
    kit.paynet.markPaid(second.reference);
    await kit.ok('links:check-status', { reference: first.reference });
    await kit.ok('links:check-status', { reference: second.reference });
    expect(alerts.map((a) => a.reference)).toEqual([first.reference, second.reference]);

    const byHand = await kit.ok<LinkRecord>('links:mark-paid', { reference: third.reference });
    expect(byHand.status).toBe('paid');
    expect(byHand.paidUnseen).toBeUndefined();
    expect(alerts).toHaveLength(2);
  });

  it('mark-seen takes only a reference', async () => {
    expect(await kit.invoke('links:mark-seen', { reference: 'not a reference' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await kit.invoke('links:mark-seen', { reference: 'PD0000000000NOPE' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await kit.invoke('links:mark-seen', { reference: 'PD0000000000NOPE', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('the sound is on by default, also for a settings file from before the setting, and can be turned off', async () => {
    expect((await kit.ok<Settings>('settings:get')).paidSound).toBe(true);
    await kit.h.restart(async () => {
      const file = { schemaVersion: 1, data: { settings: { language: 'en', shopName: 'Eski Dükkan' } } };
      await writeFile(join(kit.h.dataDir, 'settings.json'), JSON.stringify(file));
    });
    expect(await kit.ok<Settings>('settings:get')).toMatchObject({ shopName: 'Eski Dükkan', paidSound: true });
    expect((await kit.ok<Settings>('settings:update', { paidSound: false })).paidSound).toBe(false);
    await kit.h.restart();
    expect((await kit.ok<Settings>('settings:get')).paidSound).toBe(false);
  });
});
