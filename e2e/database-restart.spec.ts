import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import type { ChildProcess } from 'node:child_process';
import { createPrivatePostgres, startApp, waitFor, type PrivatePostgres } from './helpers/private-postgres';

/*
 * Fault test: the PostgreSQL server restarts while the app serves requests. During the outage pages (the
 * very first request after it included) and the API answer 503 with a message (no hang, no stack trace);
 * afterwards the app reconnects by itself; every write it acknowledged before is still there.
 */

const PG_PORT = 5499;
const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const base = `http://127.0.0.1:${APP_PORT}`;

let server: PrivatePostgres;
let app: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = createPrivatePostgres(PG_PORT);
  server.start();
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  await admin`create database gridwatch`;
  await admin.end();
  app = startApp(APP_PORT, { DATABASE_URL: server.url.replace(/\/postgres$/, '/gridwatch'), GRIDWATCH_DEMO: 'on' });
  await waitFor(async () => (await fetch(`${base}/api/zones`)).ok, 150_000);
});

test.afterAll(() => {
  if (app?.pid) process.kill(-app.pid, 'SIGTERM');
  server?.destroy();
});

async function acknowledgedReport(name: string): Promise<void> {
  const communities = (await (await fetch(`${base}/api/communities`)).json()) as { features: { id: number }[] };
  const response = await fetch(`${base}/api/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({
      consent: true,
      name,
      phone: '010-1234-5678',
      communityId: communities.features[0].id,
      overlaps: [{ caseCode: 'C-009', from: '2020-03-07T01:40:00Z', to: '2020-03-07T03:10:00Z', minutes: 90, minDistanceMeters: 10, closest: [126.85, 37.55], place: 'x' }],
    }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

test('the API answers 503 while PostgreSQL is down, reconnects by itself, and loses no acknowledged write', async () => {
  test.setTimeout(120_000);
  await acknowledgedReport('Before Restart');

  server.stop();
  // The first request after the outage is a page: it finds the outage itself and answers 503, not a 500.
  const page = await fetch(`${base}/check`, { signal: AbortSignal.timeout(30_000) });
  expect(page.status).toBe(503);
  expect(Number(page.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await page.text()).toContain('The database is temporarily unavailable');
  const started = Date.now();
  const during = await fetch(`${base}/api/zones`, { signal: AbortSignal.timeout(30_000) });
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(during.status).toBe(503);
  const body = await during.json();
  // A client that names no language gets the default, Chinese; the code is the same in every language.
  expect(body.code).toBe('server.database-unavailable');
  expect(body.error).toBe('数据库暂时无法使用，请一分钟后再试。');
  expect(Number(during.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.js|ECONNREFUSED/);

  server.start();
  await waitFor(async () => (await fetch(`${base}/api/zones`)).status === 200, 60_000);
  await acknowledgedReport('After Restart');

  const sql = postgres(server.url.replace(/\/postgres$/, '/gridwatch'), { max: 1 });
  const names = (await sql`select name from resident_reports order by id`).map((r) => r.name);
  await sql.end();
  expect(names).toEqual(['Before Restart', 'After Restart']);
});
