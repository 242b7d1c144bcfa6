import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { seedDemoIfEmpty } from '@/lib/db/seed-demo';
import { getCoverageBasis } from '@/lib/db/queries/coverage-basis';
import { invalidateCheckSnapshot } from '@/lib/check/check-snapshot';
import { partsToGeoJson } from '@/lib/check/parts-to-geojson';
import { parseTrajectoryFile } from '@/lib/parse/parse-trajectory';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { POST } from './route';
import { GET as getCaseTracks } from '../case-tracks/route';

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'e2e', 'fixtures', name), 'utf8');
let client = 0;

async function check(parts: TrajectoryPart[], extra: Record<string, unknown> = {}) {
  const response = await POST(
    new NextRequest('http://localhost/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.0.${client++ % 250}` },
      body: JSON.stringify({ trajectory: partsToGeoJson(parts), rule: { preset: 'same-place' }, ...extra }),
    }),
  );
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

const parse = (name: string) => parseTrajectoryFile(fixture(name), { fileName: name, timeZone: 'Asia/Seoul' }).parts;
/** The same trajectory moved in time so that it starts at `start` (epoch ms). */
function shiftTo(parts: TrajectoryPart[], start: number): TrajectoryPart[] {
  const first = parts[0].kind === 'stay' ? parts[0].start : parts[0].times[0];
  const d = start - first;
  return parts.map((p) => (p.kind === 'stay' ? { ...p, start: p.start + d, end: p.end + d } : { ...p, times: p.times.map((t) => t + d) }));
}
/** The same trajectory moved east by `degrees` (another part of the world). */
const shiftEast = (parts: TrajectoryPart[], degrees: number): TrajectoryPart[] =>
  parts.map((p) => (p.kind === 'stay' ? { ...p, lngLat: [p.lngLat[0] + degrees, p.lngLat[1]] } : { ...p, lngLats: p.lngLats.map(([lng, lat]) => [lng + degrees, lat] as [number, number]) }));

beforeAll(async () => {
  const db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
  invalidateCheckSnapshot();
});

