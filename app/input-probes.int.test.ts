import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import type { Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { seedDemoIfEmpty } from '@/lib/db/seed-demo';
import { jsonRequest, paramsOf, sessionCookieFor } from '@/lib/db/staff-test-support';
import { listCommunities } from '@/lib/db/queries/communities';
import { listRounds } from '@/lib/db/queries/testing-rounds';
import { createReport } from '@/lib/db/queries/reports';
import { POST as postReport } from './api/reports/route';
import { POST as signIn } from './api/auth/sign-in/route';
import { POST as createZone } from './api/staff/zones/route';
import { PUT as saveContacts } from './api/staff/communities/[id]/contacts/route';
import { POST as createRound, GET as listRoundsRoute } from './api/staff/rounds/route';
import { PUT as updateRound } from './api/staff/rounds/[id]/route';
import { PATCH as followUpReport } from './api/staff/reports/[id]/route';
import { PUT as updateZone } from './api/staff/zones/[id]/route';
import { POST as stepZone } from './api/staff/zones/[id]/step/route';
import { GET as card } from './api/communities/[id]/card/route';

/**
 * Issue 20's probe, finding by finding: each of these answered 500 on main at 5854e25. Now each is a 4xx
 * with a code, and nothing is stored. The property test (input-robustness) covers the rest of the space.
 */
const polygon = { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.5], [126.88, 37.49]]] };
const overlap = { caseCode: 'C-009', from: '2020-03-07T01:39:50.000Z', to: '2020-03-07T03:10:10.000Z', minutes: 90, minDistanceMeters: 12, closest: [126.8567, 37.556], place: 'x' };

let db: Db;
let staff: string;
let communityId: number;
let roundId: number;
let reportId: number;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
  staff = await sessionCookieFor(db, 'staff');
  communityId = Number((await listCommunities(db)).features[0].id);
  roundId = (await listRounds(db, { limit: 1 }))[0].id;
  reportId = (await createReport(db, { consent: true, name: 'Li', phone: '13800000000', communityId, overlaps: [overlap] as never }, { retentionDays: 14 })).id;
});

const report = (overrides: Record<string, unknown>) => ({ consent: true, name: 'Li Wei', phone: '13800000000', communityId, overlaps: [overlap], ...overrides });
const publicPost = (handler: (r: NextRequest) => Promise<Response>, path: string, body: unknown, ip: string) =>
  handler(new NextRequest(`http://localhost${path}`, { method: 'POST', headers: { 'content-type': 'application/json', host: 'localhost', origin: 'http://localhost', 'x-forwarded-for': ip }, body: JSON.stringify(body) }));

async function expectCoded(response: Response, status: number, code?: string) {
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(status);
  if (code) expect(body.code).toBe(code);
}

describe(`the probe's 500s are 4xx with a code (${databaseKind})`, () => {
  it('NUL in report fields, and communityId 2³¹', async () => {
    await expectCoded(await publicPost(postReport, '/api/reports', report({ name: 'Li\u0000' }), '10.20.0.1'), 400, 'request.text-nul');
    await expectCoded(await publicPost(postReport, '/api/reports', report({ overlaps: [{ ...overlap, place: 'a\u0000' }] }), '10.20.0.2'), 400, 'request.text-nul');
    await expectCoded(await publicPost(postReport, '/api/reports', report({ communityId: 2 ** 31 }), '10.20.0.3'), 400, 'request.field-invalid');
  });

  it('NUL in the sign-in username', async () => {
    const response = await publicPost(signIn, '/api/auth/sign-in', { username: 'admin\u0000', password: 'whatever-password' }, '10.20.0.4');
    expect(response.status).toBe(400);
  });

  it('NUL in a zone name, a contact label, a round note and a report note', async () => {
    await expectCoded(await createZone(jsonRequest('POST', '/api/staff/zones', { kind: 'sealed', name: 'Block\u00003', effectiveFrom: '2022-04-01T00:00:00+08:00', geometry: polygon }, staff)), 400, 'request.text-nul');
    await expectCoded(await saveContacts(jsonRequest('PUT', `/api/staff/communities/${communityId}/contacts`, { contacts: [{ label: 'Help\u0000', phone: '010-0000-5001' }] }, staff), paramsOf({ id: String(communityId) })), 400, 'request.text-nul');
    await expectCoded(await createRound(jsonRequest('POST', '/api/staff/rounds', { communityId, testedOn: '2020-03-01', peopleTested: 10, positives: 0, note: 'n\u0000' }, staff)), 400, 'request.text-nul');
    await expectCoded(await updateRound(jsonRequest('PUT', `/api/staff/rounds/${roundId}`, { communityId, testedOn: '2020-03-01', peopleTested: 10, positives: 0, note: 'n\u0000' }, staff), paramsOf({ id: String(roundId) })), 400, 'request.text-nul');
    await expectCoded(await followUpReport(jsonRequest('PATCH', `/api/staff/reports/${reportId}`, { status: 'contacted', notes: 'called\u0000' }, staff), paramsOf({ id: String(reportId) })), 400, 'request.text-nul');
  });

  it('integers of 2³¹ and more in bodies, queries and path ids', async () => {
    expect((await createRound(jsonRequest('POST', '/api/staff/rounds', { communityId: 2 ** 31, testedOn: '2020-03-01', peopleTested: 10, positives: 0 }, staff))).status).toBe(422);
    expect((await listRoundsRoute(jsonRequest('GET', `/api/staff/rounds?communityId=${2 ** 31}`, undefined, staff))).status).toBeLessThan(500);
    for (const id of ['2147483648', '99999999999999999999']) {
      expect((await updateRound(jsonRequest('PUT', `/api/staff/rounds/${id}`, { communityId, testedOn: '2020-03-01', peopleTested: 10, positives: 0 }, staff), paramsOf({ id }))).status).toBe(404);
      expect((await followUpReport(jsonRequest('PATCH', `/api/staff/reports/${id}`, { status: 'contacted' }, staff), paramsOf({ id }))).status).toBe(404);
      expect((await card(new NextRequest(`http://localhost/api/communities/${id}/card`), paramsOf({ id }))).status).toBeLessThan(500);
    }
    // The zone routes read their body through the route kit: an out-of-range version is a coded 4xx (400 today).
    expect((await stepZone(jsonRequest('POST', '/api/staff/zones/1/step', { version: 2 ** 31, to: 'controlled' }, staff), paramsOf({ id: '1' }))).status).toBe(400);
    expect((await updateZone(jsonRequest('DELETE', `/api/staff/zones/1?version=${2 ** 31}`, undefined, staff), paramsOf({ id: '1' }))).status).toBeLessThan(500);
  });

  it('a card at= whose local day is in year 10000', async () => {
    for (const at of ['9999-12-31T23:00:00-05:00', '9999-12-31T20:00:00Z']) {
      const response = await card(new NextRequest(`http://localhost/api/communities/${communityId}/card?at=${encodeURIComponent(at)}`), paramsOf({ id: String(communityId) }));
      expect(response.status, at).toBe(400);
    }
  });

  it('JSON nested 5,000 levels deep', async () => {
    const body = JSON.stringify(report({ trajectory: 'DEEP' })).replace('"DEEP"', '['.repeat(5000) + ']'.repeat(5000));
    const response = await postReport(new NextRequest('http://localhost/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.20.0.9' }, body }));
    await expectCoded(response, 413, 'request.body-too-deep');
  });
});
