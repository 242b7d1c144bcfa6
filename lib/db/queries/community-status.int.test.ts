import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../client';
import { databaseKind, resetTables, testDb } from '../test-support';
import { jsonRequest, paramsOf, sessionCookieFor } from '../staff-test-support';
import { runImport } from '@/lib/import/run-import';
import { settings } from '@/lib/env';
import { communityStatusesAt, communityStatusHistory, noEpidemicProgress, roundsPerDay } from './community-status';
import { listAuditEntries } from './audit';
import { listPublishedCaseVisits } from './cases';
import { getCaseNotice } from './case-notices';
import { GET as listRoundsRoute, POST as createRoundRoute } from '@/app/api/staff/rounds/route';
import { DELETE as deleteRoundRoute, PUT as updateRoundRoute } from '@/app/api/staff/rounds/[id]/route';
import { POST as createTargetRoute } from '@/app/api/staff/targets/route';
import { POST as saveCaseRoute } from '@/app/api/staff/cases/route';
import { POST as publishRoute } from '@/app/api/staff/cases/[code]/publish/route';
import { GET as publicCasesRoute } from '@/app/api/cases/route';
import { GET as publicCaseTracksRoute } from '@/app/api/case-tracks/route';

const fixture = fs.readFileSync(path.join(process.cwd(), 'lib/db/fixtures/two-communities.geojson'), 'utf8');
const DAYS = settings.noEpidemicDays;
const DAY_MS = 86_400_000;
const local = (s: string) => new Date(`${s}+08:00`);
const dayAfter = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

let db: Db;
let staff: string;
let official: string;
let riverside: number;
let hillside: number;
let riversideCell: number;
let hillsideCell: number;

const idOf = async (table: 'communities' | 'grid_cells', where: string) =>
  Number(rowsOf<{ id: number }>(await db.execute(sql.raw(`SELECT id FROM ${table} WHERE ${where}`)))[0].id);

async function postRound(body: Record<string, unknown>, cookie = staff) {
  const response = await createRoundRoute(jsonRequest('POST', '/api/staff/rounds', body, cookie));
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await runImport(db, 'communities', fixture, { timeZone: 'Asia/Shanghai' });
  const cell = (communityCode: string, name: string, ring: number[][]) => ({ type: 'Feature', properties: { communityCode, name }, geometry: { type: 'Polygon', coordinates: [ring] } });
  await runImport(
    db,
    'grid-cells',
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        cell('T-1', 'Cell A', [[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.5], [126.88, 37.49]]),
        cell('T-2', 'Cell B', [[126.95, 37.55], [126.96, 37.55], [126.96, 37.56], [126.95, 37.56], [126.95, 37.55]]),
      ],
    }),
    { timeZone: 'Asia/Shanghai' },
  );
  [riverside, hillside] = [await idOf('communities', `code = 'T-1'`), await idOf('communities', `code = 'T-2'`)];
  [riversideCell, hillsideCell] = [await idOf('grid_cells', `name = 'Cell A'`), await idOf('grid_cells', `name = 'Cell B'`)];
  [staff, official] = [await sessionCookieFor(db, 'staff'), await sessionCookieFor(db, 'official')];
});

