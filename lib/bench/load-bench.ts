/**
 * Load bench: the production build (`next start`) on PostgreSQL/PostGIS with the overlap bench's 10,000 case
 * tracks, driven from this second process over loopback for a bounded time by
 *   - 200 resident clients posting `POST /api/check` with one day of their phone's trajectory each
 *     (200–3,000 fixes; a tenth are days of the bench's resident, whom some cases ride along with), each
 *     pausing to read the answer before the next check (Node's fetch: autocannon's rates are per second),
 *   - public map readers (`/api/zones`, `/api/cases?bbox=`, vector tiles; autocannon, a request a second each),
 *   - a few signed-in staff creating and editing zones and entering draft cases through the real API
 *     (same-origin `Origin` header, as the browser sends), every acknowledged write checked in the
 *     database afterwards.
 * Prints throughput, p50/p95/p99 latency and errors per request class, the writes acknowledged against
 * those present, and one JSON line with the check's p95 over its single-client p50 measured first.
 *
 *   npm run bench:load
 *
 * Environment: BENCH_LOAD_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/gridwatch_bench_load,
 * dropped and recreated; dropped at the end unless BENCH_LOAD_KEEP_DB=1), BENCH_LOAD_PORT (default a free
 * port), BENCH_LOAD_SECONDS (30–120, default 45), BENCH_LOAD_CLIENTS (default 200),
 * BENCH_LOAD_THINK_MS (a client's pause between its checks, uniform in 0.5–1.5 × this, default 10000;
 * 0 = back to back), BENCH_SEED.
 * The app's check rate limit (GRIDWATCH_CHECK_BURST / GRIDWATCH_CHECK_PER_MINUTE, 60 a minute per address)
 * is raised to 100,000 for the run (app-server.ts): every client here shares 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { tileOf } from '../../lib/tiles/tile-params';
import type { Fix } from '../../lib/trajectory/fixes-to-parts';
import { startApp, type RunningApp } from './app-server';
import { createBenchData, createRandom, dayTrajectory, DAY, type City } from './bench-data';
import { checkRequestBody } from './http-checks';
import { summarizeLatencies, type LatencySummary } from './latency-summary';
import { dropDatabase, recreateDatabase, seedLoadBench, type StaffAccount } from './load-bench-seed';

const SEED = Number(process.env.BENCH_SEED ?? 20220401);
const DATABASE_URL = process.env.BENCH_LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/gridwatch_bench_load';
const SECONDS = Math.min(120, Math.max(30, Number(process.env.BENCH_LOAD_SECONDS ?? 45)));
const CLIENTS = Math.min(1000, Math.max(1, Number(process.env.BENCH_LOAD_CLIENTS ?? 200)));
/** A resident reads their result before checking again (another preset, another day): ~20 checks/s from 200. */
const THINK_MS = Math.max(0, Number(process.env.BENCH_LOAD_THINK_MS ?? 10_000));
const CASES = 10_000;
/** The overlap bench's resident: same seed and size, so the 10,000 case tracks are the same data set. */
const RESIDENT_FIXES = 20_000;
const STAFF = 4;
/**
 * Map readers, one request a second each: the home map loads tiles (it switches to tiles above 2,000
 * features) and the zones; `/api/cases?bbox=` is for machine clients. At 10,000 tracks one ~1.5 km box of
 * `/api/cases` is ~6 MB and a zoom-12 cases tile ~3 MB, so more readers here measure those, not the check.
 */
const MAP_READERS = { zones: 2, cases: 1, tiles: 4 };
const RULE = { preset: 'same-place' } as const;
const REQUEST_TIMEOUT_S = 30;

const log = (line: string) => console.log(line);
const loadAverage = () => os.loadavg().map((x) => Number(x.toFixed(2)));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** One day of each resident's phone log: mostly generated days, every tenth a day of the bench resident. */
function residentDays(city: City, residentFixes: readonly Fix[], count: number): Fix[][] {
  const random = createRandom(SEED + 1);
  return Array.from({ length: count }, (_, i) => {
    if (i % 10 === 0) {
      const day = (i / 10) % city.days;
      const from = city.start + day * DAY;
      return residentFixes.filter((f) => f.time >= from && f.time < from + DAY);
    }
    return dayTrajectory(city, random, Math.round(200 * 15 ** random()));
  });
}

