import fs from 'node:fs';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { jsonRequest, paramsOf, sessionCookieFor } from '@/lib/db/staff-test-support';
import { communities, districtTargets, gridCells, testingRounds } from '@/lib/db/schema';
import { getStaffCase, listStaffCases } from '@/lib/db/queries/case-edits';
import { listStaffCommunities } from '@/lib/db/queries/community-contacts';
import { runImport } from '@/lib/import/run-import';
import { POST as saveCase } from './cases/route';
import { DELETE as deleteCase } from './cases/[code]/route';
import { PUT as putContacts } from './communities/[id]/contacts/route';
import { PATCH as patchWorker } from './communities/[id]/grid-cells/[cellId]/route';
import { POST as createRound } from './rounds/route';
import { PUT as putRound } from './rounds/[id]/route';
import { POST as createTarget } from './targets/route';
import { PUT as putTarget } from './targets/[id]/route';

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'lib/db/fixtures', name), 'utf8');

let db: Db;
let staffA: string;
let staffB: string;
let communityId: number;
let cellId: number;

const visit = (place: string, hour: number) => ({ place, lngLat: [126.885, 37.495], start: `2022-04-01T${String(hour).padStart(2, '0')}:00:00+09:00`, end: `2022-04-01T${String(hour).padStart(2, '0')}:30:00+09:00` });
const caseBody = (visits: unknown[], extra: Record<string, unknown> = {}) => ({ code: 'V-001', classification: 'confirmed', reportedAt: '2022-04-02T09:00:00+09:00', visits, ...extra });

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await runImport(db, 'communities', fixture('two-communities.geojson'), { timeZone: 'Asia/Seoul' });
  await runImport(
    db,
    'grid-cells',
    JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { communityCode: 'T-1', name: 'Grid 1', worker: 'Old Worker' }, geometry: { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.49]]] } }],
    }),
    { timeZone: 'Asia/Seoul' },
  );
  communityId = (await db.select({ id: communities.id }).from(communities).orderBy(asc(communities.code)))[0].id;
  cellId = (await db.select({ id: gridCells.id }).from(gridCells))[0].id;
  staffA = await sessionCookieFor(db, 'staff', 'editor-a');
  staffB = await sessionCookieFor(db, 'staff', 'editor-b');
});

