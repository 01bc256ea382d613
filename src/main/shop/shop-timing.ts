import type { ClaimTimes } from './shop-claims';
import type { ShopConnectTimes } from './shop-connection';

/** How often and how patiently a counter works with its shop's server (tests shorten it). */
export interface ShopTiming extends ClaimTimes {
  /** Sync this often even when no doorbell rings. */
  intervalMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Look at the shop's queue this often even when nothing rings. */
  queueIdleMs: number;
  /** Items of the shop's queue worked on at once by this counter. */
  queueConcurrency: number;
  connect?: ShopConnectTimes;
}

export const defaultShopTiming: ShopTiming = {
  intervalMs: 30_000,
  backoffBaseMs: 2_000,
  backoffMaxMs: 120_000,
  queueIdleMs: 10_000,
  queueConcurrency: 2,
  // Longer than any provider request (their deadlines are 20–30 s), so a live claim never lapses.
  leaseMs: 120_000,
  skewMs: 60_000,
};
