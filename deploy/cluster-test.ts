/**
 * npm run test:cluster — the fault test of the local cluster (`npm run cluster -- up` first; loopback only,
 * every loop bounded). Through nginx, for LOAD_SECONDS:
 *   - residents post `POST /api/check` (the e2e fixture day), each from its own loopback address (127.0.1.x)
 *     so each has its own rate-limit bucket, as real phones do,
 *   - map readers GET zones, communities, vector tiles and community cards (127.0.2.x),
 *   - a signed-in staff member saves district targets one after another; after each acknowledged save the
 *     standby is polled until the row is there (the public reads' lag),
 * while one app instance is killed with SIGKILL and restarted. Then: a forged X-Forwarded-For cannot dodge the
 * check's limit (shared by both instances), and with the standby stopped public reads fall back to the
 * primary with no failure, and return to the standby once it is back.
 * Passes when no resident check and no map read failed at the proxy and every acknowledged write is present.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import postgres from 'postgres';

const DIR = process.env.GRIDWATCH_CLUSTER_DIR ?? '/tmp/gridwatch-cluster';
const LOAD_SECONDS = Math.min(90, Math.max(20, Number(process.env.CLUSTER_TEST_SECONDS ?? 40)));
const RESIDENTS = 12;
const READERS = 8;
const CHECK_BODY = JSON.stringify({ trajectory: JSON.parse(fs.readFileSync(path.join('e2e', 'fixtures', 'resident-overlap.geojson'), 'utf8')), rule: { preset: 'same-place' } });
/** Staff writes: district targets of a demo district, one due day each (a day per run and write, never reused). */
const DISTRICT = 'Guro-gu';
const FIRST_DUE_DAY = Date.UTC(2030, 0, 1) + (Math.floor(Date.now() / 1000) % 20_000) * 86_400_000;
const dueOnOf = (n: number) => new Date(FIRST_DUE_DAY + n * 86_400_000).toISOString().slice(0, 10);
/** Demo tiles and cards around Guro-gu (the demo data's cluster). */
const TILE = { z: 13, x: 6983, y: 3173 };

type Env = { PRIMARY_URL: string; STANDBY_URL: string; PROXY_URL: string; APP_PORTS: string };
type Reply = { status: number; body: string; headers: http.IncomingHttpHeaders };

function readClusterEnv(): Env {
  const file = path.join(DIR, 'cluster.env');
  if (!fs.existsSync(file)) throw new Error(`No cluster in ${DIR}: run \`npm run cluster -- up\` first.`);
  return Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [key, ...rest] = line.split('=');
        return [key, rest.join('=').replace(/^"|"$/g, '')];
      }),
  ) as Env;
}

const env = readClusterEnv();
const proxy = new URL(env.PROXY_URL);
const agents = new Map<string, http.Agent>();
const agentFor = (from: string) => agents.get(from) ?? agents.set(from, new http.Agent({ keepAlive: true, maxSockets: 4, localAddress: from })).get(from)!;

/** One request through nginx from a given loopback address; network failures answer status 0. */
function request(from: string, method: string, urlPath: string, options: { body?: string; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<Reply> {
  return new Promise((resolve) => {
    const req = http.request(
      { host: proxy.hostname, port: proxy.port, path: urlPath, method, agent: agentFor(from), headers: { ...(options.body ? { 'content-type': 'application/json' } : {}), ...options.headers }, timeout: options.timeoutMs ?? 30_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
        res.on('error', () => resolve({ status: 0, body: '', headers: {} }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, body: '', headers: {} }));
    req.end(options.body);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (values: number[], p: number) => (values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] : NaN);
const problems: string[] = [];
const expectThat = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
};

type Tally = { ok: number; failed: number; statuses: Record<string, number>; upstreams: Set<string> };
const tally = (): Tally => ({ ok: 0, failed: 0, statuses: {}, upstreams: new Set() });
function count(t: Tally, reply: Reply, isOk: boolean) {
  t[isOk ? 'ok' : 'failed'] += 1;
  t.statuses[reply.status] = (t.statuses[reply.status] ?? 0) + 1;
  const upstream = reply.headers['x-gridwatch-upstream'];
  if (typeof upstream === 'string') for (const u of upstream.split(/,\s*/)) t.upstreams.add(u);
}

/** A check sent straight to one instance (not through the proxy), as a resident at `from`; the body text. */
function directCheck(port: number, from: string): Promise<string> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/api/check', method: 'POST', localAddress: from, headers: { 'content-type': 'application/json' }, timeout: 20_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    req.on('error', () => resolve(''));
    req.end(CHECK_BODY);
  });
}

/** A GET straight to one instance; the body as bytes (status 0 on a network failure). */
function directGet(port: number, urlPath: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath, localAddress: '127.0.7.1', timeout: 20_000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      })
      .on('error', () => resolve({ status: 0, body: Buffer.alloc(0) }));
  });
}

