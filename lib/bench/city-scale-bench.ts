/**
 * The check at city scale, through the running production build on PostgreSQL seeded with the bench's case
 * tracks: the 20,160-fix check's HTTP median at 2,000 and 10,000 tracks, short checks per second, the first
 * check after a restart, the private check's day files for a 14-day window (compressed bytes, server time,
 * cold and cached, 304), the hostile companion check and the short checks issued while it runs, and the app's
 * memory. Part of `npm run bench:overlap`; loopback only.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { CaseDayManifest } from '../case-days/types';
import { seoulBeijingCsv } from '../check/hostile-trajectories';
import type { RuleInput } from '../overlap/rule';
import { startApp, type RunningApp } from './app-server';
import type { BenchData } from './bench-data';
import { checkRequestBody, measureHttpChecks } from './http-checks';
import { dropDatabase, recreateDatabase, seedLoadBench } from './load-bench-seed';

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; bytes: number; ms: number; body: Buffer };

/** One request with the bytes as sent (no decompression), timed from send to last byte. */
function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: body.length, ms: performance.now() - started, body });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** The body as sent, decompressed (the server may compress JSON answers it was not asked to pre-compress). */
function decodedBody(response: RawResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(response.body).toString();
  if (encoding === 'gzip') return zlib.gunzipSync(response.body).toString();
  return response.body.toString();
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, digits = 1) => Number(x.toFixed(digits));

/** Resident set size of the app (the `next start` process group: server and its worker threads), in MB. */
function appRssMb(app: RunningApp): number | null {
  if (!app.pid) return null;
  try {
    const lines = execFileSync('ps', ['-eo', 'pgid=,rss=']).toString().trim().split('\n');
    const kb = lines.map((l) => l.trim().split(/\s+/).map(Number)).filter(([pgid]) => pgid === app.pid).reduce((sum, [, rss]) => sum + rss, 0);
    return round(kb / 1024, 0);
  } catch {
    return null;
  }
}

