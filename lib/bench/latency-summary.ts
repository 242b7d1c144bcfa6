/** Latency figures for one request class of a load run: what the bench prints and puts in its JSON line. */
export type LatencySummary = {
  /** 2xx responses. */
  ok: number;
  /** Non-2xx responses plus socket errors and timeouts. */
  errors: number;
  /** 2xx responses per second over the run. */
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Summarises the latencies (ms) of the successful responses of one class over `seconds` of load.
 * Does not mutate `latencies`.
 *
 * @example
 * summarizeLatencies([30, 10, 20], { errors: 1, seconds: 2 })
 * // → { ok: 3, errors: 1, perSecond: 1.5, p50: 20, p95: 30, p99: 30, max: 30 }
 */
export function summarizeLatencies(latencies: readonly number[], options: { errors: number; seconds: number }): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    ok: sorted.length,
    errors: options.errors,
    perSecond: round1(options.seconds > 0 ? sorted.length / options.seconds : 0),
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    p99: round1(percentile(sorted, 99)),
    max: round1(sorted[sorted.length - 1] ?? Number.NaN),
  };
}