// The four situations of issue 15, against the demo data (Seoul cases, 2020).
describe(`coverage of POST /api/check on ${databaseKind}`, () => {
  it('data from another year: a real Beijing 2008 GeoLife trip compares no case and is "none", with no advice to stand down', async () => {
    const body = await check(parse('geolife-beijing-2008.plt'));
    expect(body.coverage).toMatchObject({ status: 'none', casesCompared: 0 });
    expect(Date.parse(body.coverage.dataFrom)).toBeGreaterThan(Date.parse('2020-01-01'));
    expect(body.overlaps).toEqual([]);
    expect(body.advice).toEqual(['no-data']);
  });

  it('another city in the same days: the Beijing trip moved to the demo days compares cases but lies outside the area, so "none"', async () => {
    const body = await check(shiftTo(parse('geolife-beijing-2008.plt'), Date.parse('2020-03-07T01:00:00Z')));
    expect(body.coverage.status).toBe('none');
    expect(body.coverage.casesCompared).toBeGreaterThan(0);
    expect(body.coverage.gaps.isOutsideArea).toBe(true);
    expect(body.advice).toEqual(['no-data']);
  });

  it('half inside: the overlap sample plus the same day again 1° east is "partial" and still finds C-009', async () => {
    const inside = parse('resident-overlap.gpx');
    const outside = shiftTo(shiftEast(inside, 1), Date.parse('2020-03-07T14:00:00Z'));
    const body = await check([...inside, ...outside]);
    expect(body.coverage).toMatchObject({ status: 'partial', gaps: { isOutsideArea: true } });
    expect(body.overlaps.map((o: { caseCode: string }) => o.caseCode)).toContain('C-009');
  });

  it('fully inside: the overlap sample is "covered", with the case time beside the resident time', async () => {
    const body = await check(parse('resident-overlap.gpx'));
    expect(body.coverage).toMatchObject({ status: 'covered', gaps: { isBeforeData: false, isAfterData: false, isOutsideArea: false } });
    expect(body.coverage.casesCompared).toBeGreaterThan(0);
    const [overlap] = body.overlaps;
    expect(overlap).toMatchObject({ caseCode: 'C-009', timing: 'same-time' });
    // C-009 was at the restaurant 10:30–12:20 KST (the demo data).
    expect(overlap.caseFrom).toBe('2020-03-07T01:30:00.000Z');
    expect(Date.parse(overlap.caseTo)).toBeGreaterThanOrEqual(Date.parse('2020-03-07T03:20:00Z'));
    expect(body.droppedPoints).toBe(0);
    expect(body.assumedTimeZone).toBeNull();
  });

  it('an after-case visit says the case had left, and when it was there', async () => {
    const response = await POST(
      new NextRequest('http://localhost/api/check', { method: 'POST', body: fileForm('resident-after-case.gpx', { preset: 'after-case' }), headers: { 'x-forwarded-for': '10.9.1.1' } }),
    );
    const body = await response.json();
    const overlap = body.overlaps.find((o: { caseCode: string }) => o.caseCode === 'C-009');
    expect(overlap.timing).toBe('after-case');
    // The case reached the restaurant around 10:30 KST (its travel line ends there) and left by 12:30 KST.
    expect(Date.parse(overlap.caseFrom)).toBeGreaterThanOrEqual(Date.parse('2020-03-07T01:10:00Z'));
    expect(Date.parse(overlap.caseFrom)).toBeLessThanOrEqual(Date.parse('2020-03-07T01:30:00Z'));
    expect(Date.parse(overlap.caseTo)).toBeLessThanOrEqual(Date.parse('2020-03-07T03:30:00Z'));
    expect(Date.parse(overlap.caseTo)).toBeLessThan(Date.parse(overlap.from));
    expect(body.advice).toContain('after-case');
  });

  it('counts dropped points of an upload and reads offset-less times in the zone the resident chose', async () => {
    const dropped = await (await POST(new NextRequest('http://localhost/api/check', { method: 'POST', body: fileForm('gpx-untimed-points.gpx'), headers: { 'x-forwarded-for': '10.9.1.2' } }))).json();
    expect(dropped.droppedPoints).toBe(298);

    const csv = 'latitude,longitude,time\n37.556053,126.856724,2020-03-07 10:40\n37.556053,126.856724,2020-03-07 12:10\n';
    const seoul = await (await POST(new NextRequest('http://localhost/api/check', { method: 'POST', body: fileForm({ text: csv, name: 'day.csv' }, { timeZone: 'Asia/Seoul' }), headers: { 'x-forwarded-for': '10.9.1.3' } }))).json();
    expect(seoul.assumedTimeZone).toBe('Asia/Seoul');
    expect(seoul.overlaps.map((o: { caseCode: string }) => o.caseCode)).toContain('C-009');
    // Read as Shanghai time the same file is an hour later: another stretch of the day.
    const shanghai = await (await POST(new NextRequest('http://localhost/api/check', { method: 'POST', body: fileForm({ text: csv, name: 'day.csv' }, { timeZone: 'Asia/Shanghai' }), headers: { 'x-forwarded-for': '10.9.1.4' } }))).json();
    expect(shanghai.assumedTimeZone).toBe('Asia/Shanghai');
    expect(shanghai.overlaps[0]?.from).not.toBe(seoul.overlaps[0]?.from);
  });

  it('refuses a time zone that is not an IANA name with a coded, Chinese error', async () => {
    const response = await POST(
      new NextRequest('http://localhost/api/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN', 'x-forwarded-for': '10.9.1.5' },
        body: JSON.stringify({ trajectory: partsToGeoJson(parse('resident-overlap.gpx')), timeZone: 'Mars/Olympus' }),
      }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.code).toBe('check.time-zone-invalid');
    expect(body.error).toContain('时区');
  });

  it('GET /api/case-tracks carries the same coverage basis the server uses', async () => {
    const response = await getCaseTracks(new NextRequest('http://localhost/api/case-tracks?from=2020-03-07T00:00:00.000Z&to=2020-03-08T00:00:00.000Z'));
    const body = await response.json();
    expect(body.coverageBasis).toEqual(await getCoverageBasis(await testDb()));
    expect(body.coverageBasis).toMatchObject({ areaSource: 'communities' });
    expect(body.coverageBasis.caseCount).toBeGreaterThan(0);
  });
});

function fileForm(file: string | { text: string; name: string }, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  const { text, name } = typeof file === 'string' ? { text: fixture(file), name: file } : file;
  form.set('file', new File([text], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}
