import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { rowsOf, type Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { seedDemoIfEmpty } from '@/lib/demo/seed-demo';

/**
 * Mutating endpoints anyone may call, each with the reason. Every other POST/PUT/PATCH/DELETE must answer
 * 401 to a request without a session. A new route is found on disk, so it cannot be forgotten here.
 */
const PUBLIC_MUTATIONS: Record<string, string> = {
  'POST /api/check': 'the residents’ self-check: computes, stores nothing',
  'POST /api/auth/sign-in': 'signing in is how a session starts',
  'POST /api/reports': 'a resident’s consented report to their community (no account; consent and rate limit checked)',
};

const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
const appDir = path.join(process.cwd(), 'app');

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

/** The URL path of a route file, with every dynamic segment filled by `1`, and the params it needs. */
function urlOf(file: string): { urlPath: string; params: Record<string, string> } {
  const segments = path.relative(appDir, path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s));
  const params: Record<string, string> = {};
  const urlPath = `/${segments
    .map((s) => {
      const dynamic = /^\[(?:\.\.\.)?(\w+)\]$/.exec(s);
      if (!dynamic) return s;
      params[dynamic[1]] = '1';
      return '1';
    })
    .join('/')}`;
  return { urlPath, params };
}

/** A body that would change something if a handler forgot its guard: a valid zone, case and version. */
const tempting = {
  kind: 'sealed',
  name: 'Unauthorised',
  effectiveFrom: '2022-04-01T00:00:00+08:00',
  geometry: { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.49]]] },
  version: 1,
  isPublished: true,
  code: 'X-1',
  reportedAt: '2022-04-02T09:00:00+08:00',
  visits: [{ place: 'x', lngLat: [126.88, 37.49], start: '2022-04-01T09:00:00+08:00', end: '2022-04-01T10:00:00+08:00' }],
  status: 'cleared',
  communityId: 1,
  testedOn: '2020-03-01',
  peopleTested: 10,
  positives: 0,
  district: 'Guro-gu',
  targetCount: 5,
  dueOn: '2020-04-01',
};

const TABLES = ['users', 'sessions', 'communities', 'grid_cells', 'community_contacts', 'zones', 'cases', 'case_visits', 'resident_reports', 'testing_rounds', 'district_targets', 'audit_log'];

/** A fingerprint of every table: row counts plus the newest change of the versioned ones. */
async function snapshot(db: Db): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) parts.push(`${table}:${rowsOf<{ n: string }>(await db.execute(sql.raw(`select count(*)::text as n from ${table}`)))[0].n}`);
  const zones = rowsOf<{ v: string }>(await db.execute(sql`select coalesce(sum(version), 0)::text || '/' || count(lifted_at)::text as v from zones`))[0].v;
  const cases = rowsOf<{ v: string }>(await db.execute(sql`select count(*) filter (where status = 'published')::text as v from cases`))[0].v;
  return [...parts, `zones:${zones}`, `published:${cases}`].join(' ');
}

let db: Db;
const files = routeFiles(appDir);

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
});

describe(`every mutating route refuses the public (${databaseKind})`, () => {
  it('finds the route files, including the staff ones', () => {
    expect(files.map((f) => urlOf(f).urlPath)).toEqual(expect.arrayContaining(['/api/staff/zones', '/api/staff/zones/1', '/api/check']));
  });

  it('answers 401 without a session to every POST/PUT/PATCH/DELETE not listed as public, and changes nothing', async () => {
    const before = await snapshot(db);
    const checked: string[] = [];
    for (const file of files) {
      const routeModule = (await import(file)) as Record<string, unknown>;
      const { urlPath, params } = urlOf(file);
      for (const method of METHODS) {
        const handler = routeModule[method];
        if (typeof handler !== 'function') continue;
        const key = `${method} ${urlPath.replace(/\/1(?=\/|$)/g, '/[param]')}`;
        const publicKey = `${method} ${urlPath}`;
        if (PUBLIC_MUTATIONS[publicKey]) continue;
        const request = new NextRequest(`http://localhost${urlPath}?version=1`, {
          method,
          headers: { 'content-type': 'application/json', host: 'localhost', origin: 'http://localhost' },
          body: method === 'DELETE' ? undefined : JSON.stringify(tempting),
        });
        const response = (await (handler as (r: NextRequest, c: unknown) => Promise<Response>)(request, { params: Promise.resolve(params) })) as Response;
        expect(response.status, key).toBe(401);
        checked.push(key);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(6);
    expect(await snapshot(db)).toBe(before);
  });

  it('lists only public routes that exist', () => {
    const existing = new Set<string>();
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const method of METHODS) if (new RegExp(`export (async )?function ${method}\\b|export const ${method}\\b`).test(source)) existing.add(`${method} ${urlOf(file).urlPath}`);
    }
    for (const key of Object.keys(PUBLIC_MUTATIONS)) expect(existing.has(key), key).toBe(true);
  });
});
