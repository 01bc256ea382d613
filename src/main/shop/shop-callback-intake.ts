import type { CallbackApplier, CallbackResult } from '../callbacks/callback-applier';
import type { Logger } from '../log/logger';
import { readCallbacks } from './shop-callbacks';
import type { Queryable } from './shop-connection';

/** Callbacks that could not be judged here yet are tried again with later rounds, this many at most. */
const MAX_RETRIES = 1_000;

/**
 * Provider callbacks the shop's relay stored, as this counter takes them from the sync pull:
 * read with the shop's own role, judged by the applier with this computer's keys (PayTR's hash,
 * Paynet's transaction/check), applied once. One that names a link not here yet, or that needs
 * keys or a check that did not answer, is tried again later; a forged one changes nothing and is
 * listed for diagnostics.
 */
export class ShopCallbackIntake {
  private readonly retry = new Set<number>();
  private readonly forged: CallbackResult[] = [];

  constructor(
    private readonly applier: Pick<CallbackApplier, 'apply'>,
    private readonly logger: Pick<Logger, 'log'>,
  ) {}

  /** The pulled `callback` changes' ids (plus those waiting for another look). */
  async take(client: Queryable, ids: readonly number[]): Promise<void> {
    const wanted = [...new Set([...this.retry, ...ids])];
    if (wanted.length === 0) return;
    this.retry.clear();
    for (const callback of await readCallbacks(client, wanted)) {
      const result = await this.applier.apply(callback);
      if (result.outcome === 'not-ours' || result.outcome === 'unverified') {
        if (this.retry.size < MAX_RETRIES) this.retry.add(callback.id);
      } else if (result.outcome === 'forged' || result.outcome === 'unreadable') {
        this.forged.push(result);
        if (this.forged.length > 200) this.forged.shift();
        this.logger.log('warn', 'shop.callback-refused', { id: callback.id, provider: callback.provider, outcome: result.outcome, reason: result.reason });
      }
    }
  }

  /** Callbacks refused as forged or unreadable (ids, provider, why; never the body), newest last. */
  refused(): readonly CallbackResult[] {
    return this.forged;
  }
}
