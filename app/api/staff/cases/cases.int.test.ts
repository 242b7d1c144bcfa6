import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import type { Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { jsonRequest, paramsOf, sessionCookieFor } from '@/lib/testing/staff-test-support';
import { GET as listCases } from '@/app/api/cases/route';
import { POST as check } from '@/app/api/check/route';
import { POST as saveCase } from './route';
import { POST as publish } from './[code]/publish/route';
import { listStaffCases } from '@/lib/db/queries/case-edits';
import { listAuditEntries } from '@/lib/db/queries/audit';
import { DELETE as deleteCaseRoute } from './[code]/route';

const caseBody = {
  code: 'D-001',
  classification: 'confirmed',
  reportedAt: '2022-04-02T09:00:00+08:00',
  visits: [{ place: 'Lianhua Market', lngLat: [121.40001, 31.20001], start: '2022-04-01T09:00:00+08:00', end: '2022-04-01T11:00:00+08:00' }],
};

/** A resident who stood at the market at the same time as the case. */
const resident = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      // A fix every 10 minutes from 09:30 to 10:30 (longer gaps would split the trajectory).
      properties: { coordTimes: [30, 40, 50, 60, 70, 80, 90].map((m) => new Date(Date.parse('2022-04-01T09:00:00+08:00') + m * 60_000).toISOString()) },
      geometry: { type: 'LineString', coordinates: [30, 40, 50, 60, 70, 80, 90].map((m) => [121.40001 + m * 1e-7, 31.20001]) },
    },
  ],
};

async function publicCodes(): Promise<string[]> {
  const body = await (await listCases(new NextRequest('http://localhost/api/cases'))).json();
  return body.features.map((f: { properties: { caseCode: string } }) => f.properties.caseCode);
}

async function checkCodes(): Promise<string[]> {
  const response = await check(
    new NextRequest('http://localhost/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gridwatch-peer': '10.9.9.9' },
      body: JSON.stringify({ trajectory: resident, rule: { preset: 'same-place' } }),
    }),
  );
  expect(response.status).toBe(200);
  return (await response.json()).overlaps.map((o: { caseCode: string }) => o.caseCode);
}

let db: Db;
let staff: string;
let official: string;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  [staff, official] = [await sessionCookieFor(db, 'staff'), await sessionCookieFor(db, 'official')];
});

