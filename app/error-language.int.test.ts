import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import type { Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { seedDemoIfEmpty } from '@/lib/demo/seed-demo';
import { sessionCookieFor } from '@/lib/testing/staff-test-support';
import { isErrorCode } from '@/lib/errors/catalogue';
import { findUserByUsername } from '@/lib/db/queries/users';
import { createCaseDayStore } from '@/lib/case-days/day-file-store';
import { settings } from '@/lib/env';

/**
 * Issue 14's sweep: every route's error answer carries a stable `code`, and its message is rendered in the
 * reader's language — Chinese under `Accept-Language: zh-CN`, English under `en` — with the same code and
 * status either way. Each handler is called with a request a user could send that it must refuse. A new
 * route is found on disk, so it cannot be left out: it needs a case here or a reason in NO_USER_ERROR.
 */
type Who = 'public' | 'staff' | 'admin';
type Probe = { who: Who; url: string; params?: Record<string, string>; body?: unknown; rawBody?: string; status: number; code: string };

const polygon = { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.5], [126.88, 37.49]]] };

const PROBES: Record<string, Probe> = {
  'POST /api/auth/sign-in': { who: 'public', url: '/api/auth/sign-in', rawBody: '{"username":', status: 400, code: 'request.body-malformed' },
  'POST /api/auth/sign-out': { who: 'public', url: '/api/auth/sign-out', status: 401, code: 'auth.signed-out' },
  'GET /api/briefing': { who: 'staff', url: '/api/briefing?at=9999-12-31T23:00:00Z', status: 400, code: 'request.date-out-of-range' },
  'GET /api/case-tracks': { who: 'public', url: '/api/case-tracks?from=2020-03-07T00:00:00Z', status: 400, code: 'query.parameter-missing' },
  'GET /api/case-tracks/days': { who: 'public', url: '/api/case-tracks/days', status: 503, code: 'check.case-days-not-ready' },
  'GET /api/cases': { who: 'public', url: '/api/cases?zoom=3', status: 400, code: 'query.parameter-unknown' },
  'POST /api/check': { who: 'public', url: '/api/check', body: { trajectory: { type: 'FeatureCollection', features: [] }, rule: { distanceMeters: -5 } }, status: 400, code: 'check.rule-invalid' },
  'GET /api/communities': { who: 'public', url: '/api/communities?bbox=10,10,0,20', status: 400, code: 'query.bbox-order' },
  'GET /api/communities/[id]/card': { who: 'public', url: '/api/communities/1/card?bbox=1,2,3,4', params: { id: '1' }, status: 400, code: 'query.parameter-unknown' },
  'GET /api/grid-cells': { who: 'public', url: '/api/grid-cells?at=yesterday', status: 400, code: 'query.instant-invalid' },
  'GET /api/places': { who: 'public', url: '/api/places?q=', status: 400, code: 'search.query-invalid' },
  'POST /api/reports': { who: 'public', url: '/api/reports', body: { consent: false, name: 'Li', phone: '13800000000', communityId: 1, overlaps: [] }, status: 400, code: 'request.field-invalid' },
  'GET /api/tiles/[layer]/[z]/[x]/[y]': { who: 'public', url: '/api/tiles/zones/2/4/0', params: { layer: 'zones', z: '2', x: '4', y: '0' }, status: 400, code: 'tile.coordinate-invalid' },
  'GET /api/zones': { who: 'public', url: '/api/zones?bbox=1,2,3', status: 400, code: 'query.bbox-shape' },
  'GET /api/staff/cases': { who: 'public', url: '/api/staff/cases', status: 401, code: 'auth.signed-out' },
  'POST /api/staff/cases': { who: 'staff', url: '/api/staff/cases', body: { code: 'C 1', reportedAt: '2022-04-02T09:00:00+08:00', visits: [] }, status: 422, code: 'form.field-invalid' },
  'DELETE /api/staff/cases/[code]': { who: 'staff', url: '/api/staff/cases/NO-SUCH-CASE', params: { code: 'NO-SUCH-CASE' }, status: 404, code: 'request.not-found' },
  'POST /api/staff/cases/[code]/publish': { who: 'staff', url: '/api/staff/cases/C-1/publish', params: { code: 'C-1' }, body: { isPublished: 'yes' }, status: 422, code: 'form.field-invalid' },
  'POST /api/staff/cases/preview': { who: 'staff', url: '/api/staff/cases/preview', body: {}, status: 422, code: 'import.file-missing' },
  'GET /api/staff/communities': { who: 'public', url: '/api/staff/communities', status: 401, code: 'auth.signed-out' },
  'PUT /api/staff/communities/[id]/contacts': { who: 'staff', url: '/api/staff/communities/1/contacts', params: { id: '1' }, body: { version: 1, contacts: [{ label: 'Help', phone: 'ask the gate' }] }, status: 400, code: 'request.field-invalid' },
  'PATCH /api/staff/communities/[id]/grid-cells/[cellId]': { who: 'staff', url: '/api/staff/communities/1/grid-cells/1', params: { id: '1', cellId: '1' }, body: { worker: 'Wang', workerPhone: null }, status: 422, code: 'record.version-required' },
  'GET /api/staff/exports/[file]': { who: 'staff', url: '/api/staff/exports/nothing.xlsx', params: { file: 'nothing.xlsx' }, status: 404, code: 'export.kind-unknown' },
  'POST /api/staff/notices/read': { who: 'staff', url: '/api/staff/notices/read', body: { text: '' }, status: 422, code: 'notice.text-invalid' },
  'PATCH /api/staff/reports/[id]': { who: 'staff', url: '/api/staff/reports/1', params: { id: '1' }, body: { status: 'forgotten' }, status: 422, code: 'form.field-invalid' },
  'GET /api/staff/rounds': { who: 'staff', url: '/api/staff/rounds?communityId=2147483648', status: 400, code: 'query.id-invalid' },
  'POST /api/staff/rounds': { who: 'staff', url: '/api/staff/rounds', body: { communityId: 999999, testedOn: '2020-03-01', peopleTested: 10, positives: 0 }, status: 422, code: 'round.community-unknown' },
  'PUT /api/staff/rounds/[id]': { who: 'staff', url: '/api/staff/rounds/1', params: { id: '1' }, body: { version: 1, communityId: 1, testedOn: '2020-03-01', peopleTested: 10, positives: 11 }, status: 422, code: 'round.positives-above-tested' },
  'DELETE /api/staff/rounds/[id]': { who: 'staff', url: '/api/staff/rounds/999999', params: { id: '999999' }, status: 404, code: 'request.not-found' },
  'GET /api/staff/targets': { who: 'public', url: '/api/staff/targets', status: 401, code: 'auth.signed-out' },
  'POST /api/staff/targets': { who: 'staff', url: '/api/staff/targets', body: { district: 'Nowhere', targetCount: 5, dueOn: '2020-04-01' }, status: 422, code: 'target.district-unknown' },
  'PUT /api/staff/targets/[id]': { who: 'staff', url: '/api/staff/targets/1', params: { id: '1' }, body: { version: 1, district: 'Guro-gu', targetCount: -1, dueOn: '2020-04-01' }, status: 422, code: 'form.field-invalid' },
  'DELETE /api/staff/targets/[id]': { who: 'staff', url: '/api/staff/targets/abc', params: { id: 'abc' }, status: 404, code: 'request.id-invalid' },
  'POST /api/staff/users': { who: 'admin', url: '/api/staff/users', body: { username: 'w', role: 'staff', password: 'a long enough password' }, status: 400, code: 'request.field-invalid' },
  'PATCH /api/staff/users/[id]': { who: 'admin', url: '/api/staff/users/ADMIN', params: { id: 'ADMIN' }, body: { isDisabled: true }, status: 400, code: 'user.cannot-disable-self' },
  'POST /api/staff/zones': { who: 'staff', url: '/api/staff/zones', body: { zones: [] }, status: 422, code: 'zone.batch-size' },
  'PUT /api/staff/zones/[id]': { who: 'staff', url: '/api/staff/zones/1', params: { id: '1' }, body: { kind: 'sealed', name: 'Block 3', effectiveFrom: '2022-04-01T00:00:00+08:00', geometry: polygon }, status: 422, code: 'zone.version-required' },
  'DELETE /api/staff/zones/[id]': { who: 'staff', url: '/api/staff/zones/1', params: { id: '1' }, status: 422, code: 'zone.version-required' },
  'POST /api/staff/zones/[id]/lift': { who: 'staff', url: '/api/staff/zones/1/lift', params: { id: '1' }, body: { version: 0 }, status: 400, code: 'request.field-invalid' },
  'POST /api/staff/zones/[id]/step': { who: 'staff', url: '/api/staff/zones/1/step', params: { id: '1' }, body: { version: 1, to: 'lockdown' }, status: 400, code: 'request.field-invalid' },
  'POST /api/staff/zones/[id]/undo': { who: 'staff', url: '/api/staff/zones/1/undo', params: { id: '1' }, body: {}, status: 422, code: 'record.version-required' },
};