/** Map requests a reader makes: the zones in force, cases in a ~500 m box, tiles at zoom 13–15 around the city. */
function mapPaths(city: City, count: number): { zones: string[]; cases: string[]; tiles: string[] } {
  const random = createRandom(SEED + 2);
  const at = encodeURIComponent(new Date(city.start + 7 * DAY).toISOString());
  const place = () => city.places[Math.floor(random() * 2_000)].lngLat;
  const zones = [`/api/zones?at=${at}`, '/api/zones'];
  const cases = Array.from({ length: count }, () => {
    const [lng, lat] = place();
    return `/api/cases?bbox=${(lng - 0.003).toFixed(4)},${(lat - 0.0025).toFixed(4)},${(lng + 0.003).toFixed(4)},${(lat + 0.0025).toFixed(4)}&at=${at}`;
  });
  const layers = ['zones', 'cases', 'communities'] as const;
  const tiles = Array.from({ length: count }, () => {
    const z = 13 + Math.floor(random() * 3);
    const { x, y } = tileOf(place(), z);
    const layer = layers[Math.floor(random() * layers.length)];
    return `/api/tiles/${layer}/${z}/${x}/${y}${layer === 'communities' ? '' : `?at=${at}${layer === 'cases' ? '&days=14' : ''}`}`;
  });
  return { zones, cases, tiles };
}

type ClassRun = { latencies: number[]; errors: number; statuses: Record<string, number> };

/** Runs one autocannon instance for `seconds`, cycling through the given requests; latencies of 2xx only. */
async function drive(
  base: string,
  options: { connections: number; seconds: number; connectionRate?: number; next: () => { method: 'GET' | 'POST'; path: string; body?: string } },
): Promise<ClassRun> {
  const run: ClassRun = { latencies: [], errors: 0, statuses: {} };
  // Without a callback autocannon returns its tracker (an EventEmitter) made thenable; its types say Promise.
  const instance = autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    timeout: REQUEST_TIMEOUT_S,
    ...(options.connectionRate ? { connectionRate: options.connectionRate } : {}),
    requests: [
      {
        setupRequest: (request) => {
          const next = options.next();
          return {
            ...request,
            method: next.method,
            path: next.path,
            headers: next.body ? { 'content-type': 'application/json' } : {},
            ...(next.body ? { body: next.body } : {}),
          };
        },
      },
    ],
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    run.statuses[statusCode] = (run.statuses[statusCode] ?? 0) + 1;
    if (statusCode >= 200 && statusCode < 300) run.latencies.push(responseTime);
    else run.errors++;
  });
  const result = await instance;
  // Socket errors and timeouts never produce a response event.
  run.errors += result.errors;
  if (result.errors) run.statuses.socketErrors = result.errors;
  return run;
}

/**
 * `clients` residents, each posting a check, reading the answer, pausing (think time), and again, until the
 * deadline; each starts at a random moment of its first pause so they do not arrive in lockstep. Node's
 * fetch keeps one connection per client in flight at most.
 */
async function residents(base: string, bodies: readonly string[], clients: number, deadline: number): Promise<ClassRun> {
  const run: ClassRun = { latencies: [], errors: 0, statuses: {} };
  const random = createRandom(SEED + 3);
  const pause = () => new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + random())));
  const client = async (k: number) => {
    await new Promise((resolve) => setTimeout(resolve, THINK_MS * random()));
    for (let round = 0; Date.now() < deadline; round++) {
      const started = performance.now();
      try {
        const response = await fetch(`${base}/api/check`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: bodies[(k + round * 37) % bodies.length],
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_S * 1000),
        });
        await response.arrayBuffer();
        run.statuses[response.status] = (run.statuses[response.status] ?? 0) + 1;
        if (response.ok) run.latencies.push(performance.now() - started);
        else run.errors++;
      } catch {
        run.statuses.socketErrors = (run.statuses.socketErrors ?? 0) + 1;
        run.errors++;
      }
      if (THINK_MS) await pause();
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, k) => client(k)));
  return run;
}

