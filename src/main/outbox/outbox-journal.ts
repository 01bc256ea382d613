import { z } from 'zod';
import { outboxItemSchema, type OutboxItem } from '@shared/domain/outbox-item';
import type { Clock } from '../clock';
import { AppendJournal, keepDamagedJournal } from '../store/append-journal';
import type { NoticeBoard } from '../store/notice-board';

/** One group commit of the outbox: the items as they now are, and the ids that went. */
export interface JournalEntry {
  epoch: string;
  put: OutboxItem[];
  del: string[];
}

// Items are checked one by one below, so one bad item costs only itself.
const entrySchema = z.object({ epoch: z.string(), put: z.array(z.unknown()), del: z.array(z.string()) });

/**
 * The snapshot's items with the journal lines of the same epoch applied in order. Lines of another
 * epoch are already in the snapshot (or belong to other data) and are skipped. Lines that cannot
 * be read are kept in a copy of the journal next to it and named in a notice; the rest still apply.
 */
export async function replayOutboxJournal(
  path: string,
  snapshot: { items: OutboxItem[]; journal?: { epoch: string } | undefined },
  notices: NoticeBoard,
  clock: Clock,
): Promise<{ items: OutboxItem[]; journalled: boolean }> {
  const items = new Map(snapshot.items.map((item) => [item.id, item]));
  const { entries, damaged, text } = await AppendJournal.read(path);
  let unusable = damaged;
  for (const raw of entries) {
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) {
      unusable++;
      continue;
    }
    // A snapshot without an epoch (one that could not be rewritten at start) is followed by lines of epoch ''.
    if (entry.data.epoch !== (snapshot.journal?.epoch ?? '')) continue;
    for (const value of entry.data.put) {
      const item = outboxItemSchema.safeParse(value);
      if (item.success) items.set(item.data.id, item.data);
      else unusable++;
    }
    for (const id of entry.data.del) items.delete(id);
  }
  if (unusable > 0) await keepDamagedJournal(path, text, 'outbox', notices, clock);
  return { items: [...items.values()], journalled: text.length > 0 };
}