/** Routes with no error a user can provoke by what they send; each has its own test of its fault answer. */
const NO_USER_ERROR: Record<string, string> = {
  'GET /api/coverage': 'no parameters; only a database fault (503, coded, lib/api/respond.ts) can refuse it',
  'GET /api/health': 'no parameters; answers 503 coded when the database is down (health.int.test.ts)',
};

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const appDir = path.join(process.cwd(), 'app');
const CHINESE = /[\u4e00-\u9fff]/;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

/** `METHOD /api/…/[param]` for every handler a route file exports. */
function handlersOnDisk(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of routeFiles(path.join(appDir, 'api'))) {
    const source = fs.readFileSync(file, 'utf8');
    const urlPath = `/${path.relative(appDir, path.dirname(file)).split(path.sep).join('/')}`;
    for (const method of METHODS) if (new RegExp(`export (async )?function ${method}\\b|export const ${method}\\b`).test(source)) found.set(`${method} ${urlPath}`, file);
  }
  return found;
}

let db: Db;
const cookies: Partial<Record<Who, string>> = {};
let adminId = '';
let ip = 0;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
  cookies.staff = await sessionCookieFor(db, 'staff');
  cookies.admin = await sessionCookieFor(db, 'admin', 'sweep-admin');
  adminId = String((await findUserByUsername(db, 'sweep-admin'))!.id);
  // A day-file store over an empty folder: its manifest is not built yet, so /api/case-tracks/days gives its
  // coded 503 (another test file in this worker may have built the shared one).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridwatch-sweep-days-'));
  (globalThis as { gridwatchCaseDays?: unknown }).gridwatchCaseDays = createCaseDayStore({ dir, timeZone: settings.timeZone });
});

