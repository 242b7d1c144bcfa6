/**
 * Load test of the running app's check API: short (100-fix) trajectories posted as
 * `POST {baseUrl}/api/check` under bounded concurrency, count and time, to loopback only.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { RuleInput } from '../../lib/overlap/rule';
import type { Fix } from '../../lib/trajectory/fixes-to-parts';
import { createCity, createRandom, shortTrajectory } from './bench-data';

export type HttpChecksOptions = {
  /** Requests in flight at once (1–64, default 8). */
  concurrency?: number;
  /** Stop after this many requests (1–20,000, default 500). */
  maxRequests?: number;
  /** Stop starting requests after this long (≤ 120 s, default 20 s). */
  maxDurationMs?: number;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
  /** Fixes per trajectory (default 100). */
  fixCount?: number;
  rule?: RuleInput;
  seed?: number;
};

export type HttpChecksResult = {
  checks: number;
  errors: number;
  /** Responses by HTTP status ("error" for network failures and timeouts). */
  statuses: Record<string, number>;
  seconds: number;
  checksPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** The API's request body: a GeoJSON FeatureCollection of LineStrings with properties.coordTimes (ISO). */
export function checkRequestBody(fixes: readonly Fix[], rule: RuleInput): string {
  const line: Feature<LineString, { coordTimes: string[] }> = {
    type: 'Feature',
    properties: { coordTimes: fixes.map((f) => new Date(f.time).toISOString()) },
    geometry: { type: 'LineString', coordinates: fixes.map((f) => [f.lngLat[0], f.lngLat[1]]) },
  };
  const trajectory: FeatureCollection<LineString, { coordTimes: string[] }> = { type: 'FeatureCollection', features: [line] };
  return JSON.stringify({ trajectory, rule });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Posts seeded short trajectories to `{baseUrl}/api/check` and reports throughput and latency percentiles
 * (2xx responses only; other statuses and failures are counted as errors). Refuses non-loopback URLs.
 *
 * @example
 * await measureHttpChecks('http://127.0.0.1:3000', { concurrency: 8, maxRequests: 400 })
 * // → { checks: 400, errors: 0, statuses: { '200': 400 }, seconds: 3.1, checksPerSecond: 129, latencyMs: { p50: 55, … } }
 */
export async function measureHttpChecks(baseUrl: string, options: HttpChecksOptions = {}): Promise<HttpChecksResult> {
  const url = new URL('/api/check', baseUrl);
  if (!LOOPBACK.has(url.hostname)) throw new Error(`measureHttpChecks only calls loopback addresses, not ${url.hostname}`);
  const concurrency = clamp(Math.floor(options.concurrency ?? 8), 1, 64);
  const maxRequests = clamp(Math.floor(options.maxRequests ?? 500), 1, 20_000);
  const maxDurationMs = clamp(options.maxDurationMs ?? 20_000, 1, 120_000);
  const timeoutMs = clamp(options.timeoutMs ?? 10_000, 1, 60_000);
  const rule = options.rule ?? { preset: 'same-place' };

  const random = createRandom(options.seed ?? 7);
  const city = createCity(random);
  const bodies = Array.from({ length: Math.min(maxRequests, 200) }, () =>
    checkRequestBody(shortTrajectory(city, random, options.fixCount ?? 100), rule),
  );

  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let started = 0;
  let errors = 0;
  const begin = performance.now();
  const deadline = begin + maxDurationMs;
  const worker = async () => {
    while (started < maxRequests && performance.now() < deadline) {
      const body = bodies[started % bodies.length];
      started++;
      const t = performance.now();
      let status = 'error';
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer();
        status = String(response.status);
        if (response.ok) latencies.push(performance.now() - t);
        else errors++;
      } catch {
        errors++;
      }
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    checks: latencies.length,
    errors,
    statuses,
    seconds,
    checksPerSecond: latencies.length / seconds,
    latencyMs: {
      p50: percentile(latencies, 50),
      p90: percentile(latencies, 90),
      p99: percentile(latencies, 99),
      max: latencies[latencies.length - 1] ?? Number.NaN,
    },
  };
}
