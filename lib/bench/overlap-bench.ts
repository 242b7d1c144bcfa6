/**
 * Overlap bench: one 20,000-fix, 14-day resident track against 100, 1,000 and 10,000 case tracks of a seeded
 * ~30 km city, checked by (a) the naive all-pairs scan with turf.distance, (b) the engine as the app runs it
 * (fixesToParts + findOverlaps on a prebuilt index) and (c) one PostGIS query over GiST-indexed case pieces.
 * Asserts that a, b and c find the same cases, and ends with one line of JSON.
 *
 *   npm run bench:overlap
 *
 * Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/gridwatch_bench),
 * BENCH_NAIVE_BUDGET_MS (per size, default 20000), BENCH_SIZES (default 100,1000,10000), BENCH_SEED, BENCH_HTTP_PORT (default 3900); the city-scale part:
 * BENCH_APP_DATABASE_URL (default postgres://…/gridwatch_bench_app, dropped afterwards), BENCH_APP_PORT (3901).
 */
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildCaseIndex, type CaseIndex } from '../../lib/overlap/build-case-index';
import { findOverlaps } from '../../lib/overlap/find-overlaps';
import type { OverlapRule, RuleInput } from '../../lib/overlap/rule';
import { fixesToParts } from '../../lib/trajectory/fixes-to-parts';
import { measureHttpChecks } from './http-checks';
import { measureCityScale } from './city-scale-bench';
import { startApp } from './app-server';
import { createBenchData } from './bench-data';
import { naiveScan, type NaiveResult } from './naive-scan';
import { explainPostgis, preparePostgis, queryPostgis, residentArrays, type PostgisAnchor } from './postgis-anchor';

const SEED = Number(process.env.BENCH_SEED ?? 20220401);
/** The engine's sizes (BENCH_SIZES, comma-separated; the city-scale part always uses 2,000 and 10,000). */
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
/** Case tracks generated: the largest size, and at least the city-scale part's 10,000. */
const CASE_COUNT = Math.max(...SIZES, 10_000);
/** Two weeks of a fix a minute. */
const RESIDENT_FIXES = 20_160;
/** The HTTP comparison's PostGIS anchor size. */
const ANCHOR_SIZE = 2_000;
const NAIVE_BUDGET_MS = Number(process.env.BENCH_NAIVE_BUDGET_MS ?? 20_000);
const NAIVE_SAMPLE_MS = 5_000;
/** The rule all three answer alike: same time, 100 m, any duration. */
const COMPARE_RULE: RuleInput = { distanceMeters: 100, toleranceMinutes: 0, minOverlapMinutes: 0 };
const D = 100;
/** Differences only count if the closest approach is not within 0.5% of D (projection/haversine/sampling). */
const MARGIN = 0.005;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const log = (line: string) => console.log(line);
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const memory = () => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