async function call(key: string, probe: Probe, language: string): Promise<{ status: number; body: { error?: unknown; code?: unknown } }> {
  const [method] = key.split(' ');
  const file = handlersOnDisk().get(key)!;
  const handler = ((await import(file)) as Record<string, (r: NextRequest, c: unknown) => Promise<Response>>)[method];
  const params = Object.fromEntries(Object.entries(probe.params ?? {}).map(([name, value]) => [name, value === 'ADMIN' ? adminId : value]));
  const headers: Record<string, string> = { 'content-type': 'application/json', host: 'localhost', origin: 'http://localhost', 'accept-language': language, 'x-forwarded-for': `10.14.0.${(ip += 1)}` };
  const cookie = probe.who === 'public' ? undefined : cookies[probe.who];
  if (cookie) headers.cookie = cookie;
  const body = probe.rawBody ?? (probe.body === undefined ? undefined : JSON.stringify(probe.body));
  const response = await handler(new NextRequest(`http://localhost${probe.url}`, { method, headers, body }), { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as { error?: unknown; code?: unknown } };
}

describe(`every route's errors are coded, in the reader's language (${databaseKind})`, () => {
  it('has a probe (or a reason for none) for every handler on disk, and none for a handler that is gone', () => {
    const onDisk = [...handlersOnDisk().keys()].sort();
    expect(onDisk.length).toBeGreaterThan(40);
    expect([...Object.keys(PROBES), ...Object.keys(NO_USER_ERROR)].sort()).toEqual(onDisk);
  });

  // Both languages are asked at once: the day files' manifest is read before the build the first call starts can finish.
  it.each(Object.keys(PROBES))('%s', async (key) => {
    const probe = PROBES[key];
    const [zh, en] = await Promise.all([call(key, probe, 'zh-CN,zh;q=0.9'), call(key, probe, 'en-GB,en;q=0.8')]);
    expect(zh.status, JSON.stringify(zh.body)).toBe(probe.status);
    expect(en.status, JSON.stringify(en.body)).toBe(probe.status);
    expect(zh.body.code).toBe(probe.code);
    expect(en.body.code).toBe(probe.code);
    expect(isErrorCode(zh.body.code)).toBe(true);
    expect(zh.body.error, 'Chinese message').toMatch(CHINESE);
    expect(typeof en.body.error === 'string' && en.body.error.length > 0).toBe(true);
    expect(en.body.error, 'English message').not.toMatch(CHINESE);
  });
});
