/**
 * The callbacks this counter has acted on, keyed `paytr:<merchant_oid>` / `paynet:<reference>`,
 * so a replay or a provider's retry is counted and changes nothing. The history is the second
 * guard: a payment event already on the link is never added twice.
 */
export interface SeenCallbacks {
  has(key: string): boolean | Promise<boolean>;
  add(key: string, at: string): void | Promise<void>;
}

/** In memory, bounded (oldest forgotten first; the history still refuses a second identical event). */
export function memorySeenCallbacks(max = 50_000): SeenCallbacks {
  const seen = new Map<string, string>();
  return {
    has: (key) => seen.has(key),
    add: (key, at) => {
      seen.delete(key);
      seen.set(key, at);
      while (seen.size > max) seen.delete(seen.keys().next().value as string);
    },
  };
}
