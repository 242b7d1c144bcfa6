import { format } from 'node:util';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { NextRequest } from 'next/server';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { rowsOf, openDatabase, type Db } from '@/lib/db/client';
import { createReport } from '@/lib/db/queries/reports';
import { listCommunities, saveCommunities } from '@/lib/db/queries/communities';
import { users } from '@/lib/db/schema';
import { withErrors } from '@/lib/api/respond';
import { settings } from '@/lib/env';
import type { ReportInput } from '@/lib/check/report-input';
import { POST as postReport } from '@/app/api/reports/route';
import { captureLog } from './logger';
import { routeConsoleThroughLogger } from './console-bridge';

/** Values a resident would send; none may appear in the log, whatever fails. */
const PLANTED = { name: '王小明plant7731', phone: '13912347731', lng: 126.8123457731, lat: 37.5123457731, caseCode: 'C-PLANT-7731', place: 'Bakery plant7731' };
const plantedStrings = [PLANTED.name, PLANTED.phone, String(PLANTED.lng), String(PLANTED.lat), PLANTED.caseCode, PLANTED.place];

const report = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  consent: true,
  name: PLANTED.name,
  phone: PLANTED.phone,
  communityId: 1,
  overlaps: [{ caseCode: PLANTED.caseCode, from: '2020-03-07T01:39:50.000Z', to: '2020-03-07T03:10:10.000Z', minutes: 90, minDistanceMeters: 12, closest: [PLANTED.lng, PLANTED.lat], place: PLANTED.place }],
  trajectory: { type: 'LineString', coordinates: [[PLANTED.lng, PLANTED.lat], [126.86, 37.56]] } as ReportInput['trajectory'],
  ...overrides,
});

let db: Db;
let communityId: number;
let log: ReturnType<typeof captureLog>;
let consoleText: string[];

/** Everything written to the log or (by code that has not moved to the logger) the console. */
const logged = () => log.text() + consoleText.join('\n');

function expectNothingPlanted(extra: string[] = []) {
  const text = logged();
  for (const planted of [...plantedStrings, ...extra]) expect(text, `log holds ${planted}`).not.toContain(planted);
}

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  const boundary = { type: 'MultiPolygon' as const, coordinates: [[[[126.8, 37.5], [126.9, 37.5], [126.9, 37.6], [126.8, 37.6], [126.8, 37.5]]]] };
  await saveCommunities(db, [{ code: 'LEAK-1', name: 'Leak test', district: 'Test', population: null, boundary }], { label: 'test' });
  communityId = Number((await listCommunities(db)).features[0].id);
});

beforeEach(() => {
  log = captureLog();
  consoleText = [];
  for (const level of ['error', 'warn', 'log', 'info'] as const) vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void consoleText.push(format(...args)));
});

afterEach(() => {
  log.stop();
  vi.restoreAllMocks();
});

describe(`the log holds no resident data when a report fails, on ${databaseKind}`, () => {
  it('a NUL character in a field (sent to the API)', async () => {
    const body = JSON.stringify({ ...report({ communityId }), name: `${PLANTED.name}\u0000` });
    const response = await postReport(new NextRequest('http://localhost/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.77.0.1' }, body }));
    expect(response.status).toBeLessThan(500);
    expectNothingPlanted();
  });

  it('a NUL character reaching the database insert', async () => {
    const response = await withErrors(() => createReport(db, report({ communityId, name: `${PLANTED.name}\u0000` }), { retentionDays: 14 }).then(() => new Response(null, { status: 201 })));
    expect(response.status).toBe(400);
    expectNothingPlanted();
    expect(log.text()).toContain('"statement":"insert resident_reports"');
  });

  it('a communityId of 2³¹ reaching the database insert', async () => {
    const response = await withErrors(() => createReport(db, report({ communityId: 2 ** 31 }), { retentionDays: 14 }).then(() => new Response(null, { status: 201 })));
    expect(response.status).toBe(400);
    expectNothingPlanted();
    expect(log.text()).toMatch(/"code":"22003"/);
  });

  it('a database outage (503, with the statement named but no values)', async () => {
    const client = postgres('postgres://postgres@127.0.0.1:1/none', { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      const unreachable = drizzle(client) as unknown as Db;
      const response = await withErrors(() => createReport(unreachable, report({ communityId }), { retentionDays: 14 }).then(() => new Response(null, { status: 201 })));
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
    } finally {
      await client.end();
    }
    expectNothingPlanted();
    expect(log.text()).toContain('ECONNREFUSED');
  });

  it('an error Next.js reports on console.error, once the console goes through the logger', async () => {
    const failure = await createReport(db, report({ communityId: 2 ** 31 }), { retentionDays: 14 }).catch((error: unknown) => error);
    vi.restoreAllMocks();
    const restore = routeConsoleThroughLogger();
    try {
      console.error('⨯', failure);
      console.error(`Error: ${(failure as Error).message}`);
    } finally {
      restore();
    }
    expect(log.lines.length).toBe(2);
    expectNothingPlanted();
  });
});

describe.runIf(settings.databaseUrl)(`two instances starting at once on an empty ${databaseKind} database`, () => {
  it('both open, one seeds the demo, and neither logs a password hash', async () => {
    const url = new URL(settings.databaseUrl!);
    const name = `${url.pathname.slice(1)}_seed_race`;
    const admin = postgres({ ...parseAdmin(url), max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
    url.pathname = `/${name}`;
    try {
      const instanceSettings = { ...settings, databaseUrl: url.toString(), isDemo: true };
      const opened = await Promise.allSettled([0, 1].map(() => openDatabase({ settings: instanceSettings, seedDemo: true }).catch((error: unknown) => {
        // As instrumentation.ts does when the database cannot be opened.
        (globalThis.console.error as (...a: unknown[]) => void)('the database could not be opened:', error);
        throw error;
      })));
      const handles = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      try {
        expect(opened.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
        const [adminRow] = await handles[0].db.select({ hash: users.passwordHash }).from(users).where(eq(users.username, 'admin'));
        expect(adminRow.hash).toMatch(/^\$argon2/);
        expect(Number(rowsOf<{ n: string }>(await handles[0].db.execute(sql`select count(*) as n from users`))[0].n)).toBe(4);
        expect(logged()).not.toContain(adminRow.hash);
      } finally {
        await Promise.all(handles.map((h) => h.close()));
      }
    } finally {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});

/** Connection options for the server's `postgres` database, to create and drop the race's own. */
function parseAdmin(url: URL) {
  return { host: url.hostname, port: Number(url.port || 5432), user: decodeURIComponent(url.username || 'postgres'), password: decodeURIComponent(url.password) || undefined, database: 'postgres' };
}
