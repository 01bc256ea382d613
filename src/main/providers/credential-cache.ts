import { createHash } from 'node:crypto';

export interface CachedCredential {
  value: string;
  /** Epoch ms after which it is not handed out any more. */
  expiresAt: number;
}

/**
 * A short-lived credential per account (Ödüyo session id, İşbank access token): reused until it
 * expires, one fetch in flight per key shared by every concurrent caller, and one renewal shared
 * by every caller that saw the same credential refused.
 */
export class CredentialCache {
  private readonly entries = new Map<string, CachedCredential>();
  private readonly inflight = new Map<string, Promise<string>>();

  get(key: string, nowMs: number, fetch: () => Promise<CachedCredential>, options: { fresh?: boolean } = {}): Promise<string> {
    const entry = this.entries.get(key);
    if (!options.fresh && entry && entry.expiresAt > nowMs) return Promise.resolve(entry.value);
    const running = this.inflight.get(key);
    if (running) return running;
    const request = fetch()
      .then((fetched) => {
        this.entries.set(key, fetched);
        return fetched.value;
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, request);
    return request;
  }

  /** `stale` was refused: drop it unless another caller already replaced it, then get the current one. */
  renew(key: string, stale: string, nowMs: number, fetch: () => Promise<CachedCredential>): Promise<string> {
    if (this.entries.get(key)?.value === stale) this.entries.delete(key);
    return this.get(key, nowMs, fetch);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}

/** Account id plus a hash of everything that identifies the credential; secrets never appear in the key. */
export function credentialKey(accountId: string, identifying: readonly unknown[]): string {
  const hash = createHash('sha256').update(JSON.stringify(identifying)).digest('hex').slice(0, 32);
  return `${accountId}:${hash}`;
}
