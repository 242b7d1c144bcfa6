/**
 * Map bench: 10,000 published case tracks (100 points each, ~1 million points) and 1,000 zones on top of
 * the demo communities, in a fresh PostgreSQL database. Reports the tile endpoint's latency (median, p95)
 * over a zoom 10–16 sweep, and the time from navigation to the briefing map's first idle with all layers
 * in headless Chromium, GeoJSON versus vector tiles. Ends with one line of JSON.
 *
 *   npm run build   # the bench serves the production build
 *   npm run bench:map
 *
 * Environment: BENCH_MAP_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/gridwatch_bench_map),
 * CHROMIUM_PATH (default /usr/bin/chromium). Loopback only; bounded by per-step timeouts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { tileOf, TILE_LAYERS } from '../../lib/tiles/tile-params';
import { AT, BENCH_MAP_URL_DEFAULT, CASES, CENTRE, POINTS_PER_TRACK, recreateDatabase, seedMapBench, ZONES, type BenchAccount } from './map-bench-data';

const databaseUrl = process.env.BENCH_MAP_DATABASE_URL ?? BENCH_MAP_URL_DEFAULT;
const ZOOMS = [10, 11, 12, 13, 14, 15, 16];
const IDLE_TIMEOUT_MS = 120_000;

const log = (line: string) => console.log(line);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first');
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, GRIDWATCH_DEMO: 'off', GRIDWATCH_TZ: 'Asia/Seoul', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/tiles/zones/0/0/0`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stopServer(child);
  throw new Error('the app did not start within 90 s');
}

function stopServer(child: ChildProcess): void {
  // Our own process group (detached above): npx and the next server it started.
  if (child.pid) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function tileSweep(base: string): Promise<{ median: number; p95: number; count: number; maxBytes: number; byZoom: Record<number, number> }> {
  const times: number[] = [];
  const byZoom: Record<number, number> = {};
  let maxBytes = 0;
  for (const z of ZOOMS) {
    const centre = tileOf(CENTRE, z);
    const zoomTimes: number[] = [];
    for (const dx of [-1, 0, 1]) {
      for (const dy of [-1, 0, 1]) {
        for (const layer of TILE_LAYERS) {
          const query = layer === 'communities' ? '' : `?at=${encodeURIComponent(AT)}${layer === 'cases' ? '&days=14' : ''}`;
          const started = performance.now();
          const response = await fetch(`${base}/api/tiles/${layer}/${z}/${centre.x + dx}/${centre.y + dy}${query}`);
          const body = await response.arrayBuffer();
          if (!response.ok) throw new Error(`tile ${layer}/${z}: ${response.status}`);
          const elapsed = performance.now() - started;
          maxBytes = Math.max(maxBytes, body.byteLength);
          times.push(elapsed);
          zoomTimes.push(elapsed);
        }
      }
    }
    zoomTimes.sort((a, b) => a - b);
    byZoom[z] = Math.round(percentile(zoomTimes, 50));
    log(`  z${z}: median ${byZoom[z]} ms over ${zoomTimes.length} tiles`);
  }
  times.sort((a, b) => a - b);
  return { median: Math.round(percentile(times, 50)), p95: Math.round(percentile(times, 95)), count: times.length, maxBytes, byZoom };
}

async function firstIdle(base: string, source: 'geojson' | 'tiles', official: BenchAccount): Promise<number | null> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The briefing is for officials: sign in first (the session cookie lands in the page's context).
    const signIn = await page.request.post(`${base}/api/auth/sign-in`, { data: official, headers: { origin: base } });
    if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()} ${await signIn.text()}`);
    await page.goto(`${base}/briefing?source=${source}&at=${encodeURIComponent(AT)}`, { timeout: IDLE_TIMEOUT_MS, waitUntil: 'commit' });
    await page.waitForSelector('[data-map-ready="true"]', { timeout: IDLE_TIMEOUT_MS });
    // Milliseconds since the navigation started, by the page's own clock.
    return Math.round(await page.evaluate(() => performance.now()));
  } catch (error) {
    log(`  ${source}: no idle map within ${IDLE_TIMEOUT_MS / 1000} s (${(error as Error).message.split('\n')[0]})`);
    return null;
  } finally {
    await browser.close();
  }
}

async function main() {
  const started = performance.now();
  log(`map bench: ${CASES} case tracks × ${POINTS_PER_TRACK} points, ${ZONES} zones → ${databaseUrl}`);
  await recreateDatabase(databaseUrl);
  const seedStarted = performance.now();
  const { points, visits, official } = await seedMapBench(databaseUrl);
  const seedMs = Math.round(performance.now() - seedStarted);
  log(`seeded ${visits} visits, ${points} points in ${seedMs} ms`);
  const port = await freePort();
  const server = await startServer(port);
  const base = `http://127.0.0.1:${port}`;
  try {
    // One warm-up request each so the first sample does not include opening the database pool.
    for (const layer of TILE_LAYERS) await fetch(`${base}/api/tiles/${layer}/12/3491/1587`);
    log('tile latency, zoom 10–16 sweep (3 × 3 tiles around the centre, 3 layers):');
    const tiles = await tileSweep(base);
    log('first idle of the briefing map:');
    const tilesIdle = await firstIdle(base, 'tiles', official);
    log(`  tiles: ${tilesIdle} ms`);
    const geojsonIdle = await firstIdle(base, 'geojson', official);
    log(`  geojson: ${geojsonIdle} ms`);
    const result = {
      bench: 'map',
      cases: CASES,
      points,
      zones: ZONES,
      seedMs,
      tileMs: { median: tiles.median, p95: tiles.p95, requests: tiles.count, maxTileBytes: tiles.maxBytes, medianByZoom: tiles.byZoom },
      firstIdleMs: { geojson: geojsonIdle, tiles: tilesIdle },
      totalMs: Math.round(performance.now() - started),
    };
    console.log(JSON.stringify(result));
  } finally {
    stopServer(server);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