describe(`versioned saves on ${databaseKind}: a stale save is a coded 409 and changes nothing`, () => {
  it('cases: two editors add a visit to the version they both read; the second gets 409 with the first one’s case', async () => {
    expect((await saveCase(jsonRequest('POST', '/api/staff/cases', caseBody([visit('Market', 9)]), staffA))).status).toBe(201);
    const read = (await getStaffCase(db, 'V-001'))!;
    expect(read.version).toBe(1);

    const first = await saveCase(jsonRequest('POST', '/api/staff/cases', caseBody([visit('Market', 9), visit('Bakery', 11)], { version: read.version }), staffA));
    expect(first.status).toBe(201);
    const stale = await saveCase(jsonRequest('POST', '/api/staff/cases', caseBody([visit('Market', 9), visit('Pharmacy', 13)], { version: read.version }), staffB));
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body).toMatchObject({ code: 'case.version-conflict', params: { code: 'V-001', expected: 1, current: 2 } });
    expect(body.error).toMatch(/V-001/);
    // The conflict carries the other editor's case, so the workspace can show what they changed.
    expect(body.current.version).toBe(2);
    expect(body.current.visits.map((v: { place: string }) => v.place)).toEqual(['Market', 'Bakery']);
    const stored = (await getStaffCase(db, 'V-001'))!;
    expect(stored.version).toBe(2);
    expect(stored.visits.map((v) => v.place)).toEqual(['Market', 'Bakery']);
  });

  it('cases: the conflict is in the reader’s language; a save of an existing code without a version is refused', async () => {
    const request = jsonRequest('POST', '/api/staff/cases', caseBody([visit('X', 9)], { version: 1 }), staffB);
    request.headers.set('accept-language', 'zh-CN');
    const zh = await (await saveCase(request)).json();
    expect(zh.error).toMatch(/已被他人修改/);
    const unversioned = await saveCase(jsonRequest('POST', '/api/staff/cases', caseBody([visit('X', 9)]), staffB));
    expect(unversioned.status).toBe(409);
    const malformed = await saveCase(jsonRequest('POST', '/api/staff/cases', caseBody([visit('X', 9)], { version: 'two' }), staffB));
    expect(malformed.status).toBe(422);
    expect((await malformed.json()).code).toBe('record.version-required');
    expect((await getStaffCase(db, 'V-001'))!.visits.map((v) => v.place)).toEqual(['Market', 'Bakery']);
  });

  it('cases: a stale delete is refused and the case stays', async () => {
    const response = await deleteCase(jsonRequest('DELETE', '/api/staff/cases/V-001?version=1', undefined, staffB), paramsOf({ code: 'V-001' }));
    expect(response.status).toBe(409);
    expect((await response.json()).code).toBe('case.version-conflict');
    expect((await listStaffCases(db)).map((c) => c.code)).toContain('V-001');
  });

  it('contact lists: a stale list save gets 409 with the current list; the list is unchanged', async () => {
    const url = `/api/staff/communities/${communityId}/contacts`;
    const put = (body: unknown, cookie: string) => putContacts(jsonRequest('PUT', url, body, cookie), paramsOf({ id: String(communityId) }));
    const first = await put({ version: 1, contacts: [{ label: 'Hotline', phone: '010-0000-5001' }] }, staffA);
    expect(first.status).toBe(200);
    expect((await first.json()).contactsVersion).toBe(2);
    const stale = await put({ version: 1, contacts: [{ label: 'Supplies', phone: '010-0000-5003' }] }, staffB);
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body).toMatchObject({ code: 'contacts.version-conflict', params: { expected: 1, current: 2 } });
    expect(body.current.contacts.map((c: { label: string }) => c.label)).toEqual(['Hotline']);
    const [community] = await listStaffCommunities(db, { ids: [communityId] });
    expect(community.contacts.map((c) => c.label)).toEqual(['Hotline']);
    expect(community.contactsVersion).toBe(2);
    expect((await put({ contacts: [] }, staffB)).status).toBe(422);
  });

  it('grid cells: a stale worker save gets 409 and the worker is unchanged', async () => {
    const patch = (body: unknown, cookie: string) =>
      patchWorker(jsonRequest('PATCH', `/api/staff/communities/${communityId}/grid-cells/${cellId}`, body, cookie), paramsOf({ id: String(communityId), cellId: String(cellId) }));
    expect((await patch({ version: 1, worker: 'Wang Fang', workerPhone: null }, staffA)).status).toBe(200);
    const stale = await patch({ version: 1, worker: 'Li Lei', workerPhone: null }, staffB);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'grid-cell.version-conflict', params: { name: 'Grid 1', current: 2 }, current: { worker: 'Wang Fang', version: 2 } });
    const [cell] = await db.select().from(gridCells).where(eq(gridCells.id, cellId));
    expect(cell).toMatchObject({ worker: 'Wang Fang', version: 2 });
  });

  it('testing rounds: a stale correction gets 409 and the round is unchanged', async () => {
    const created = await createRound(jsonRequest('POST', '/api/staff/rounds', { communityId, testedOn: '2022-04-01', peopleTested: 1000, positives: 0 }, staffA));
    expect(created.status).toBe(201);
    const { round } = await created.json();
    expect(round.version).toBe(1);
    const put = (body: unknown, cookie: string) => putRound(jsonRequest('PUT', `/api/staff/rounds/${round.id}`, body, cookie), paramsOf({ id: String(round.id) }));
    expect((await put({ version: 1, communityId, testedOn: '2022-04-01', peopleTested: 1200, positives: 0 }, staffA)).status).toBe(200);
    const stale = await put({ version: 1, communityId, testedOn: '2022-04-01', peopleTested: 999, positives: 3 }, staffB);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'round.version-conflict', current: { peopleTested: 1200, version: 2 } });
    const [stored] = await db.select().from(testingRounds).where(eq(testingRounds.id, round.id));
    expect(stored).toMatchObject({ peopleTested: 1200, positives: 0, version: 2 });
    expect((await put({ communityId, testedOn: '2022-04-01', peopleTested: 1, positives: 0 }, staffB)).status).toBe(422);
  });

  it('district targets: a stale change gets 409 and the target is unchanged', async () => {
    const [{ district }] = await db.select({ district: communities.district }).from(communities).limit(1);
    const created = await createTarget(jsonRequest('POST', '/api/staff/targets', { district, targetCount: 10, dueOn: '2022-09-02' }, staffA));
    expect(created.status).toBe(201);
    const { target } = await created.json();
    const put = (body: unknown, cookie: string) => putTarget(jsonRequest('PUT', `/api/staff/targets/${target.id}`, body, cookie), paramsOf({ id: String(target.id) }));
    expect((await put({ version: 1, district, targetCount: 20, dueOn: '2022-09-02' }, staffA)).status).toBe(200);
    const stale = await put({ version: 1, district, targetCount: 5, dueOn: '2022-09-02' }, staffB);
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe('target.version-conflict');
    const [stored] = await db.select().from(districtTargets).where(eq(districtTargets.id, target.id));
    expect(stored).toMatchObject({ targetCount: 20, version: 2 });
  });
});