/** Each instance's day-file manifest (retried while it builds), and each listed file from every instance. */
async function compareDayFiles(ports: number[]): Promise<{ isSameManifest: boolean; files: number; differing: number }> {
  let manifests: string[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const replies = await Promise.all(ports.map((port) => directGet(port, '/api/case-tracks/days')));
    manifests = replies.map((r) => (r.status === 200 ? JSON.stringify(JSON.parse(r.body.toString('utf8')).days) : ''));
    if (manifests.every((m) => m && m === manifests[0])) break;
    await sleep(1000);
  }
  const isSameManifest = manifests.every((m) => m && m === manifests[0]);
  const days = (manifests[0] ? JSON.parse(manifests[0]) : []) as { file: string }[];
  let differing = 0;
  for (const { file } of days) {
    const bodies = await Promise.all(ports.map((port) => directGet(port, `/api/case-tracks/days/${file}`)));
    if (bodies.some((b) => b.status !== 200 || !b.body.equals(bodies[0].body))) differing += 1;
  }
  return { isSameManifest, files: days.length, differing };
}

async function signInStaff(): Promise<string> {
  const reply = await request('127.0.4.1', 'POST', '/api/auth/sign-in', { body: JSON.stringify({ username: 'staff', password: 'demo-staff-2022' }), headers: { origin: env.PROXY_URL } });
  const cookie = reply.headers['set-cookie']?.[0]?.split(';')[0];
  if (reply.status !== 200 || !cookie) throw new Error(`staff sign-in through the proxy failed: ${reply.status} ${reply.body}`);
  return cookie;
}