describe(`testing rounds through the staff API (${databaseKind})`, () => {
  it('records a round with the next number, refuses bad input by field, and audits it', async () => {
    const first = await postRound({ communityId: riverside, testedOn: '2022-08-01', peopleTested: 11_000, positives: 0 });
    expect(first.status).toBe(201);
    expect(first.body.round).toMatchObject({ communityId: riverside, gridCellId: null, roundNumber: 1, testedOn: '2022-08-01', peopleTested: 11_000, positives: 0 });
    expect((await postRound({ communityId: riverside, testedOn: '2022-08-02', peopleTested: 10, positives: 0 })).body.round.roundNumber).toBe(2);

    expect(await postRound({ communityId: riverside, roundNumber: 1, testedOn: '2022-08-03', peopleTested: 10, positives: 0 })).toMatchObject({ status: 409, body: { field: 'roundNumber' } });
    expect(await postRound({ communityId: riverside, gridCellId: hillsideCell, testedOn: '2022-08-03', peopleTested: 10, positives: 0 })).toMatchObject({ status: 422, body: { field: 'gridCellId' } });
    expect(await postRound({ communityId: riverside, testedOn: '2022-08-03', peopleTested: 10, positives: 11 })).toMatchObject({ status: 422, body: { field: 'positives' } });
    expect(await postRound({ communityId: riverside, testedOn: '2999-01-01', peopleTested: 10, positives: 0 })).toMatchObject({ status: 422, body: { field: 'testedOn' } });
    expect(await postRound({ communityId: 99_999, testedOn: '2022-08-03', peopleTested: 10, positives: 0 })).toMatchObject({ status: 422, body: { field: 'communityId' } });

    // A grid cell has its own numbering; the same number as the community-wide round is fine.
    expect((await postRound({ communityId: riverside, gridCellId: riversideCell, roundNumber: 1, testedOn: '2022-08-02', peopleTested: 5, positives: 0 })).status).toBe(201);

    const audit = await listAuditEntries(db, { objectType: 'testing-round' });
    expect(audit.filter((e) => e.action === 'create')).toHaveLength(3);
  });

  it('lets an official read but not write, and refuses the public', async () => {
    const list = await listRoundsRoute(jsonRequest('GET', `/api/staff/rounds?communityId=${riverside}`, undefined, official));
    expect(list.status).toBe(200);
    expect((await list.json()).rounds).toHaveLength(3);
    expect((await postRound({ communityId: riverside, testedOn: '2022-08-03', peopleTested: 10, positives: 0 }, official)).status).toBe(403);
    expect((await listRoundsRoute(jsonRequest('GET', '/api/staff/rounds'))).status).toBe(401);
    expect((await createRoundRoute(jsonRequest('POST', '/api/staff/rounds', { communityId: riverside, testedOn: '2022-08-03', peopleTested: 1, positives: 0 }))).status).toBe(401);
  });

  it('edits and deletes a round, keeping the old values on a refused edit', async () => {
    const created = await postRound({ communityId: hillside, testedOn: '2022-08-05', peopleTested: 100, positives: 0, note: 'typo' });
    const id = created.body.round.id as number;
    const bad = await updateRoundRoute(jsonRequest('PUT', `/api/staff/rounds/${id}`, { version: 1, communityId: hillside, testedOn: '2022-08-05', peopleTested: 100, positives: 101 }, staff), paramsOf({ id: String(id) }));
    expect(bad.status).toBe(422);
    const good = await updateRoundRoute(jsonRequest('PUT', `/api/staff/rounds/${id}`, { version: 1, communityId: hillside, testedOn: '2022-08-06', peopleTested: 120, positives: 0 }, staff), paramsOf({ id: String(id) }));
    expect(await good.json()).toMatchObject({ round: { id, roundNumber: 1, testedOn: '2022-08-06', peopleTested: 120, note: null } });
    expect((await deleteRoundRoute(jsonRequest('DELETE', `/api/staff/rounds/${id}`, undefined, staff), paramsOf({ id: String(id) }))).status).toBe(200);
    expect((await deleteRoundRoute(jsonRequest('DELETE', `/api/staff/rounds/${id}`, undefined, staff), paramsOf({ id: String(id) }))).status).toBe(404);
    const audit = await listAuditEntries(db, { objectType: 'testing-round', objectId: String(id) });
    expect(audit.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
  });
});

describe(`no-epidemic status from the data (${databaseKind})`, () => {
  it('needs a round, then N days of negatives', async () => {
    const statuses = await communityStatusesAt(local('2022-08-10T12:00:00'));
    expect(statuses.get(hillside)).toEqual({ communityId: hillside, isNoEpidemic: false, since: null, reasons: ['no-testing-round'] });
    expect(statuses.get(riverside)?.reasons).toEqual(['negative-round-recent']);
    const later = await communityStatusesAt(local(`${dayAfter('2022-08-01', DAYS)}T00:00:00`));
    expect(later.get(riverside)).toEqual({ communityId: riverside, isNoEpidemic: true, since: local(`${dayAfter('2022-08-01', DAYS)}T00:00:00`).toISOString(), reasons: [] });
  });

  it('reads only the communities asked for', async () => {
    const only = await communityStatusesAt(local('2022-09-01T00:00:00'), [hillside]);
    expect([...only.keys()]).toEqual([hillside]);
    expect((await communityStatusesAt(local('2022-09-01T00:00:00'), [])).size).toBe(0);
  });

  it('is revoked by a positive grid-cell round on the latest day', async () => {
    await postRound({ communityId: riverside, gridCellId: riversideCell, testedOn: '2022-08-25', peopleTested: 500, positives: 2 });
    expect((await communityStatusesAt(local('2022-08-25T08:00:00'), [riverside])).get(riverside)?.reasons).toEqual(['latest-round-positive']);
    expect((await communityStatusesAt(local('2022-08-24T23:00:00'), [riverside])).get(riverside)?.isNoEpidemic).toBe(true);
  });

  it('counts a published case living in a community, or whose track entered it; not a draft, and never in public data', async () => {
    await postRound({ communityId: hillside, testedOn: '2022-08-01', peopleTested: 900, positives: 0 });
    const at = local('2022-08-30T12:00:00');
    expect((await communityStatusesAt(at, [hillside])).get(hillside)?.isNoEpidemic).toBe(true);
    // Lives in Hillside, but its only visit is in Riverside.
    const body = {
      code: 'H-1',
      reportedAt: '2022-08-30T09:00:00+08:00',
      communityId: hillside,
      visits: [{ place: 'Riverside market', lngLat: [126.885, 37.495], start: '2022-08-29T09:00:00+08:00', end: '2022-08-29T10:00:00+08:00' }],
    };
    expect((await saveCaseRoute(jsonRequest('POST', '/api/staff/cases', body, staff))).status).toBe(201);
    expect((await communityStatusesAt(at, [hillside])).get(hillside)?.isNoEpidemic).toBe(true);
    await publishRoute(jsonRequest('POST', '/api/staff/cases/H-1/publish', { isPublished: true }, staff), paramsOf({ code: 'H-1' }));
    const statuses = await communityStatusesAt(at);
    expect(statuses.get(hillside)?.reasons).toEqual(['case-recently']);
    expect(statuses.get(riverside)?.reasons).toEqual(['case-recently', 'latest-round-positive']);

    const publicCases = await (await publicCasesRoute(new NextRequest('http://localhost/api/cases'))).text();
    const publicTracks = await (await publicCaseTracksRoute(new NextRequest('http://localhost/api/case-tracks?from=2022-08-28T00:00:00Z&to=2022-08-31T00:00:00Z'))).text();
    const exported = JSON.stringify(await listPublishedCaseVisits(db));
    const notice = JSON.stringify(await getCaseNotice(db, 'H-1'));
    expect(publicCases).toContain('H-1');
    expect(notice).toContain('H-1');
    for (const text of [publicCases, publicTracks, exported, notice]) {
      expect(text).not.toMatch(/communityId|community_id/);
      expect(text).not.toContain('Hillside');
    }
    // A bad home community is refused by name.
    const bad = await saveCaseRoute(jsonRequest('POST', '/api/staff/cases', { ...body, code: 'H-2', communityId: 99_999 }, staff));
    expect(bad.status).toBe(422);
    expect((await bad.json()).error).toMatch(/communityId/);
  });

  it('does not count a zone in force over a community, nor for N days after it is lifted', async () => {
    const zone = (liftedAt: string | null) => ({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { kind: 'controlled', name: 'Hillside compound', effectiveFrom: '2022-09-01T08:00:00+08:00', liftedAt },
          geometry: { type: 'Polygon', coordinates: [[[126.955, 37.555], [126.96, 37.555], [126.96, 37.56], [126.955, 37.56], [126.955, 37.555]]] },
        },
      ],
    });
    await runImport(db, 'zones', JSON.stringify(zone(null)), { timeZone: 'Asia/Shanghai' });
    const late = local('2022-10-30T00:00:00');
    expect((await communityStatusesAt(late, [hillside])).get(hillside)?.reasons).toEqual(['zone-in-force']);
    await runImport(db, 'zones', JSON.stringify(zone('2022-10-25T08:00:00+08:00')), { timeZone: 'Asia/Shanghai' });
    expect((await communityStatusesAt(late, [hillside])).get(hillside)?.reasons).toEqual(['zone-lifted-recently']);
    expect((await communityStatusesAt(new Date(local('2022-10-25T08:00:00').getTime() + DAYS * DAY_MS), [hillside])).get(hillside)?.isNoEpidemic).toBe(true);
  });

  it('gives the status history and the daily count against the targets', async () => {
    const history = await communityStatusHistory(db, hillside, { from: '2022-08-10', to: '2022-09-20' }, local('2022-09-20T23:59:59'));
    expect(history.map((h) => [h.day, h.from, h.to])).toEqual([
      ['2022-08-10', null, 'not-yet'],
      [dayAfter('2022-08-01', DAYS), 'not-yet', 'no-epidemic'],
      ['2022-08-30', 'no-epidemic', 'not-yet'],
    ]);
    expect(history[2]).toMatchObject({ at: local('2022-08-30T09:00:00').toISOString(), reasons: ['case-recently'] });

    const created = await createTargetRoute(jsonRequest('POST', '/api/staff/targets', { district: 'Test-gu', targetCount: 2, dueOn: '2022-09-02' }, staff));
    expect(created.status).toBe(201);
    expect((await createTargetRoute(jsonRequest('POST', '/api/staff/targets', { district: 'Test-gu', targetCount: 3, dueOn: '2022-09-02' }, staff))).status).toBe(409);
    expect((await createTargetRoute(jsonRequest('POST', '/api/staff/targets', { district: 'Nowhere', targetCount: 3, dueOn: '2022-09-02' }, staff))).status).toBe(422);
    expect((await createTargetRoute(jsonRequest('POST', '/api/staff/targets', { district: 'Test-gu', targetCount: 3, dueOn: '2022-09-03' }, official))).status).toBe(403);

    const progress = await noEpidemicProgress(db, { from: '2022-08-14', to: '2022-08-26' });
    expect(progress.total).toBe(2);
    expect(progress.targets).toEqual([{ id: expect.any(Number), district: 'Test-gu', targetCount: 2, dueOn: '2022-09-02', version: 1 }]);
    const byDay = new Map(progress.days.map((d) => [d.day, d.count]));
    expect(byDay.get('2022-08-14')).toBe(0);
    expect(byDay.get(dayAfter('2022-08-01', DAYS))).toBe(2);
    expect(byDay.get('2022-08-25')).toBe(1);
    expect(progress.districts).toEqual([{ district: 'Test-gu', total: 2, count: 1 }]);

    expect(await roundsPerDay(db, { from: '2022-08-01', to: '2022-08-02' })).toEqual([
      { day: '2022-08-01', rounds: 2, peopleTested: 11_900, positives: 0 },
      { day: '2022-08-02', rounds: 2, peopleTested: 15, positives: 0 },
    ]);
  });
});
