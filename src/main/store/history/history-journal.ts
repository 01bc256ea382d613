import { z } from 'zod';
import { linkRecordSchema, type LinkRecord } from '@shared/domain/link-record';
import { AppendJournal } from '../append-journal';

/** `history/journal.jsonl`: each line puts one record at its place (segment, slot) until the segments are rewritten. */
export const HISTORY_JOURNAL_FILE = 'journal.jsonl';

export interface JournalPut {
  segment: number;
  slot: number;
  record: LinkRecord;
}

const lineSchema = z.object({ segment: z.number().int().min(1), slot: z.number().int().min(0), record: z.unknown() });

/**
 * The journal's puts in order. Each is absolute (this record at this place), so replaying lines
 * already written into their segment (a crash while folding) gives the same result. Lines that
 * cannot be used are counted, the rest still apply.
 */
export async function readHistoryJournal(path: string): Promise<{ puts: JournalPut[]; unusable: number; text: string }> {
  const { entries, damaged, text } = await AppendJournal.read(path);
  const puts: JournalPut[] = [];
  let unusable = damaged;
  for (const raw of entries) {
    const line = lineSchema.safeParse(raw);
    const record = line.success ? linkRecordSchema.safeParse(line.data.record) : undefined;
    if (line.success && record?.success) puts.push({ segment: line.data.segment, slot: line.data.slot, record: record.data });
    else unusable++;
  }
  return { puts, unusable, text };
}
