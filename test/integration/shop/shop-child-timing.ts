import { testShopTiming } from './shop-kit';

/** The counters of the kill test: short leases so a dead counter's items are taken over within the test. */
export const childShopTiming = { ...testShopTiming, queueIdleMs: 50, leaseMs: 1_500, skewMs: 500 };
