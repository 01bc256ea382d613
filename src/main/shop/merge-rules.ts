import type { Contact } from '@shared/domain/contact';
import type { LinkStatus } from '@shared/domain/link';
import type { LinkRecord, TimelineEvent } from '@shared/domain/link-record';

/**
 * How two counters' copies of the same thing become one, whatever order they arrive in (the
 * merges are commutative): status only moves forward (paid wins), timelines are append-only,
 * customers are last-writer-wins with the losing copy kept for the owner to see.
 */

/** Later in a link's life ranks higher; a copy never moves a link back. */
const statusRank: Record<LinkStatus, number> = { unknown: 0, active: 1, failed: 2, expired: 3, cancelled: 4, paid: 5 };

export function forwardStatus(a: LinkStatus, b: LinkStatus): LinkStatus {
  return statusRank[b] > statusRank[a] ? b : a;
}

const eventKey = (e: TimelineEvent) => JSON.stringify([e.at, e.kind, e.outcome, e.channel ?? '', e.detail ?? '', e.note ?? '']);

/** Both timelines, each event once, in time order. */
export function unionTimeline(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): TimelineEvent[] {
  const seen = new Map<string, TimelineEvent>();
  for (const event of [...a, ...b]) if (!seen.has(eventKey(event))) seen.set(eventKey(event), event);
  return [...seen.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : eventKey(x) < eventKey(y) ? -1 : 1));
}

/** One link record from two copies: forward status (and the payment facts with it), the union of the timelines. */
export function mergeLinkRecord(a: LinkRecord, b: LinkRecord): LinkRecord {
  // The copy that knows the winning status (the forward one) brings its facts (paid amount, time, URL if it had
  // one); between equals the later one, and a fixed order for a tie, so either order gives one result.
  const leads = (x: LinkRecord, y: LinkRecord) =>
    x.status !== y.status ? forwardStatus(x.status, y.status) === x.status : x.updatedAt !== y.updatedAt ? x.updatedAt > y.updatedAt : JSON.stringify(x) > JSON.stringify(y);
  const [leader, other] = leads(a, b) ? [a, b] : [b, a];
  return {
    ...other,
    ...leader,
    url: leader.url ?? other.url,
    timeline: unionTimeline(a.timeline, b.timeline),
    updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
  };
}

export interface MergedContact {
  contact: Contact;
  /** The copy that lost, kept and shown ("also saved as …"), when the two differ. */
  losing?: Contact;
}

/** Last writer wins (by when each copy changed, then a fixed order for a tie); the losing copy is kept when it differs. */
export function mergeContact(a: Contact, b: Contact): MergedContact {
  const [at, bt] = [a.changedAt ?? a.lastUsedAt, b.changedAt ?? b.lastUsedAt];
  const bWins = bt > at || (bt === at && JSON.stringify(b) > JSON.stringify(a));
  const [winner, loser] = bWins ? [b, a] : [a, b];
  const same = loser.name === winner.name && loser.phone === winner.phone && loser.email === winner.email && loser.oduyoCustomerId === winner.oduyoCustomerId;
  const contact = { ...winner, useCount: Math.max(a.useCount, b.useCount) };
  return same ? { contact } : { contact, losing: loser };
}
