/** The counters of the kill test: short leases so a dead counter's items are taken over within the test. */
export const childShopTiming = {
  intervalMs: 300,
  backoffBaseMs: 100,
  backoffMaxMs: 500,
  queueIdleMs: 50,
  queueConcurrency: 2,
  leaseMs: 1_500,
  skewMs: 500,
  connect: { connectMs: 1_000, statementMs: 2_000 },
};
