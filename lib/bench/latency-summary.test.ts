import { describe, expect, it } from 'vitest';
import { percentile, summarizeLatencies } from './latency-summary';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });

  it('is NaN for no samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarizeLatencies', () => {
  it('counts, rates and ranks the successful responses, without reordering the input', () => {
    const latencies = [30, 10, 20];
    expect(summarizeLatencies(latencies, { errors: 1, seconds: 2 })).toEqual({ ok: 3, errors: 1, perSecond: 1.5, p50: 20, p95: 30, p99: 30, max: 30 });
    expect(latencies).toEqual([30, 10, 20]);
  });

  it('reports an empty class as zero throughput', () => {
    const summary = summarizeLatencies([], { errors: 4, seconds: 10 });
    expect(summary.ok).toBe(0);
    expect(summary.errors).toBe(4);
    expect(summary.perSecond).toBe(0);
    expect(summary.p95).toBeNaN();
  });
});