function timeRuns(runs: number, run: () => void): number {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main(): Promise<void> {
  const benchStarted = performance.now();
  // Timings on a shared machine depend on what else runs: the load average is printed with them.
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  log(`Overlap bench — seed ${SEED}, node ${process.version}, ${os.cpus().length} cores, load average ${load()}`);
  let started = performance.now();
  const data = createBenchData({ seed: SEED, caseCount: CASE_COUNT, residentFixCount: RESIDENT_FIXES });
  log(
    `data: ${data.cases.length} case tracks, ${data.caseFixes.toLocaleString('en')} case fixes; resident ` +
      `${data.residentFixes.length} fixes over 14 days; generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const checkOnce = (index: CaseIndex, rule: RuleInput | OverlapRule) =>
    findOverlaps(fixesToParts(data.residentFixes), index, rule);

  let checksum = 0;
  for (const track of data.cases)
    for (const part of track.parts) checksum = (checksum * 31 + (part.kind === 'stay' ? part.start : part.times.length)) % 1e9;
  const fingerprint = `${SEED}:${data.cases.length}:${data.caseFixes}:${checksum}`;

  started = performance.now();
  const anchor: PostgisAnchor | string = await preparePostgis(data.cases, [...SIZES, ANCHOR_SIZE], data.city.centre, fingerprint, log);
  if (typeof anchor === 'string') log(`(c) skipped: ${anchor}`);
  const columns = residentArrays(data.resident);

  type Row = {
    cases: number;
    pieces: number;
    buildMs: number;
    indexMB: number;
    heapDeltaMB: number;
    engineMs: number;
    presetsMs: Record<string, number>;
    naiveMs: number;
    naiveExtrapolated: boolean;
    postgisMs: number | null;
    found: { a: number | null; b: number; c: number | null };
    sameCases: { ab: boolean | null; bc: boolean | null; marginal: string[] };
  };
  const rows: Row[] = [];
  let allSame = true;

  for (const n of SIZES) {
    const cases = data.cases.slice(0, n);
    log(`\n— ${n.toLocaleString('en')} case tracks`);
    const before = memory();
    started = performance.now();
    let index: CaseIndex | undefined = buildCaseIndex(cases);
    const buildMs = performance.now() - started;
    const heapDelta = memory() - before;
    log(
      `(b) index: ${index.pieces.count.toLocaleString('en')} pieces, built in ${ms(buildMs)} ms, ` +
        `${(index.byteLength / 1e6).toFixed(0)} MB of typed arrays, heap+arrayBuffers delta ${(heapDelta / 1e6).toFixed(0)} MB`,
    );

    const idx = index;
    for (let k = 0; k < 3; k++) checkOnce(idx, COMPARE_RULE); // warm up the JIT
    const engineMs = timeRuns(n >= 10_000 ? 15 : 21, () => checkOnce(idx, COMPARE_RULE));
    const overlaps = checkOnce(idx, COMPARE_RULE);
    const b = new Set(overlaps.map((o) => o.caseCode));
    log(
      `(b) engine: median ${ms(engineMs)} ms per check (fixesToParts + findOverlaps), ${overlaps.length} windows, ${b.size} cases`,
    );
    const presetsMs: Record<string, number> = {};
    for (const preset of ['same-place', 'after-case', 'companion'] as const) {
      checkOnce(idx, { preset });
      presetsMs[preset] = timeRuns(preset === 'companion' ? 5 : 9, () => checkOnce(idx, { preset }));
    }
    log(
      `(b) presets: ${Object.entries(presetsMs)
        .map(([k, v]) => `${k} ${ms(v)} ms`)
        .join(', ')}`,
    );
    // Closest approach per case with D widened by the margin, to judge any disagreement below.
    const wide = new Map<string, number>();
    for (const o of checkOnce(idx, { ...COMPARE_RULE, distanceMeters: D * (1 + MARGIN) })) {
      wide.set(o.caseCode, Math.min(o.minDistanceMeters, wide.get(o.caseCode) ?? Infinity));
    }
    const isMarginal = (code: string) => {
      const d = wide.get(code);
      return d !== undefined && Math.abs(d - D) <= D * MARGIN;
    };

    const naive: NaiveResult = naiveScan(data.resident, cases, {
      distanceMeters: D,
      sampleMs: NAIVE_SAMPLE_MS,
      budgetMs: NAIVE_BUDGET_MS,
    });
    log(
      `(a) naive: ${naive.isCapped ? `capped after ${ms(naive.elapsedMs)} ms, extrapolated` : 'measured (one run)'} ` +
        `${ms(naive.estimatedMs)} ms per check (${naive.turfCalls.toLocaleString('en')} turf.distance calls)`,
    );

    let postgisMs: number | null = null;
    let c: Set<string> | null = null;
    if (typeof anchor !== 'string') {
      if (n === SIZES[0])
        log(
          `(c) plan:\n${(await explainPostgis(anchor, n, columns, D))
            .split('\n')
            .map((l) => `    ${l}`)
            .join('\n')}`,
        );
      c = await queryPostgis(anchor, n, columns, D);
      const times: number[] = [];
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        c = await queryPostgis(anchor, n, columns, D);
        times.push(performance.now() - t);
      }
      postgisMs = median(times);
      log(`(c) PostGIS: median ${ms(postgisMs)} ms per check, ${c.size} cases`);
    }

    // Same cases? Differences are allowed only at the margin (closest approach within 0.5% of D) or, for the
    // sampled naive scan, for passes shorter than its 5 s sampling step.
    const marginal: string[] = [];
    const unexplained: string[] = [];
    const judge = (only: Iterable<string>, label: string, allowShort: boolean) => {
      for (const code of only) {
        const windows = overlaps.filter((o) => o.caseCode === code);
        const isShort = allowShort && windows.length > 0 && windows.every((o) => o.to - o.from < NAIVE_SAMPLE_MS);
        if (isMarginal(code) || isShort) marginal.push(`${label}:${code}`);
        else unexplained.push(`${label}:${code}`);
      }
    };
    let ab: boolean | null = null;
    let aCount: number | null = null;
    if (!naive.isCapped) {
      const a = new Set([...naive.cases].map((k) => cases[k].caseCode));
      aCount = a.size;
      judge(
        [...a].filter((x) => !b.has(x)),
        'a-only',
        false,
      );
      judge(
        [...b].filter((x) => !a.has(x)),
        'b-only-vs-a',
        true,
      );
      ab = [...a].every((x) => b.has(x)) && [...b].every((x) => a.has(x));
    }
    let bc: boolean | null = null;
    if (c) {
      const cc = c;
      judge(
        [...cc].filter((x) => !b.has(x)),
        'c-only',
        false,
      );
      judge(
        [...b].filter((x) => !cc.has(x)),
        'b-only-vs-c',
        false,
      );
      bc = [...cc].every((x) => b.has(x)) && [...b].every((x) => cc.has(x));
    }
    const verdict = unexplained.length === 0;
    allSame &&= verdict;
    log(
      `same case codes: ${verdict ? 'yes' : 'NO'} — a ${aCount ?? '(capped: not compared)'}, b ${b.size}, c ${c?.size ?? '(skipped)'}` +
        (marginal.length ? `; at the margin (closest within 0.5% of D or a pass < 5 s): ${marginal.join(' ')}` : '') +
        (unexplained.length ? `; UNEXPLAINED: ${unexplained.join(' ')}` : ''),
    );
    rows.push({
      cases: n,
      pieces: index.pieces.count,
      buildMs,
      indexMB: index.byteLength / 1e6,
      heapDeltaMB: heapDelta / 1e6,
      engineMs,
      presetsMs,
      naiveMs: naive.estimatedMs,
      naiveExtrapolated: naive.isCapped,
      postgisMs,
      found: { a: aCount, b: b.size, c: c?.size ?? null },
      sameCases: { ab, bc, marginal },
    });
    index = undefined;
  }
  let anchor2000Ms: number | null = null;
  if (typeof anchor !== 'string') {
    await queryPostgis(anchor, ANCHOR_SIZE, columns, D);
    const times: number[] = [];
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      await queryPostgis(anchor, ANCHOR_SIZE, columns, D);
      times.push(performance.now() - t);
    }
    anchor2000Ms = median(times);
    log(`(c) PostGIS at ${ANCHOR_SIZE.toLocaleString('en')} tracks: median ${ms(anchor2000Ms)} ms per check (the HTTP anchor)`);
    await anchor.sql.end();
  }

  log('\n cases | (a) naive ms        | (b) engine ms | (c) PostGIS ms | b/a       | b/c     | build ms | index MB');
  for (const r of rows) {
    log(
      ` ${String(r.cases).padStart(5)} | ${(ms(r.naiveMs) + (r.naiveExtrapolated ? ' extrapolated' : '')).padEnd(19)} | ` +
        `${ms(r.engineMs).padStart(13)} | ${(r.postgisMs === null ? 'skipped' : ms(r.postgisMs)).padStart(14)} | ` +
        `${(r.engineMs / r.naiveMs).toExponential(1).padStart(9)} | ${(r.postgisMs === null ? '-' : (r.engineMs / r.postgisMs).toFixed(4)).padStart(7)} | ` +
        `${ms(r.buildMs).padStart(8)} | ${r.indexMB.toFixed(0).padStart(8)}`,
    );
  }
  const http = await measureAppChecks();
  const cityScale = process.env.BENCH_SKIP_HTTP ? { skipped: 'BENCH_SKIP_HTTP is set' } : await measureCityScale(data, COMPARE_RULE, log);
  const http2000 = (cityScale as Record<string, { check20160?: { medianMs: number } }>)['2000']?.check20160?.medianMs;
  log(allSame ? 'a, b and c report the same overlapping case codes (up to the margin noted)' : 'MISMATCH between a, b and c');
  log(`bench took ${((performance.now() - benchStarted) / 1000).toFixed(0)} s; load average ${load()}`);
  console.log(
    JSON.stringify({
      bench: 'overlap',
      seed: SEED,
      residentFixes: data.residentFixes.length,
      caseFixes: data.caseFixes,
      rule: COMPARE_RULE,
      postgis: typeof anchor === 'string' ? { skipped: anchor } : { loadMs: Math.round(anchor.loadMs), reused: anchor.isReused },
      sizes: rows.map((r) => ({
        cases: r.cases,
        pieces: r.pieces,
        naiveMs: Math.round(r.naiveMs),
        naiveExtrapolated: r.naiveExtrapolated,
        engineMedianMs: Number(r.engineMs.toFixed(2)),
        postgisMedianMs: r.postgisMs === null ? null : Number(r.postgisMs.toFixed(1)),
        engineOverNaive: Number((r.engineMs / r.naiveMs).toPrecision(3)),
        engineOverPostgis: r.postgisMs === null ? null : Number((r.engineMs / r.postgisMs).toPrecision(3)),
        indexBuildMs: Math.round(r.buildMs),
        indexMB: Math.round(r.indexMB),
        heapDeltaMB: Math.round(r.heapDeltaMB),
        presetMedianMs: Object.fromEntries(Object.entries(r.presetsMs).map(([k, v]) => [k, Number(v.toFixed(1))])),
        casesFound: r.found,
        sameCases: r.sameCases,
      })),
      sameCaseCodes: allSame,
      http,
      cityScale: {
        ...cityScale,
        postgisAnchor2000Ms: anchor2000Ms === null ? null : Number(anchor2000Ms.toFixed(1)),
        anchorOverHttp2000: anchor2000Ms !== null && http2000 ? Number((anchor2000Ms / http2000).toFixed(1)) : null,
      },
      totalSeconds: Math.round((performance.now() - benchStarted) / 1000),
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    }),
  );
  if (!allSame) process.exitCode = 1;
}

/** Short (100-fix) checks per second through POST /api/check on the running production build. */
async function measureAppChecks() {
  if (process.env.BENCH_SKIP_HTTP) return { skipped: 'BENCH_SKIP_HTTP is set' };
  const port = Number(process.env.BENCH_HTTP_PORT ?? 3900);
  log(`\nHTTP: starting the production build on 127.0.0.1:${port} (demo data, embedded database)…`);
  const app = await startApp(port, { readyTimeoutMs: 600_000 });
  try {
    // The first check builds the server's case index; keep it out of the figures.
    await measureHttpChecks(app.baseUrl, { concurrency: 1, maxRequests: 5 });
    const result = await measureHttpChecks(app.baseUrl, { concurrency: 32, maxRequests: 20_000, maxDurationMs: 20_000 });
    log(
      `HTTP: ${result.checks} checks in ${result.seconds.toFixed(1)} s at concurrency 32: ${result.checksPerSecond.toFixed(0)} checks/s, ` +
        `p50 ${result.latencyMs.p50.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms, ${result.errors} errors`,
    );
    return { concurrency: 32, ...result };
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
