import type { Customer } from '@shared/domain/link';
import type { LinkRecord, SendChannel } from '@shared/domain/link-record';

/**
 * What the link service needs of the history and contact stores (HistoryStore and ContactsStore
 * satisfy these). Kept narrow so the service depends on the behaviour, not on the stores' other
 * methods.
 */
export interface LinkHistory {
  /** Throws AppFailure('conflict') when the reference exists. */
  append(record: LinkRecord): Promise<void>;
  /** Throws AppFailure('not-found') when the reference does not exist. */
  update(reference: string, change: (record: LinkRecord) => LinkRecord): Promise<LinkRecord>;
  get(reference: string): LinkRecord | undefined;
}

export interface ContactBook {
  remember(customer: Customer, channel?: SendChannel): Promise<void>;
}

/**
 * The history as this counter's link path writes it: every record it makes carries the counter's
 * name when the shop's counters share their data (records pulled from the shop keep their own).
 */
export function stampedWithCounter<H extends LinkHistory>(history: H, counterName: () => string | undefined): LinkHistory {
  return {
    append: (record) => {
      const counter = counterName();
      return history.append(counter && !record.counter ? { ...record, counter } : record);
    },
    update: (reference, change) => history.update(reference, change),
    get: (reference) => history.get(reference),
  };
}