async function main() {
  const primary = postgres(env.PRIMARY_URL, { max: 2, onnotice: () => {} });
  const standby = postgres(env.STANDBY_URL, { max: 2, onnotice: () => {}, connect_timeout: 2 });
  const appPorts = env.APP_PORTS.split(/\s+/).map(Number);
  const victim = appPorts[0];
  const pidOf = (port: number) => Number(fs.readFileSync(path.join(DIR, `app-${port}.pid`), 'utf8'));
  const stopAt = Date.now() + LOAD_SECONDS * 1000;
  const checks = tally();
  const reads = tally();
  const checkMs: number[] = [];
  const acknowledged: { dueOn: string }[] = [];
  const unacknowledged: number[] = [];
  const lagMs: number[] = [];
  const replayLagMs: number[] = [];
  const cookie = await signInStaff();
  const events: string[] = [];
  const t0 = Date.now();
  const at = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

  const resident = async (i: number) => {
    const from = `127.0.1.${i + 1}`;
    // 60 checks a minute per address is the app's limit: a resident here stays under it.
    for (let n = 0; Date.now() < stopAt && n < 55; n++) {
      const started = Date.now();
      const reply = await request(from, 'POST', '/api/check', { body: CHECK_BODY });
      checkMs.push(Date.now() - started);
      count(checks, reply, reply.status === 200 && reply.body.includes('"overlaps"'));
      await sleep(600 + Math.random() * 600);
    }
  };
  const reader = async (i: number) => {
    const from = `127.0.2.${i + 1}`;
    const paths = ['/api/zones', '/api/communities', `/api/tiles/zones/${TILE.z}/${TILE.x}/${TILE.y}`, `/api/tiles/cases/${TILE.z}/${TILE.x}/${TILE.y}`, '/api/communities/1/card'];
    for (let n = 0; Date.now() < stopAt && n < 400; n++) {
      const reply = await request(from, 'GET', paths[n % paths.length]);
      count(reads, reply, reply.status === 200 || reply.status === 304);
      await sleep(150 + Math.random() * 150);
    }
  };
  const staff = async () => {
    for (let n = 0; Date.now() < stopAt && n < 200; n++) {
      const dueOn = dueOnOf(n);
      const reply = await request('127.0.4.1', 'POST', '/api/staff/targets', { body: JSON.stringify({ district: DISTRICT, targetCount: n, dueOn }), headers: { origin: env.PROXY_URL, cookie } });
      if (reply.status !== 201) {
        unacknowledged.push(reply.status);
        await sleep(300);
        continue;
      }
      acknowledged.push({ dueOn });
      // How long until the standby (public reads) has it: poll, bounded.
      const saved = Date.now();
      for (let k = 0; k < 100; k++) {
        const rows = await standby`select 1 from district_targets where district = ${DISTRICT} and due_on = ${dueOn}`.catch(() => []);
        if (rows.length) {
          lagMs.push(Date.now() - saved);
          break;
        }
        await sleep(20);
      }
      await sleep(200);
    }
  };
  const replication = async () => {
    while (Date.now() < stopAt) {
      const [row] = await primary`select extract(epoch from coalesce(replay_lag, '0'::interval)) * 1000 as ms from pg_stat_replication`;
      if (row) replayLagMs.push(Number(row.ms));
      await sleep(500);
    }
  };
  const chaos = async () => {
    await sleep(Math.min(10_000, (LOAD_SECONDS * 1000) / 4));
    const pid = pidOf(victim);
    process.kill(pid, 'SIGKILL');
    events.push(`${at()}: SIGKILL app :${victim} (pid ${pid})`);
    await sleep(3_000);
    execFileSync('bash', ['deploy/cluster.sh', 'start-app', String(victim)], { stdio: 'inherit' });
    events.push(`${at()}: restarting app :${victim}`);
    for (let k = 0; k < 120; k++) {
      const reply = await new Promise<number>((resolve) => http.get({ host: '127.0.0.1', port: victim, path: '/api/health', timeout: 2000 }, (res) => { res.resume(); resolve(res.statusCode ?? 0); }).on('error', () => resolve(0)));
      if (reply === 200) break;
      await sleep(1000);
    }
    events.push(`${at()}: app :${victim} healthy again`);
  };

  console.log(`Load through ${env.PROXY_URL} for ${LOAD_SECONDS} s: ${RESIDENTS} residents, ${READERS} map readers, 1 staff writer; SIGKILL of :${victim}`);
  await Promise.all([...Array.from({ length: RESIDENTS }, (_, i) => resident(i)), ...Array.from({ length: READERS }, (_, i) => reader(i)), staff(), replication(), chaos()]);
  for (const e of events) console.log(`  ${e}`);

  const present = await primary`select due_on::text as due_on from district_targets where district = ${DISTRICT}`;
  const presentSet = new Set(present.map((r) => r.due_on as string));
  const lost = acknowledged.filter((w) => !presentSet.has(w.dueOn));
  const publicView = await request('127.0.4.1', 'GET', '/api/staff/targets', { headers: { cookie } });

  console.log(`  checks: ${checks.ok} ok, ${checks.failed} failed ${JSON.stringify(checks.statuses)}; p50 ${percentile(checkMs, 50)} ms, p95 ${percentile(checkMs, 95)} ms`);
  console.log(`  map reads: ${reads.ok} ok, ${reads.failed} failed ${JSON.stringify(reads.statuses)}`);
  console.log(`  staff writes: ${acknowledged.length} acknowledged, ${unacknowledged.length} refused ${JSON.stringify(unacknowledged)}, ${lost.length} acknowledged but missing`);
  console.log(`  standby: a save visible there after p50 ${percentile(lagMs, 50)} ms, p95 ${percentile(lagMs, 95)} ms, max ${Math.max(...lagMs)} ms (${lagMs.length} saves); pg_stat_replication replay_lag max ${Math.max(0, ...replayLagMs).toFixed(0)} ms`);
  expectThat(checks.failed === 0 && checks.ok > 0, 'no resident check failed at the proxy while an instance was killed');
  expectThat(reads.failed === 0 && reads.ok > 0, 'no map read failed at the proxy while an instance was killed');
  expectThat(acknowledged.length > 0 && lost.length === 0, 'every acknowledged staff write is in the database');
  expectThat(publicView.status === 200 && acknowledged.every((w) => publicView.body.includes(w.dueOn)), 'the staff member sees every own save at once (their reads go to the primary)');
  expectThat(lagMs.length === acknowledged.length, 'every acknowledged save reached the standby within 2 s');

  // Every instance's check follows a publish within seconds (its index polls the published set every 2 s,
  // on the standby): take the overlapped case back, then publish it again, and time both on each instance.
  const caseCode = (JSON.parse((await request('127.0.5.1', 'POST', '/api/check', { body: CHECK_BODY })).body).overlaps?.[0]?.caseCode ?? '') as string;
  const followMs: number[] = [];
  if (caseCode) {
    for (const isPublished of [false, true]) {
      const changed = await request('127.0.4.1', 'POST', `/api/staff/cases/${encodeURIComponent(caseCode)}/publish`, { body: JSON.stringify({ isPublished }), headers: { origin: env.PROXY_URL, cookie } });
      const changedAt = Date.now();
      expectThat(changed.status === 200, `staff ${isPublished ? 'publish' : 'take back'} ${caseCode} through the proxy`);
      await Promise.all(
        appPorts.map(async (port, i) => {
          for (let k = 0; k < 40; k++) {
            const reply = await directCheck(port, `127.0.6.${i * 50 + k + (isPublished ? 100 : 1)}`);
            if (reply.includes(`"caseCode":"${caseCode}"`) === isPublished) {
              followMs.push(Date.now() - changedAt);
              return;
            }
            await sleep(200);
          }
        }),
      );
    }
  }
  console.log(`  publish → every instance's check: ${followMs.join(', ')} ms (${caseCode || 'no overlapped case found'})`);
  expectThat(followMs.length === appPorts.length * 2 && Math.max(...followMs) <= 4000, 'every instance’s check follows a take-back and a publish within 4 s (2 s index poll + standby lag)');

  // Day files (the private check's download) are the same bytes whichever instance built them: compare each
  // instance's manifest, and every listed file as each instance serves it.
  const dayFiles = await compareDayFiles(appPorts);
  console.log(`  day files: ${dayFiles.files} files, manifests ${dayFiles.isSameManifest ? 'identical' : 'DIFFERENT'} on ${appPorts.length} instances, ${dayFiles.differing} file(s) differing`);
  expectThat(dayFiles.isSameManifest && dayFiles.files > 0 && dayFiles.differing === 0, 'every instance lists and serves the same day files, byte for byte');

  // Limits are shared by the instances and keyed on the real client, whatever X-Forwarded-For says.
  const limited: number[] = [];
  const upstreams = new Set<string>();
  const limitStarted = Date.now();
  for (let i = 0; i < 70; i++) {
    const reply = await request('127.0.3.1', 'POST', '/api/check', { body: '{}', headers: { 'x-forwarded-for': `198.51.100.${i}` } });
    limited.push(reply.status);
    if (typeof reply.headers['x-gridwatch-upstream'] === 'string') upstreams.add(reply.headers['x-gridwatch-upstream']);
  }
  const allowed = limited.filter((s) => s !== 429).length;
  console.log(`  forged X-Forwarded-For: ${allowed} of 70 checks let through, served by ${[...upstreams].join(' and ')}`);
  // The burst of 60 plus one a second refilled while they were sent (the limit is 60 a minute).
  const refilled = Math.ceil((Date.now() - limitStarted) / 1000);
  expectThat(allowed <= 60 + refilled && limited.includes(429), `rotating forged X-Forwarded-For values do not dodge the check limit (at most 60 + ${refilled} refilled), across instances`);
  expectThat(upstreams.size >= 2, 'the limited requests were spread over both instances');

  // The standby stops: public reads go to the primary with no failure, and come back after it returns.
  const pgCtl = (action: string) => execFileSync('runuser', ['-u', 'postgres', '--', '/usr/lib/postgresql/15/bin/pg_ctl', '-D', path.join(DIR, 'pg', 'standby'), '-l', path.join(DIR, 'pg', 'standby.log'), '-m', 'fast', '-w', action], { stdio: 'ignore' });
  pgCtl('stop');
  const fallback = tally();
  const fellBackAt = Date.now();
  for (let i = 0; i < 40; i++) {
    const reply = await request(`127.0.2.${50 + (i % 4)}`, 'GET', i % 2 ? '/api/zones' : `/api/tiles/zones/${TILE.z}/${TILE.x}/${TILE.y}`);
    count(fallback, reply, reply.status === 200 || reply.status === 304);
  }
  const health = JSON.parse((await request('127.0.4.1', 'GET', '/api/health')).body);
  console.log(`  standby stopped: ${fallback.ok} of 40 public reads ok in ${Date.now() - fellBackAt} ms; health says public reads go to the ${health.publicReads}`);
  expectThat(fallback.failed === 0, 'with the standby stopped, public reads fall back to the primary with no failure');
  pgCtl('start');
  let isBack = false;
  for (let i = 0; i < 30 && !isBack; i++) {
    await sleep(1000);
    const replies = await Promise.all(appPorts.map(() => request('127.0.4.1', 'GET', '/api/health')));
    isBack = replies.every((r) => JSON.parse(r.body).publicReads === 'standby');
  }
  expectThat(isBack, 'public reads return to the standby once it is back');

  await primary.end();
  await standby.end();
  for (const agent of agents.values()) agent.destroy();
  console.log(problems.length ? `\n${problems.length} check(s) failed` : '\nAll cluster checks passed');
  process.exit(problems.length ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
