/** Percentiles of a sample of durations in milliseconds. */
export function summarize(samples: number[]): { n: number; p50: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

export async function time(samples: number[], run: () => Promise<unknown>): Promise<void> {
  const start = performance.now();
  await run();
  samples.push(performance.now() - start);
}

export const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
