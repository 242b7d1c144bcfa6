/**
 * Map bench: 10,000 published case tracks (100 points each, ~1 million points) and 1,000 zones on top of
 * the demo communities, in a fresh PostgreSQL database. Reports the tile endpoint's latency (median, p95)
 * over a zoom 10–16 sweep; the time from navigation to the briefing map's first idle with all layers in
 * headless Chromium, GeoJSON (the baseline: all data in the page) versus the default (vector tiles, density
 * below street zoom); the time from sign-in to a ready briefing; and how fast the figures follow the slider
 * (input to the new moment's figures on the page) against the baseline of a full briefing read per move.
 * Ends with one line of JSON.
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
import { chromium, type Page } from '@playwright/test';
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

/** Where the time to a ready briefing goes, by the page's own clock (ms from navigation start). */
type ReadyPhases = { signInMs: number; firstByteMs: number; domContentLoadedMs: number; readyMs: number; map: Record<string, number> };

type Timeline = { __mapTimeline?: Record<string, number> };

/**
 * Records the map's own milestones by the page clock: created, style loaded, each source first fully loaded,
 * first idle (tiles load in MapLibre's workers, out of sight of the page's resource timing).
 */
function recordMapTimeline() {
  const w = window as unknown as Timeline;
  const timeline: Record<string, number> = {};
  w.__mapTimeline = timeline;
  const poll = setInterval(() => {
    const map = window.gridwatchMap;
    if (!map) return;
    clearInterval(poll);
    timeline.created = performance.now();
    map.on('load', () => (timeline.styleLoaded ??= performance.now()));
    map.on('sourcedata', (e) => {
      if (e.sourceId && timeline[`source ${e.sourceId}`] === undefined && map.isSourceLoaded(e.sourceId)) timeline[`source ${e.sourceId}`] = performance.now();
    });
    map.on('idle', () => (timeline.firstIdle ??= performance.now()));
  }, 20);
}

type SliderResult = { followMs: number[]; fullReadMs: number[]; readyAfterSignInMs: number | null; phases: ReadyPhases };

/** The navigation's first byte and DOMContentLoaded, and the map's milestones, by the page's clock. */
async function readyPhases(page: Page, signInMs: number): Promise<ReadyPhases> {
  return page.evaluate((signIn) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const timeline = (window as unknown as Timeline).__mapTimeline ?? {};
    return {
      signInMs: signIn,
      firstByteMs: Math.round(nav.responseStart),
      domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
      readyMs: Math.round(performance.now()),
      map: Object.fromEntries(Object.entries(timeline).map(([k, v]) => [k, Math.round(v)])),
    };
  }, signInMs);
}

/**
 * Signs in, opens the briefing (the default source for the data size), then moves the slider to several days
 * and times each move until the page shows that moment's figures. The baseline, in the same page: a full
 * briefing read (`/api/briefing?at=` without `parts=moment`, what every slider move cost before) per day.
 */
async function sliderFollow(base: string, official: BenchAccount): Promise<SliderResult> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const started = performance.now();
    const signIn = await page.request.post(`${base}/api/auth/sign-in`, { data: official, headers: { origin: base } });
    if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()}`);
    const signInMs = Math.round(performance.now() - started);
    await page.addInitScript(recordMapTimeline);
    await page.goto(`${base}/briefing?at=${encodeURIComponent(AT)}`, { timeout: IDLE_TIMEOUT_MS, waitUntil: 'commit' });
    await page.waitForSelector('[data-map-ready="true"]', { timeout: IDLE_TIMEOUT_MS });
    const readyAfterSignInMs = Math.round(performance.now() - started);
    const phases = await readyPhases(page, signInMs);
    log(`  sign-in ${phases.signInMs} ms; then first byte ${phases.firstByteMs} ms, DOMContentLoaded ${phases.domContentLoadedMs} ms, map ready ${phases.readyMs} ms; map ${JSON.stringify(phases.map)}`);
    const max = Number(await page.getAttribute('[data-testid="time-slider"]', 'max'));
    const steps = [max - 2, max - 5, max - 8, max - 3, max - 11, max - 1].filter((i) => i >= 0);
    const followMs: number[] = [];
    const fullReadMs: number[] = [];
    for (const index of steps) {
      const ms = await page.evaluate(
        (i) =>
          new Promise<number>((resolve) => {
            const shell = document.querySelector('[data-briefing-at]') as HTMLElement;
            const slider = document.querySelector('[data-testid="time-slider"]') as HTMLInputElement;
            const before = shell.dataset.briefingAt;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (shell.dataset.briefingAt !== before) {
                observer.disconnect();
                // The figures are in the DOM once React commits; one frame later they are painted.
                requestAnimationFrame(() => resolve(performance.now() - t0));
              }
            });
            observer.observe(shell, { attributes: true, attributeFilter: ['data-briefing-at'] });
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(slider, String(i));
            slider.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        index,
      );
      followMs.push(Math.round(ms));
      const at = await page.getAttribute('[data-briefing-at]', 'data-briefing-at');
      const full = await page.evaluate(async (moment) => {
        const t0 = performance.now();
        await (await fetch(`/api/briefing?at=${encodeURIComponent(moment ?? '')}`)).json();
        return performance.now() - t0;
      }, at);
      fullReadMs.push(Math.round(full));
      log(`  slider → day ${index}: figures in ${followMs.at(-1)} ms (full read ${fullReadMs.at(-1)} ms)`);
    }
    return { followMs, fullReadMs, readyAfterSignInMs, phases };
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

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
    log(`  geojson (baseline): ${geojsonIdle} ms`);
    log('sign-in to a ready briefing, then the slider:');
    const slider = await sliderFollow(base, official);
    log(`  ready ${slider.readyAfterSignInMs} ms after sign-in`);
    const followMedian = median(slider.followMs);
    const fullMedian = median(slider.fullReadMs);
    const result = {
      bench: 'map',
      cases: CASES,
      points,
      zones: ZONES,
      seedMs,
      tileMs: { median: tiles.median, p95: tiles.p95, requests: tiles.count, maxTileBytes: tiles.maxBytes, medianByZoom: tiles.byZoom },
      firstIdleMs: { geojson: geojsonIdle, tiles: tilesIdle, ratioTilesToGeojson: tilesIdle && geojsonIdle ? Number((tilesIdle / geojsonIdle).toFixed(3)) : null },
      readyAfterSignInMs: slider.readyAfterSignInMs,
      readyPhases: slider.phases,
      sliderFollowMs: { median: followMedian, max: Math.max(...slider.followMs), samples: slider.followMs },
      fullReadMs: { median: fullMedian, samples: slider.fullReadMs },
      ratioSliderToFullRead: followMedian !== null && fullMedian ? Number((followMedian / fullMedian).toFixed(3)) : null,
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
