import type { z } from 'zod';

/** The list of entries in a document (outbox items, accounts, contacts), checked one by one when the file fails as a whole. */
export interface EntryList<T> {
  /** Where the list sits in the document: `items`, `accounts`, `contacts`. */
  key: keyof T & string;
  schema: z.ZodType;
  /** Fields that name an entry for the user, first present wins (`id` = the link reference, `label` …). */
  nameFields: readonly string[];
}

export interface Salvaged<T> {
  value: T;
  /** The invalid entries, as they were in the file. */
  setAside: unknown[];
  /** How the user knows each one (a reference, a label), else its position: `#3`. */
  names: string[];
}

const MAX_NAME_CHARS = 80;

/**
 * Keeps every valid entry of a document that failed validation only because of some of its
 * entries; undefined when the rest of the document is wrong too (then the whole file is set aside).
 */
export function salvageEntries<T>(data: unknown, documentSchema: z.ZodType<T>, list: EntryList<T>): Salvaged<T> | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const entries = (data as Record<string, unknown>)[list.key];
  if (!Array.isArray(entries)) return undefined;
  const kept: unknown[] = [];
  const setAside: unknown[] = [];
  const names: string[] = [];
  entries.forEach((entry, position) => {
    if (list.schema.safeParse(entry).success) {
      kept.push(entry);
      return;
    }
    setAside.push(entry);
    names.push(nameOf(entry, list.nameFields) ?? `#${position + 1}`);
  });
  if (setAside.length === 0) return undefined;
  const parsed = documentSchema.safeParse({ ...data, [list.key]: kept });
  return parsed.success ? { value: parsed.data, setAside, names } : undefined;
}

function nameOf(entry: unknown, fields: readonly string[]): string | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  for (const field of fields) {
    const value = (entry as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, MAX_NAME_CHARS);
  }
  return undefined;
}
