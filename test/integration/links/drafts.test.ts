import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { OutboxItem, OutboxSummary } from '../../../src/shared/domain/outbox-item';
import { createInput, paytrRequest, startLinkKit, waitFor, type LinkKit } from './link-kit';

/** Drafts (#21.2): saved by the owner, never sent by themselves, sent once when the owner says so. */
let kit: LinkKit;
beforeAll(async () => (kit = await startLinkKit()));
afterAll(async () => kit.dispose());

type Outcome = { item: OutboxItem; record: LinkRecord | null };
const creates = () => kit.paytr.emulator.count('POST /odeme/api/link/create');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('drafts', () => {
  it('a draft calls no provider, is not counted as waiting, and survives a restart still a draft', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    const before = creates();
    const saved = await kit.ok<Outcome>('links:create', createInput(account, request, 'draft'));
    expect(saved).toMatchObject({ item: { state: 'draft', attempts: 0 }, record: null });
    // Many worker rounds (idle checks every 30 ms), then a restart: still nothing sent.
    await pause(300);
    await kit.h.restart();
    await pause(300);
    expect(await kit.item(request.reference)).toMatchObject({ state: 'draft', attempts: 0 });
    expect(creates()).toBe(before);
    const { summary } = await kit.ok<{ summary: OutboxSummary }>('outbox:list');
    expect(summary.counts.draft).toBeGreaterThanOrEqual(1);
    expect(summary.pending).toBe(0);
    expect(await kit.record(request.reference)).toBeUndefined();
  });

  it('editing a draft keeps it a draft; saving it again from the form replaces it; then "create" sends it once', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    await kit.ok('links:create', createInput(account, request, 'draft'));
    const edited = await kit.ok<OutboxItem>('outbox:edit', { id: request.reference, request: { ...request, description: 'Kumaş' } });
    expect(edited).toMatchObject({ state: 'draft', job: { request: { description: 'Kumaş' } } });
    const resaved = await kit.ok<Outcome>('links:create', createInput(account, { ...request, description: 'Kumaş perde' }, 'draft'));
    expect(resaved.item).toMatchObject({ state: 'draft', job: { request: { description: 'Kumaş perde' } } });

    const before = creates();
    const sent = await kit.ok<OutboxItem>('outbox:send-now', { id: request.reference });
    expect(sent.state).toBe('created');
    expect(creates()).toBe(before + 1);
    expect((await kit.record(request.reference))?.description).toBe('Kumaş perde');
    // Pressing it again (a second window, a double click) finds nothing to send.
    expect(await kit.invoke('outbox:send-now', { id: request.reference })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(creates()).toBe(before + 1);
  });

  it('creating from the form with a draft’s reference sends that draft (one link, not two)', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    await kit.ok('links:create', createInput(account, request, 'draft'));
    const before = creates();
    const outcome = await kit.ok<Outcome>('links:create', createInput(account, request, 'now'));
    expect(outcome.item.state).toBe('created');
    expect(outcome.record?.url).toBeTruthy();
    expect(creates()).toBe(before + 1);
  });

  it('a draft sent while the provider is down waits in the outbox and then goes by itself', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    await kit.ok('links:create', createInput(account, request, 'draft'));
    await kit.paytr.emulator.stop();
    try {
      const sent = await kit.ok<OutboxItem>('outbox:send-now', { id: request.reference });
      expect(sent.state).toBe('retry-wait');
    } finally {
      await kit.paytr.emulator.start();
    }
    await waitFor(async () => (await kit.item(request.reference))?.state === 'created', 8000, 'the draft sent once the provider is back');
    expect(kit.paytr.links.size).toBeGreaterThan(0);
  });

  it('a deleted draft is never sent, and its reference cannot be sent afterwards', async () => {
    const account = await kit.account('paytr');
    const request = paytrRequest();
    await kit.ok('links:create', createInput(account, request, 'draft'));
    expect(await kit.ok<OutboxItem>('outbox:cancel', { id: request.reference })).toMatchObject({ state: 'cancelled' });
    const before = creates();
    expect(await kit.invoke('outbox:send-now', { id: request.reference })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await pause(200);
    expect(creates()).toBe(before);
  });
});