type Acknowledged = { zones: Map<number, { name: string; version: number }>; cases: Set<string>; auditEntries: number };

/** Signs a staff member in through the API and returns the session cookie. */
async function signIn(base: string, account: StaffAccount): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`sign-in of ${account.username}: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('gridwatch-session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0];
}

/**
 * One staff member's work until the deadline: draw a zone, save an edit of it, enter a draft case; a
 * pause between rounds. Counts every write the API acknowledged (2xx) and what it said was saved.
 */
async function staffWork(base: string, cookie: string, who: number, city: City, deadline: number, acknowledged: Acknowledged): Promise<ClassRun> {
  const run: ClassRun = { latencies: [], errors: 0, statuses: {} };
  const random = createRandom(SEED + 100 + who);
  const headers = { 'content-type': 'application/json', origin: base, cookie };
  const send = async (method: string, path: string, body: unknown): Promise<unknown> => {
    const started = performance.now();
    try {
      const response = await fetch(`${base}${path}`, { method, headers, body: JSON.stringify(body), signal: AbortSignal.timeout(REQUEST_TIMEOUT_S * 1000) });
      const json: unknown = await response.json().catch(() => null);
      run.statuses[response.status] = (run.statuses[response.status] ?? 0) + 1;
      if (!response.ok) {
        run.errors++;
        return null;
      }
      run.latencies.push(performance.now() - started);
      return json;
    } catch {
      run.statuses.socketErrors = (run.statuses.socketErrors ?? 0) + 1;
      run.errors++;
      return null;
    }
  };
  for (let round = 1; Date.now() < deadline; round++) {
    const [lng, lat] = city.places[Math.floor(random() * city.places.length)].lngLat;
    const d = 0.001 + random() * 0.002;
    const geometry = { type: 'Polygon', coordinates: [[[lng - d, lat - d], [lng + d, lat - d], [lng + d, lat + d], [lng - d, lat + d], [lng - d, lat - d]]] };
    const name = `Load zone ${who}-${round}`;
    const effectiveFrom = new Date(city.start + Math.floor(random() * city.days) * DAY).toISOString();
    const created = (await send('POST', '/api/staff/zones', { kind: 'controlled', name, effectiveFrom, geometry })) as { zone?: { id: number; version: number } } | null;
    if (created?.zone) {
      acknowledged.zones.set(created.zone.id, { name, version: created.zone.version });
      acknowledged.auditEntries++;
      const edited = { kind: 'sealed', name: `${name} (sealed)`, effectiveFrom, geometry, note: 'tightened during the load run', version: created.zone.version };
      const saved = (await send('PUT', `/api/staff/zones/${created.zone.id}`, edited)) as { zone?: { version: number } } | null;
      if (saved?.zone) {
        acknowledged.zones.set(created.zone.id, { name: edited.name, version: saved.zone.version });
        acknowledged.auditEntries++;
      }
    }
    const code = `LOAD-${who}-${round}`;
    const start = city.start + Math.floor(random() * city.days) * DAY + 10 * 3_600_000;
    const visit = { place: 'Load test place', lngLat: [lng, lat], start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
    const saved = (await send('POST', '/api/staff/cases', { code, reportedAt: new Date(start + DAY).toISOString(), visits: [visit] })) as { codes?: string[] } | null;
    if (saved?.codes?.includes(code)) {
      acknowledged.cases.add(code);
      acknowledged.auditEntries++;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000 + random() * 1_000));
  }
  return run;
}

/** What the database holds of the acknowledged writes, after the load. */
async function countPresent(acknowledged: Acknowledged): Promise<{ zones: number; cases: number; auditEntries: number }> {
  const sql = postgres(DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const ids = [...acknowledged.zones.keys()];
    const idList = JSON.stringify(ids);
    const codeList = JSON.stringify([...acknowledged.cases]);
    const zones = await sql<{ id: number; name: string; version: number }[]>`
      SELECT id, name, version FROM zones WHERE id IN (SELECT value::int FROM json_array_elements_text(${idList}::text::json))`;
    // Present: the last acknowledged state, or a later one (a write whose answer timed out may still have landed).
    const intact = zones.filter((z) => {
      const ack = acknowledged.zones.get(z.id);
      return ack !== undefined && (z.version > ack.version || (z.version === ack.version && z.name === ack.name));
    }).length;
    const cases = await sql<{ code: string }[]>`SELECT code FROM cases WHERE code IN (SELECT value FROM json_array_elements_text(${codeList}::text::json))`;
    const [audit] = await sql<{ n: string }[]>`
      SELECT count(*) AS n FROM audit_log
      WHERE (object_type = 'zone' AND object_id IN (SELECT value FROM json_array_elements_text(${idList}::text::json)))
         OR (object_type = 'case' AND object_id IN (SELECT id::text FROM cases WHERE code IN (SELECT value FROM json_array_elements_text(${codeList}::text::json))))`;
    return { zones: intact, cases: cases.length, auditEntries: Number(audit.n) };
  } finally {
    await sql.end();
  }
}

/** Sum of a `ps` column over the app's process group (npx and the Next.js server). */
function sumOverServer(app: RunningApp, column: 'rss' | 'times'): number | null {
  if (!app.pid) return null;
  try {
    const out = execFileSync('ps', ['-o', `${column}=`, '-g', String(app.pid)], { encoding: 'utf8' });
    return out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0);
  } catch {
    return null;
  }
}

/** Resident set size of the app, in MB. */
const serverRssMb = (app: RunningApp) => {
  const kb = sumOverServer(app, 'rss');
  return kb === null ? null : Math.round(kb / 1024);
};

async function baseline(base: string, bodies: readonly string[]): Promise<{ check: LatencySummary; overlapping: number; overlaps: number; map: LatencySummary }> {
  const check: number[] = [];
  let overlapping = 0;
  let overlaps = 0;
  let errors = 0;
  for (const body of bodies.slice(0, 40)) {
    const started = performance.now();
    const response = await fetch(`${base}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json()) as { overlaps?: unknown[] };
    if (!response.ok) errors++;
    else check.push(performance.now() - started);
    overlaps += json.overlaps?.length ?? 0;
    if (json.overlaps?.length) overlapping++;
  }
  const map: number[] = [];
  for (const path of ['/api/zones', '/api/zones', '/api/communities', '/api/tiles/zones/13/6985/3173', '/api/tiles/cases/13/6985/3173']) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`);
    await response.arrayBuffer();
    if (response.ok) map.push(performance.now() - started);
  }
  return { check: summarizeLatencies(check, { errors, seconds: check.reduce((a, b) => a + b, 0) / 1000 }), overlapping, overlaps, map: summarizeLatencies(map, { errors: 0, seconds: 1 }) };
}

function row(name: string, s: LatencySummary): string {
  const f = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(x >= 100 ? 0 : 1));
  return `${name.padEnd(26)} ${f(s.perSecond).padStart(8)} ${f(s.p50).padStart(8)} ${f(s.p95).padStart(8)} ${f(s.p99).padStart(8)} ${f(s.max).padStart(8)} ${String(s.ok).padStart(8)} ${String(s.errors).padStart(7)}`;
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`Load bench — seed ${SEED}, node ${process.version}, ${os.cpus().length} cores, load average ${loadAverage().join(' ')}`);
  const data = createBenchData({ seed: SEED, caseCount: CASES, residentFixCount: RESIDENT_FIXES });
  const days = residentDays(data.city, data.residentFixes, CLIENTS);
  const bodies = days.map((fixes) => checkRequestBody(fixes, RULE));
  const fixCounts = days.map((d) => d.length).sort((a, b) => a - b);
  log(
    `data: ${data.cases.length} case tracks (${data.caseFixes.toLocaleString('en')} fixes); ${bodies.length} resident days of ` +
      `${fixCounts[0]}–${fixCounts[fixCounts.length - 1]} fixes (median ${fixCounts[fixCounts.length >> 1]}), ` +
      `${(bodies.reduce((a, b) => a + b.length, 0) / bodies.length / 1e3).toFixed(0)} kB a request on average`,
  );

  let t = performance.now();
  await recreateDatabase(DATABASE_URL);
  const seed = await seedLoadBench(DATABASE_URL, data.cases, data.city, STAFF);
  // The tracks are in the database now; this process only drives the load (keep its heap small).
  data.cases.length = 0;
  const seedSeconds = (performance.now() - t) / 1000;
  log(`seeded ${DATABASE_URL}: ${seed.cases} published cases, ${seed.visits} visits, ${seed.fixes.toLocaleString('en')} fixes, ${seed.zones} zones in ${seedSeconds.toFixed(0)} s`);

  const port = Number(process.env.BENCH_LOAD_PORT ?? 0) || (await freePort());
  // startApp raises the check limit to env.ts's cap (100,000; a larger value is an invalid setting and every
  // route answers 500). Opening warms the check on 10,000 tracks: minutes on a loaded 2-core machine.
  const app = await startApp(port, { databaseUrl: DATABASE_URL, env: { GRIDWATCH_TZ: 'Asia/Seoul' }, readyTimeoutMs: 600_000 });
  const base = app.baseUrl;
  const keepDb = process.env.BENCH_LOAD_KEEP_DB === '1';
  try {
    log(`app: next start on ${base} (PostgreSQL), check rate limit raised for the run`);
    t = performance.now();
    const first = await fetch(`${base}/api/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[1] });
    if (!first.ok) throw new Error(`first check: ${first.status} ${await first.text()}`);
    const firstCheckSeconds = (performance.now() - t) / 1000;
    log(`first check (loads the 10,000 tracks and builds the server's case index): ${firstCheckSeconds.toFixed(1)} s; server RSS ${serverRssMb(app)} MB`);

    const single = await baseline(base, bodies);
    log(
      `single client: check p50 ${single.check.p50} ms (40 days, ${single.overlapping} with an overlap, ${single.overlaps} overlaps); ` +
        `map reads p50 ${single.map.p50} ms`,
    );

    const staff = await Promise.all(seed.staff.map((account) => signIn(base, account)));
    log(
      `load: ${CLIENTS} check clients (${THINK_MS ? `pausing ${THINK_MS / 2000}–${(THINK_MS * 1.5) / 1000} s between checks` : 'back to back'}), ` +
        `${MAP_READERS.zones + MAP_READERS.cases + MAP_READERS.tiles} map readers, ${STAFF} staff writers, for ${SECONDS} s…`,
    );
    const paths = mapPaths(data.city, 500);
    const cycle = (list: readonly string[]) => {
      let i = 0;
      return () => ({ method: 'GET' as const, path: list[i++ % list.length] });
    };
    const acknowledged: Acknowledged = { zones: new Map(), cases: new Set(), auditEntries: 0 };
    const deadline = Date.now() + SECONDS * 1000;
    // CPU the server gets during the load: on a shared machine, how much of a core it had tells starvation
    // (other processes) from cost (the server's own work per request).
    const cpuBefore = sumOverServer(app, 'times');
    const loadStarted = performance.now();
    const [check, zones, cases, tiles, ...writers] = await Promise.all([
      residents(base, bodies, CLIENTS, deadline),
      drive(base, { connections: MAP_READERS.zones, seconds: SECONDS, connectionRate: 1, next: cycle(paths.zones) }),
      drive(base, { connections: MAP_READERS.cases, seconds: SECONDS, connectionRate: 1, next: cycle(paths.cases) }),
      drive(base, { connections: MAP_READERS.tiles, seconds: SECONDS, connectionRate: 1, next: cycle(paths.tiles) }),
      ...staff.map((cookie, i) => staffWork(base, cookie, i + 1, data.city, deadline, acknowledged)),
    ]);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const cpuAfter = sumOverServer(app, 'times');
    const serverCpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
    const rssAfter = serverRssMb(app);
    const writes: ClassRun = { latencies: writers.flatMap((w) => w.latencies), errors: writers.reduce((a, w) => a + w.errors, 0), statuses: {} };
    for (const w of writers) for (const [s, n] of Object.entries(w.statuses)) writes.statuses[s] = (writes.statuses[s] ?? 0) + n;

    const classes: Record<string, LatencySummary> = {};
    const statuses: Record<string, Record<string, number>> = {};
    for (const [name, run] of Object.entries({ check, zones, cases, tiles, staffWrites: writes })) {
      classes[name] = summarizeLatencies(run.latencies, { errors: run.errors, seconds: loadSeconds });
      statuses[name] = run.statuses;
    }
    const present = await countPresent(acknowledged);
    const ackZones = acknowledged.zones.size;
    const ackCases = acknowledged.cases.size;
    const lost = ackZones - present.zones + (ackCases - present.cases);

    log(`\n${'request class'.padEnd(26)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'2xx'.padStart(8)} ${'errors'.padStart(7)}`);
    log(row(`POST /api/check (${CLIENTS})`, classes.check));
    log(row(`GET /api/zones (${MAP_READERS.zones})`, classes.zones));
    log(row(`GET /api/cases?bbox (${MAP_READERS.cases})`, classes.cases));
    log(row(`GET /api/tiles (${MAP_READERS.tiles})`, classes.tiles));
    log(row(`staff writes (${STAFF})`, classes.staffWrites));
    log(`statuses: ${JSON.stringify(statuses)}`);
    log(
      `staff writes: ${ackZones} zones (created, then edited) and ${ackCases} draft cases acknowledged; present afterwards: ` +
        `${present.zones} zones in their last acknowledged state (or later), ${present.cases} cases; ` +
        `${present.auditEntries} audit entries for ${acknowledged.auditEntries} acknowledged writes; lost: ${lost}`,
    );
    const errors = Object.values(classes).reduce((a, c) => a + c.errors, 0);
    const served = Object.values(classes).reduce((a, c) => a + c.ok, 0);
    const cpuPerRequestMs = serverCpuSeconds === null || served === 0 ? null : Math.round((serverCpuSeconds * 1000) / served);
    const serverCores = serverCpuSeconds === null ? null : Number((serverCpuSeconds / loadSeconds).toFixed(2));
    log(
      `server: ${serverCpuSeconds ?? '?'} s of CPU in ${loadSeconds.toFixed(0)} s of load (${serverCores ?? '?'} of a core), ` +
        `${cpuPerRequestMs ?? '?'} ms of CPU per answered request; RSS after the load ${rssAfter} MB; load average ${loadAverage().join(' ')}`,
    );
    log(
      `target (zero errors, zero lost writes, check p95 < 500 ms): ${errors === 0 && lost === 0 && classes.check.p95 < 500 ? 'met' : 'MISSED'} ` +
        `— ${errors} errors, ${lost} lost, p95 ${classes.check.p95} ms`,
    );
    console.log(
      JSON.stringify({
        bench: 'load',
        seed: SEED,
        cases: seed.cases,
        caseFixes: seed.fixes,
        zones: seed.zones,
        clients: CLIENTS,
        thinkMs: THINK_MS,
        seconds: Number(loadSeconds.toFixed(1)),
        seedSeconds: Math.round(seedSeconds),
        firstCheckSeconds: Number(firstCheckSeconds.toFixed(1)),
        baseline: { checkP50Ms: single.check.p50, mapP50Ms: single.map.p50 },
        classes,
        statuses,
        checkP95OverBaselineP50: Number((classes.check.p95 / single.check.p50).toFixed(2)),
        writes: { zones: ackZones, cases: ackCases, presentZones: present.zones, presentCases: present.cases, auditEntries: present.auditEntries, lost },
        serverRssMb: rssAfter,
        serverCpu: { seconds: serverCpuSeconds, cores: serverCores, msPerRequest: cpuPerRequestMs },
        errors,
        loadAverage: loadAverage(),
        totalSeconds: Math.round((performance.now() - started) / 1000),
      }),
    );
  } finally {
    await app.stop();
    if (!keepDb) await dropDatabase(DATABASE_URL);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
