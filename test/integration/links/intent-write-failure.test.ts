import { said } from '../../support/said';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/shared/domain/notice';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import type { AppError, Result } from '../../../src/shared/result';
import { makeFolderReadOnly } from '../../support/read-only-folder';
import { paynetRequest, startLinkKit, waitFor, type LinkKit } from './link-kit';

/** The outbox intent cannot be written (a data folder that refuses writes): nothing may reach the provider. */
let kit: LinkKit;
let accountId: string;
beforeAll(async () => {
  kit = await startLinkKit();
  accountId = await kit.account('paynet');
});
afterAll(() => kit.dispose());

describe('a store write the data folder refuses', () => {
  it('answers with why in plain words (never "something went wrong") and changes nothing', async (context) => {
    const undo = await makeFolderReadOnly(kit.h.dataDir);
    if (!undo) return context.skip('no way to make a folder read-only here (needs chattr as root, or a non-root user)');
    let result: Result<unknown>;
    try {
      result = await kit.invoke('settings:update', { language: 'en' });
    } finally {
      await undo();
    }
    expect(result.ok).toBe(false);
    const error = (result as { error: AppError }).error;
    expect(error.code).toBe('storage-write-failed');
    expect(said(error, 'en')).toMatch(/not allowed to write to its data folder/);
    expect(said(error, 'en')).not.toMatch(/something/i);
    expect(await kit.ok('settings:get')).toMatchObject({ language: 'tr' });
  });
});

describe('a link whose intent cannot be written', () => {
  it('is refused with plain words and a notice that nothing was sent; the provider gets no request', async (context) => {
    const undo = await makeFolderReadOnly(kit.h.dataDir);
    if (!undo) return context.skip('no way to make a folder read-only here (needs chattr as root, or a non-root user)');
    const requestsBefore = kit.paynet.requests.length;
    const request = paynetRequest();
    let result: Result<unknown>;
    try {
      result = await kit.invoke('links:create', { accountId, request, mode: 'now' });
    } finally {
      await undo();
    }

    expect(result.ok).toBe(false);
    const error = (result as { error: AppError }).error;
    expect(error.code).toBe('storage-write-failed');
    expect(said(error, 'en')).toMatch(/not allowed to write to its data folder.*Nothing was sent/);
    expect(said(error, 'tr')).toMatch(/yazma izni yok.*Hiçbir şey gönderilmedi/);
    expect(kit.paynet.requests.length).toBe(requestsBefore);
    expect(kit.paynet.linkByReference(request.reference)).toBeUndefined();
    const notices = await kit.ok<Notice[]>('app:notices');
    expect(notices).toContainEqual(
      expect.objectContaining({ kind: 'store-write-failed', store: 'outbox', problem: 'no-permission', outcome: 'nothing-sent' }),
    );

    // Once the folder takes writes again, the same request goes out, once.
    const again = await kit.ok<{ item: OutboxItem }>('links:create', { accountId, request, mode: 'now' });
    expect(again.item.state).toBe('created');
    expect(kit.paynet.links.filter((l) => l.reference_no === request.reference)).toHaveLength(1);
  });
});

describe('a queued link the worker cannot claim', () => {
  it('stays queued with a notice that nothing was sent, and goes out once the folder takes writes again', async (context) => {
    kit.online.value = false;
    const request = paynetRequest();
    await kit.ok('links:create', { accountId, request, mode: 'later' });
    for (const notice of await kit.ok<Notice[]>('app:notices')) await kit.ok('app:dismiss-notice', { id: notice.id });
    const undo = await makeFolderReadOnly(kit.h.dataDir);
    if (!undo) return context.skip('no way to make a folder read-only here (needs chattr as root, or a non-root user)');
    try {
      kit.online.value = true;
      await waitFor(async () => (await kit.ok<Notice[]>('app:notices')).some((n) => n.outcome === 'nothing-sent'), 10_000, 'the notice');
      expect(kit.paynet.linkByReference(request.reference)).toBeUndefined();
      expect((await kit.item(request.reference))?.state).toBe('queued');
    } finally {
      await undo();
    }
    await waitFor(async () => (await kit.item(request.reference))?.state === 'created', 10_000, 'created after the folder took writes again');
    expect(kit.paynet.links.filter((l) => l.reference_no === request.reference)).toHaveLength(1);
  });
});