describe(`draft and published cases on ${databaseKind}`, () => {
  it('keeps a draft case out of /api/cases and /api/check until it is published, and out again when taken back', async () => {
    expect((await saveCase(jsonRequest('POST', '/api/staff/cases', caseBody, staff))).status).toBe(201);
    expect(await publicCodes()).not.toContain('D-001');
    expect(await checkCodes()).not.toContain('D-001');

    const published = await publish(jsonRequest('POST', '/api/staff/cases/D-001/publish', { isPublished: true }, staff), paramsOf({ code: 'D-001' }));
    expect(await published.json()).toEqual({ changed: ['D-001'] });
    expect(await publicCodes()).toContain('D-001');
    expect(await checkCodes()).toContain('D-001');

    await publish(jsonRequest('POST', '/api/staff/cases/D-001/publish', { isPublished: false }, staff), paramsOf({ code: 'D-001' }));
    expect(await publicCodes()).not.toContain('D-001');
    expect(await checkCodes()).not.toContain('D-001');
  });

  it('refuses an official: 403 to save or publish', async () => {
    expect((await saveCase(jsonRequest('POST', '/api/staff/cases', { ...caseBody, code: 'D-002' }, official))).status).toBe(403);
    const response = await publish(jsonRequest('POST', '/api/staff/cases/D-001/publish', { isPublished: true }, official), paramsOf({ code: 'D-001' }));
    expect(response.status).toBe(403);
    expect(await publicCodes()).not.toContain('D-001');
  });

  it('refuses a new case whose code is taken (409) and leaves the stored case as it was; an edit of it saves', async () => {
    await saveCase(jsonRequest('POST', '/api/staff/cases', { ...caseBody, code: 'D-TAKEN', isNew: true }, staff));
    await publish(jsonRequest('POST', '/api/staff/cases/D-TAKEN/publish', { isPublished: true }, staff), paramsOf({ code: 'D-TAKEN' }));
    const other = { place: 'Somewhere else', lngLat: [121.5, 31.3], start: '2022-04-01T12:00:00+08:00', end: '2022-04-01T13:00:00+08:00' };
    const taken = await saveCase(jsonRequest('POST', '/api/staff/cases', { ...caseBody, code: 'D-TAKEN', isNew: true, visits: [other] }, staff));
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ code: 'case.exists', error: '病例 D-TAKEN 已存在，请从列表中打开编辑，或给新病例另取编号。', field: 'code' });
    const kept = (await listStaffCases(db)).find((c) => c.code === 'D-TAKEN');
    expect(kept?.visits.map((v) => v.place)).toEqual(['Lianhua Market']);
    expect(kept?.status).toBe('published');

    const edited = await saveCase(jsonRequest('POST', '/api/staff/cases', { ...caseBody, code: 'D-TAKEN', version: kept?.version, visits: [other] }, staff));
    expect(edited.status).toBe(201);
    expect((await listStaffCases(db)).find((c) => c.code === 'D-TAKEN')?.visits.map((v) => v.place)).toEqual(['Somewhere else']);

    // The audit keeps the track before and after (places, times, points), and what a deletion took.
    const id = String(kept?.id);
    const [update] = await listAuditEntries(db, { objectType: 'case', objectId: id });
    expect(update.action).toBe('update');
    expect(update.before).toMatchObject({ visitCount: 1, visits: [{ place: 'Lianhua Market', from: '2022-04-01T01:00:00.000Z', to: '2022-04-01T03:00:00.000Z', at: [121.40001, 31.20001] }] });
    expect(update.after).toMatchObject({ visitCount: 1, visits: [{ place: 'Somewhere else', at: [121.5, 31.3] }] });
    expect((await deleteCaseRoute(jsonRequest('DELETE', '/api/staff/cases/D-TAKEN', undefined, staff), paramsOf({ code: 'D-TAKEN' }))).status).toBe(200);
    const [deletion] = await listAuditEntries(db, { objectType: 'case', objectId: id });
    expect(deletion).toMatchObject({ action: 'delete', after: null, before: { code: 'D-TAKEN', visitCount: 1, visits: [{ place: 'Somewhere else' }] } });
  });

  it('imports a case file in the case CSV format as drafts', async () => {
    const text = 'caseCode,place,lon,lat,start,end\nD-003,Bakery,121.41,31.21,2022-04-01T08:00:00+08:00,2022-04-01T08:30:00+08:00';
    const response = await saveCase(jsonRequest('POST', '/api/staff/cases', { file: { name: 'd3.csv', text } }, staff));
    expect(response.status).toBe(201);
    expect((await response.json()).codes).toEqual(['D-003']);
    expect(await publicCodes()).not.toContain('D-003');
  });

  it('imports a case’s own GPX log as that case, named by the file, with its movements', async () => {
    const text = fs.readFileSync(path.join(process.cwd(), 'lib/parse/fixtures/gpx/gpxpy_korita-zbevnica.gpx'), 'utf8');
    const response = await saveCase(jsonRequest('POST', '/api/staff/cases', { file: { name: 'D-GPX.gpx', text } }, staff));
    expect(response.status, await response.clone().text()).toBe(201);
    expect((await response.json()).codes).toEqual(['D-GPX']);
    const saved = (await listStaffCases(db)).find((c) => c.code === 'D-GPX');
    expect(saved?.status).toBe('draft');
    expect(saved?.visits.length).toBeGreaterThan(0);
    expect(saved?.visits.some((v) => v.geometry.type === 'LineString' && (v.coordTimes?.length ?? 0) > 10)).toBe(true);
    const unnamed = await saveCase(jsonRequest('POST', '/api/staff/cases', { file: { text } }, staff));
    expect(unnamed.status).toBe(422);
    expect(await unnamed.json()).toMatchObject({ code: 'import.file-invalid', error: '导入文件有误，未导入任何内容：GPX：GPX 文件只含一个病例，请给出病例编号，或用文件名作为编号' });
  });

  it('saves a drawn movement line with one time per vertex; published, the check finds a resident who walked it and not one an hour later', async () => {
    const lngLats = [[121.43, 31.22], [121.435, 31.22], [121.44, 31.225], [121.445, 31.225]];
    const times = ['10:00', '10:04', '10:10', '10:14'].map((hm) => `2022-04-01T${hm}:00+08:00`);
    const body = { code: 'D-LINE', reportedAt: '2022-04-02T09:00:00+08:00', visits: [{ place: 'Bus 7 from A to B', lngLats, times }] };
    expect((await saveCase(jsonRequest('POST', '/api/staff/cases', body, staff))).status).toBe(201);
    const saved = (await listStaffCases(db)).find((c) => c.code === 'D-LINE');
    expect(saved?.visits).toEqual([
      expect.objectContaining({ place: 'Bus 7 from A to B', geometry: { type: 'LineString', coordinates: lngLats }, coordTimes: times.map((t) => new Date(t).toISOString()) }),
    ]);
    await publish(jsonRequest('POST', '/api/staff/cases/D-LINE/publish', { isPublished: true }, staff), paramsOf({ code: 'D-LINE' }));

    const walked = async (shiftMs: number) => {
      const trajectory = {
        type: 'Feature',
        properties: { coordTimes: times.map((t) => new Date(Date.parse(t) + shiftMs).toISOString()) },
        geometry: { type: 'LineString', coordinates: lngLats.map(([lng, lat]) => [lng, lat + 0.0002]) },
      };
      const response = await check(
        new NextRequest('http://localhost/api/check', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-gridwatch-peer': '10.9.9.8' },
          body: JSON.stringify({ trajectory, rule: { distanceMeters: 50, toleranceMinutes: 0, minOverlapMinutes: 5 } }),
        }),
      );
      expect(response.status).toBe(200);
      return (await response.json()).overlaps as { caseCode: string; minutes: number; place: string }[];
    };
    const overlaps = (await walked(0)).filter((o) => o.caseCode === 'D-LINE');
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]).toMatchObject({ place: 'Bus 7 from A to B' });
    expect(overlaps[0].minutes).toBeCloseTo(14, 0);
    expect((await walked(3_600_000)).map((o) => o.caseCode)).not.toContain('D-LINE');
  });

  it('refuses a drawn line whose times go back, naming the visit and vertex, and keeps what was saved', async () => {
    const lngLats = [[121.43, 31.22], [121.435, 31.22], [121.44, 31.225]];
    const times = ['2022-04-01T10:00:00+08:00', '2022-04-01T10:09:00+08:00', '2022-04-01T10:05:00+08:00'];
    const response = await saveCase(jsonRequest('POST', '/api/staff/cases', { code: 'D-LINE', reportedAt: '2022-04-02T09:00:00+08:00', visits: [{ lngLats, times }] }, staff));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'case.movement-vertex-time', error: '第 1 项行程（移动）第 3 点：早于第 2 点：时间不能倒退', field: 'visits.0.times' });
    const kept = (await listStaffCases(db)).find((c) => c.code === 'D-LINE');
    expect(kept?.visits[0].coordTimes).toHaveLength(4);
  });
});