async function postCheck(baseUrl: string, body: string): Promise<RawResponse> {
  return rawRequest(`${baseUrl}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

async function httpMedian(baseUrl: string, body: string, runs: number): Promise<{ medianMs: number; status: number; overlaps: number }> {
  let last = await postCheck(baseUrl, body);
  last = await postCheck(baseUrl, body);
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    last = await postCheck(baseUrl, body);
    times.push(last.ms);
  }
  const overlaps = last.status === 200 ? (JSON.parse(decodedBody(last)) as { overlaps: unknown[] }).overlaps.length : -1;
  return { medianMs: round(median(times)), status: last.status, overlaps };
}

/** The private check's download for a 14-day window: manifest, then every day file, as a browser would. */
async function privateDownload(baseUrl: string) {
  const manifest = await rawRequest(`${baseUrl}/api/case-tracks/days`, { headers: { 'accept-encoding': 'br, gzip' } });
  const { days } = JSON.parse(decodedBody(manifest)) as CaseDayManifest;
  const window = days.slice(-14);
  const files = await Promise.all(window.map((d) => rawRequest(`${baseUrl}/api/case-tracks/days/${d.file}`, { headers: { 'accept-encoding': 'br, gzip' } })));
  const revalidated = await rawRequest(`${baseUrl}/api/case-tracks/days`, { headers: { 'if-none-match': String(manifest.headers.etag) } });
  return {
    days: window.length,
    compressedBytes: manifest.bytes + files.reduce((sum, f) => sum + f.bytes, 0),
    rawBytes: window.reduce((sum, d) => sum + d.bytes, 0),
    encoding: files[0]?.headers['content-encoding'] ?? null,
    manifestMs: round(manifest.ms, 2),
    dayFilesMs: round(Math.max(0, ...files.map((f) => f.ms)), 2),
    dayFileMedianMs: round(median(files.map((f) => f.ms)), 2),
    notModifiedMs: round(revalidated.ms, 2),
    notModifiedStatus: revalidated.status,
  };
}

/** The hostile companion check, with short checks sent one after another (4 at a time) while it runs. */
async function hostileWhileShort(baseUrl: string) {
  const form = new FormData();
  form.set('file', new File([seoulBeijingCsv(1_000)], 'jumps.csv', { type: 'text/csv' }));
  form.set('preset', 'companion');
  const started = performance.now();
  let isRunning = true;
  const hostile = fetch(`${baseUrl}/api/check`, { method: 'POST', body: form }).then(async (response) => {
    const body = (await response.json()) as { code?: string };
    isRunning = false;
    return { status: response.status, code: body.code ?? null, ms: round(performance.now() - started) };
  });
  const latencies: number[] = [];
  const shortBody = (k: number) => checkRequestBody(Array.from({ length: 100 }, (_, i) => ({ lngLat: [126.98 + 0.0001 * i, 37.56] as [number, number], time: Date.UTC(2022, 3, 3, 2) + (k % 50) * 60_000 + i * 30_000 })), { preset: 'same-place' });
  const shooter = async () => {
    for (let k = 0; isRunning && k < 10_000; k++) {
      const response = await postCheck(baseUrl, shortBody(k));
      if (response.status === 200) latencies.push(response.ms);
    }
  };
  await Promise.all([hostile, shooter(), shooter(), shooter(), shooter()]);
  latencies.sort((a, b) => a - b);
  return { hostile: await hostile, shortChecksMeanwhile: latencies.length, shortP50Ms: round(latencies[Math.floor(latencies.length * 0.5)] ?? NaN), shortP99Ms: round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? NaN) };
}

async function withApp<T>(port: number, databaseUrl: string, caseDaysDir: string, run: (app: RunningApp, readyMs: number) => Promise<T>): Promise<T> {
  const started = performance.now();
  const app = await startApp(port, { databaseUrl, env: { GRIDWATCH_TZ: 'Asia/Seoul', GRIDWATCH_CASE_DAYS_DIR: caseDaysDir }, readyTimeoutMs: 600_000 });
  try {
    return await run(app, performance.now() - started);
  } finally {
    await app.stop();
  }
}

/**
 * Seeds PostgreSQL with the first 2,000 and then 10,000 of the bench's tracks and measures the running
 * app on each (see the file comment). Returns a reason string if PostgreSQL is unreachable.
 */
export async function measureCityScale(data: BenchData, rule: RuleInput, log: (line: string) => void) {
  const databaseUrl = process.env.BENCH_APP_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/gridwatch_bench_app';
  const port = Number(process.env.BENCH_APP_PORT ?? 3901);
  const bigBody = checkRequestBody(data.residentFixes, rule);
  const result: Record<string, unknown> = {};
  try {
    for (const n of [2_000, 10_000]) {
      await recreateDatabase(databaseUrl);
      const seed = await seedLoadBench(databaseUrl, data.cases.slice(0, n), data.city, 0);
      log(`city scale: ${n.toLocaleString('en')} tracks seeded (${seed.fixes.toLocaleString('en')} fixes); starting the app…`);
      const caseDaysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridwatch-bench-days-'));
      try {
        const row: Record<string, unknown> = {};
        await withApp(port, databaseUrl, caseDaysDir, async (app, readyMs) => {
          row.startToReadyMs = Math.round(readyMs);
          row.firstCheckMs = round((await postCheck(app.baseUrl, checkRequestBody(data.residentFixes.slice(0, 100), rule))).ms);
          row.check20160 = await httpMedian(app.baseUrl, bigBody, 7);
          log(`city scale ${n}: ready in ${(readyMs / 1000).toFixed(1)} s, first check ${row.firstCheckMs} ms, ${data.residentFixes.length}-fix check median ${(row.check20160 as { medianMs: number }).medianMs} ms`);
          if (n === 10_000) {
            row.privateCold = await privateDownload(app.baseUrl);
            row.privateCached = await privateDownload(app.baseUrl);
            log(`city scale ${n}: private 14 days ${JSON.stringify(row.privateCold)}; again ${JSON.stringify(row.privateCached)}`);
            await measureHttpChecks(app.baseUrl, { concurrency: 1, maxRequests: 5 });
            const short = await measureHttpChecks(app.baseUrl, { concurrency: 32, maxRequests: 20_000, maxDurationMs: 15_000 });
            row.shortChecks = { perSecond: Math.round(short.checksPerSecond), p50Ms: round(short.latencyMs.p50), p99Ms: round(short.latencyMs.p99), errors: short.errors };
            log(`city scale ${n}: short checks ${JSON.stringify(row.shortChecks)}`);
            row.hostile = await hostileWhileShort(app.baseUrl);
            log(`city scale ${n}: hostile ${JSON.stringify(row.hostile)}`);
            row.appRssMb = appRssMb(app);
          }
        });
        if (n === 10_000) {
          // A restart on the same database and day-file folder: the index is built before ready, the files loaded.
          await withApp(port, databaseUrl, caseDaysDir, async (app, readyMs) => {
            const first = await postCheck(app.baseUrl, checkRequestBody(data.residentFixes.slice(0, 100), rule));
            const manifest = await rawRequest(`${app.baseUrl}/api/case-tracks/days`);
            row.restart = { startToReadyMs: Math.round(readyMs), firstCheckMs: round(first.ms), firstCheckStatus: first.status, manifestMs: round(manifest.ms, 2) };
            log(`city scale ${n}: restart ${JSON.stringify(row.restart)}`);
          });
        }
        result[String(n)] = row;
      } finally {
        fs.rmSync(caseDaysDir, { recursive: true, force: true });
      }
    }
  } catch (error) {
    log(`city scale: stopped: ${(error as Error).message}`);
    result.error = (error as Error).message;
  } finally {
    await dropDatabase(databaseUrl).catch(() => undefined);
  }
  return result;
}
