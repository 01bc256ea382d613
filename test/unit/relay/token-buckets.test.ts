import { describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../../src/relay/token-buckets';

describe('TokenBuckets', () => {
  it('allows a burst per key, then refills at the rate', () => {
    let now = 0;
    const buckets = new TokenBuckets(3, 2, 100, () => now);
    expect([1, 2, 3, 4].map(() => buckets.take('a'))).toEqual([true, true, true, false]);
    expect(buckets.take('b')).toBe(true);
    now += 500; // half a second at 2/s: one more
    expect([buckets.take('a'), buckets.take('a')]).toEqual([true, false]);
  });

  it('keeps at most maxKeys buckets, dropping the least recently used', () => {
    const now = 0;
    const buckets = new TokenBuckets(1, 0, 50, () => now);
    expect(buckets.take('flooder')).toBe(true);
    for (let i = 0; i < 10_000; i++) {
      buckets.take(`random-${i}`);
      // The flooder stays recent, so it stays empty.
      if (i % 10 === 0) expect(buckets.take('flooder')).toBe(false);
    }
    expect(buckets.size).toBe(50);
  });
});
