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
import postgres from 'postgres';
import { chromium } from '@playwright/test';
import { openDatabase } from '../../lib/db/client';
import { parseSettings } from '../../lib/env';
import { seedDemoIfEmpty } from '../../lib/db/seed-demo';
import { tileOf, TILE_LAYERS } from '../../lib/tiles/tile-params';

const URL_DEFAULT = 'postgres://postgres@127.0.0.1:5432/gridwatch_bench_map';
const databaseUrl = process.env.BENCH_MAP_DATABASE_URL ?? URL_DEFAULT;
const CASES = 10_000;
const POINTS_PER_TRACK = 100;
const ZONES = 1_000;
const AT = '2020-03-20T00:00:00.000Z';
const CENTRE: [number, number] = [126.857, 37.519];
const ZOOMS = [10, 11, 12, 13, 14, 15, 16];
const IDLE_TIMEOUT_MS = 120_000;

const log = (line: string) => console.log(line);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function recreateDatabase(): Promise<void> {
  const name = databaseUrl.slice(databaseUrl.lastIndexOf('/') + 1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const admin = postgres(`${databaseUrl.slice(0, databaseUrl.lastIndexOf('/'))}/postgres`, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

/** Seeds in SQL (generate_series): a million points in seconds rather than minutes of client inserts. */
async function seed(): Promise<{ points: number; visits: number }> {
  const handle = await openDatabase({ settings: parseSettings({ DATABASE_URL: databaseUrl, GRIDWATCH_DEMO: 'off' }), seedDemo: false });
  await seedDemoIfEmpty(handle.db);
  await handle.close();
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql`SELECT setseed(0.2022)`;
    await sql`
      INSERT INTO zones (kind, name, geom, effective_from)
      SELECT (ARRAY['sealed','controlled','precaution'])[1 + i % 3]::zone_kind, 'Bench zone ' || i,
        ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(126.78 + random() * 0.15, 37.45 + random() * 0.14), 4326)::geography, 80 + (i % 3) * 250, 8)::geometry),
        ${AT}::timestamptz - (random() * 10 || ' days')::interval
      FROM generate_series(1, ${ZONES}) AS i`;
    await sql`
      INSERT INTO cases (code, classification, reported_at, status, published_at)
      SELECT 'B-' || lpad(i::text, 5, '0'), 'confirmed', ${AT}::timestamptz - (random() * 9 || ' days')::interval, 'published', now()
      FROM generate_series(1, ${CASES}) AS i`;
    // One movement of POINTS_PER_TRACK points (a random walk, one minute apart) ending before the report.
    await sql`
      INSERT INTO case_visits (case_id, seq, place, geom, coord_times, starts_at, ends_at)
      SELECT c.id, 0, NULL, ST_SetSRID(ST_MakeLine(w.pts), 4326), w.times, w.times[1], w.times[${POINTS_PER_TRACK}]
      FROM (SELECT id, reported_at, 126.78 + random() * 0.15 AS lng0, 37.45 + random() * 0.14 AS lat0 FROM cases WHERE code LIKE 'B-%') c
      CROSS JOIN LATERAL (
        SELECT array_agg(ST_MakePoint(x, y) ORDER BY k) AS pts, array_agg(t ORDER BY k) AS times FROM (
          SELECT k, c.lng0 + sum((random() - 0.5) * 0.0015) OVER (ORDER BY k) AS x, c.lat0 + sum((random() - 0.5) * 0.0012) OVER (ORDER BY k) AS y,
            c.reported_at - interval '2 days' + k * interval '1 minute' AS t
          FROM generate_series(1, ${POINTS_PER_TRACK}) AS k
        ) s
      ) w`;
    await sql`
      INSERT INTO case_visits (case_id, seq, place, geom, starts_at, ends_at)
      SELECT v.case_id, 1, 'Bench place', ST_EndPoint(v.geom), v.ends_at, v.ends_at + interval '1 hour'
      FROM case_visits v JOIN cases c ON c.id = v.case_id WHERE c.code LIKE 'B-%' AND v.seq = 0`;
    await sql`ANALYZE`;
    const [row] = await sql<{ points: string; visits: string }[]>`SELECT sum(ST_NPoints(geom)) AS points, count(*) AS visits FROM case_visits`;
    return { points: Number(row.points), visits: Number(row.visits) };
  } finally {
    await sql.end();
  }
}

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

async function firstIdle(base: string, source: 'geojson' | 'tiles'): Promise<number | null> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
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
  await recreateDatabase();
  const seedStarted = performance.now();
  const { points, visits } = await seed();
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
    const tilesIdle = await firstIdle(base, 'tiles');
    log(`  tiles: ${tilesIdle} ms`);
    const geojsonIdle = await firstIdle(base, 'geojson');
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
