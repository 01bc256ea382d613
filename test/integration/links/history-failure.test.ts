import { said } from '../../support/said';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkRecord } from '../../../src/shared/domain/link-record';
import type { Notice } from '../../../src/shared/domain/notice';
import type { OutboxItem } from '../../../src/shared/domain/outbox-item';
import { makeFolderReadOnly } from '../../support/read-only-folder';
import { createInput, paytrRequest, startLinkKit, type LinkKit } from './link-kit';

/** After the provider said yes, PayDesk's own failure (history cannot be written) is `unknown`, never `failed`. */
let kit: LinkKit;
let account: string;
beforeAll(async () => {
  kit = await startLinkKit();
  account = await kit.account('paytr');
});
afterAll(async () => kit.dispose());

type Outcome = { item: OutboxItem; record: LinkRecord | null };

describe('history refuses the record of a link the provider made', () => {
  it('the item is unknown with the "may have been created" notice, and "send now" makes no second link', async (context) => {
    const undo = await makeFolderReadOnly(join(kit.h.dataDir, 'history'));
    if (!undo) return context.skip('no way to make a folder read-only here (needs chattr as root, or a non-root user)');
    const request = paytrRequest();
    const before = kit.paytr.links.size;
    let outcome: Outcome;
    try {
      outcome = await kit.ok<Outcome>('links:create', createInput(account, request));
      expect(await kit.invoke('outbox:send-now', { id: request.reference })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    } finally {
      await undo();
    }
    expect(outcome.item).toMatchObject({ state: 'unknown', lastError: { code: 'ambiguous' } });
    expect(said(outcome.item.lastError, 'en')).toMatch(/may have been created/i);
    expect(kit.paytr.links.size).toBe(before + 1);
    const notices = await kit.ok<Notice[]>('app:notices');
    expect(notices).toContainEqual(expect.objectContaining({ kind: 'store-write-failed', store: 'history', outcome: 'may-have-been-created' }));
  });
});
