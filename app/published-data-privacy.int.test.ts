/**
 * Published case tracks carry no personal data. The database is given personal-looking material where staff
 * keep it — a case's home community (cases.community_id), a resident's report with name, phone, notes and
 * trajectory, a draft case named after a person, password hashes — and every way case data leaves the app
 * is read: `npm run export -- cases`, GET /api/cases, GET /api/case-tracks, GET /api/coverage, the cases vector
 * tiles, the case notice and its text, and the check's answer. Each must hold only its allowed fields, and none of the
 * personal values.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { VectorTile } from '@mapbox/vector-tile';
import { eq, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { PbfReader } from 'pbf';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExport } from '@/lib/export/build-export';
import { invalidateCheckSnapshot } from '@/lib/check/check-snapshot';
import { rowsOf, type Db } from '@/lib/db/client';
import { getCaseNotice } from '@/lib/db/queries/case-notices';
import { saveCaseTracks } from '@/lib/db/queries/cases';
import { saveCommunities } from '@/lib/db/queries/communities';
import { cases, communities, residentReports } from '@/lib/db/schema';
import { seedDemoIfEmpty } from '@/lib/demo/seed-demo';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { caseNoticeText } from '@/lib/notice/case-notice-text';
import { tileOf } from '@/lib/tiles/tile-params';
import { GET as getCaseTracks } from './api/case-tracks/route';
import { GET as getCases } from './api/cases/route';
import { POST as postCheck } from './api/check/route';
import { GET as getCoverage } from './api/coverage/route';
import { GET as getTile } from './api/tiles/[layer]/[z]/[x]/[y]/route';

const run = promisify(execFile);

/** C-009's restaurant stay in Deungchon-dong (demo data), where the sample resident overlaps it. */
const RESTAURANT: [number, number] = [126.856724, 37.556053];
const HOME = { code: 'PRIV-HOME-77', name: 'Privacy Estate 隐私家园', district: 'Secret-gu 秘密区' };
const RESIDENT = { name: 'Wang Mimi 王秘密', phone: '+86 139 1234 5678', notes: 'Lives in Room 1203, Building 5; call after 6 pm', spot: [126.9123457, 37.5123457] };
const DRAFT = { code: 'DRAFT-PRIV', place: 'Home of Zhao Yinsi 赵隐私' };

/** Strings that must not appear in anything published. */
const PERSONAL = [
  'Wang Mimi',
  '王秘密',
  '1234 5678',
  '12345678',
  'Room 1203',
  'call after 6 pm',
  '126.9123457',
  '1269123457',
  HOME.code,
  'Privacy Estate',
  '隐私家园',
  'Secret-gu',
  DRAFT.code,
  'Zhao Yinsi',
  '赵隐私',
  '$argon2',
  'password',
  'passwordHash',
  'communityId',
  'community_id',
];

/** Keys each published form may carry, and nothing else. */
const CASE_FEATURE_KEYS = ['geometry', 'id', 'properties', 'type'];
const CASE_PROPERTY_KEYS = ['caseCode', 'classification', 'coordTimes', 'end', 'place', 'reportedAt', 'start', 'timeGenerated'];
const TILE_PROPERTY_KEYS = ['caseCode', 'classification', 'end', 'place', 'reportedAt', 'start'];
const NOTICE_KEYS = ['caseCode', 'classification', 'publishedAt', 'reportedAt', 'track', 'visits'];
const NOTICE_VISIT_KEYS = ['end', 'isMovement', 'place', 'start'];
const NOTICE_TRACK_PROPERTY_KEYS = ['end', 'place', 'seq', 'start'];
const OVERLAP_KEYS = ['caseCode', 'closest', 'from', 'minDistanceMeters', 'minutes', 'place', 'to', 'caseFrom', 'caseTo', 'timing'];

type Feature = { type: string; id?: unknown; geometry: unknown; properties: Record<string, unknown> };

function expectNoPersonalData(label: string, text: string): void {
  for (const value of PERSONAL) expect(text.includes(value), `${label} contains "${value}"`).toBe(false);
}

function expectKeysWithin(label: string, object: object, allowed: readonly string[]): void {
  const extra = Object.keys(object).filter((key) => !allowed.includes(key));
  expect(extra, `${label} has fields beyond its allow-list`).toEqual([]);
}

function expectCaseFeatures(label: string, features: readonly Feature[]): void {
  expect(features.length, `${label} is empty: the test would prove nothing`).toBeGreaterThan(0);
  for (const feature of features) {
    expectKeysWithin(`${label} feature`, feature, CASE_FEATURE_KEYS);
    expectKeysWithin(`${label} properties`, feature.properties, CASE_PROPERTY_KEYS);
  }
}

let db: Db;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
  const boundary = { type: 'MultiPolygon' as const, coordinates: [[[[126.91, 37.51], [126.915, 37.51], [126.915, 37.515], [126.91, 37.515], [126.91, 37.51]]]] };
  await saveCommunities(db, [{ ...HOME, population: 1200, boundary }], { label: 'test' });
  const [home] = await db.select({ id: communities.id }).from(communities).where(eq(communities.code, HOME.code));
  // Staff-only: where the case lives. Every published case gets it, so any leak shows.
  await db.update(cases).set({ communityId: home.id });
  await db.insert(residentReports).values({
    communityId: home.id,
    name: RESIDENT.name,
    phone: RESIDENT.phone,
    notes: RESIDENT.notes,
    overlaps: [{ caseCode: 'C-009', from: '2020-03-07T01:40:00Z', to: '2020-03-07T03:10:00Z', minutes: 90, minDistanceMeters: 5, closest: RESTAURANT, place: 'Restaurant · Deungchon-dong' }],
    trajectory: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: RESIDENT.spot } }] },
    consentedAt: new Date(),
    expiresAt: new Date(Date.now() + 14 * 86_400_000),
  });
  // A draft next to C-009's restaurant, named after a person: drafts never leave the staff workspace.
  const start = Date.parse('2020-03-07T01:00:00Z');
  await saveCaseTracks(db, [{ caseCode: DRAFT.code, parts: [{ kind: 'stay', lngLat: [RESTAURANT[0] + 0.0002, RESTAURANT[1]], start, end: start + 3_600_000, place: DRAFT.place }], reportedAt: new Date('2020-03-08T00:00:00Z') }], { label: 'test' });
  invalidateCheckSnapshot();
}, 120_000);

describe(`published case data holds no personal data (${databaseKind})`, () => {
  it('the database really holds the personal material the outputs are checked against', async () => {
    const [row] = rowsOf<{ homes: string; reports: string; hashes: string }>(
      await db.execute(sql`select
        (select count(*) from cases where status = 'published' and community_id is not null) as homes,
        (select count(*) from resident_reports where name = ${RESIDENT.name}) as reports,
        (select count(*) from users where password_hash like '$argon2%') as hashes`),
    );
    expect(Number(row.homes)).toBeGreaterThan(10);
    expect(Number(row.reports)).toBe(1);
    expect(Number(row.hashes)).toBeGreaterThan(0);
  });

  it('npm run export -- cases: the interchange format only', async () => {
    const options = { timeZone: 'Asia/Seoul', noEpidemicDays: 14, now: new Date() };
    const exported = JSON.parse(String((await buildExport(db, 'cases', 'geojson', options)).body)) as { features: Feature[] };
    expectCaseFeatures('export', exported.features);
    expect(exported.features.some((f) => f.properties?.caseCode === 'C-009')).toBe(true);
    expectNoPersonalData('export', JSON.stringify(exported));
    expectNoPersonalData('CSV export', String((await buildExport(db, 'cases', 'csv', options)).body));
  });

  if (process.env.DATABASE_URL) {
    // The command itself (on the embedded database the test process holds the folder's lock).
    it('npm run export -- cases, run as a command', async () => {
      const { stdout } = await run('node', ['--conditions=react-server', '--import', 'tsx', 'lib/cli/export.ts', 'cases'], { env: process.env, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 });
      const exported = JSON.parse(stdout) as { type: string; features: Feature[] };
      expectKeysWithin('export file', exported, ['type', 'features']);
      expectCaseFeatures('export file', exported.features);
      expectNoPersonalData('export file', stdout);
    }, 120_000);
  }

  it('GET /api/cases: the interchange format only', async () => {
    const response = await getCases(new NextRequest('http://localhost/api/cases'));
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text) as { type: string; features: Feature[] };
    expectKeysWithin('/api/cases', body, ['type', 'features']);
    expectCaseFeatures('/api/cases', body.features);
    expectNoPersonalData('/api/cases', text);
  });

  it('GET /api/case-tracks: codes, places, coordinates and times only', async () => {
    const response = await getCaseTracks(new NextRequest('http://localhost/api/case-tracks?from=2020-02-01T00:00:00Z&to=2020-04-01T00:00:00Z'));
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text) as { v: number; places: unknown[]; cases: [unknown, number[][]][]; coverageBasis: object };
    expectKeysWithin('/api/case-tracks', body, ['v', 'places', 'cases', 'coverageBasis']);
    // What the published data covers: counts, dates and a box, nothing about anyone.
    expectKeysWithin('/api/case-tracks coverageBasis', body.coverageBasis, ['caseCount', 'dataFrom', 'dataTo', 'area', 'areaSource']);
    expect(body.cases.map(([code]) => code)).toContain('C-009');
    for (const place of body.places) expect(typeof place).toBe('string');
    for (const [code, parts] of body.cases) {
      expect(typeof code).toBe('string');
      for (const part of parts) for (const n of part) expect(typeof n).toBe('number');
    }
    expectNoPersonalData('/api/case-tracks', text);
  });

  it('GET /api/coverage: a count, two instants and a box, counting published cases only', async () => {
    const response = await getCoverage(new NextRequest('http://localhost/api/coverage'));
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text) as { caseCount: number; dataFrom: string | null; dataTo: string | null; area: unknown; areaSource: unknown };
    expectKeysWithin('/api/coverage', body, ['caseCount', 'dataFrom', 'dataTo', 'area', 'areaSource']);
    const [row] = rowsOf<{ published: string }>(await db.execute(sql`select count(*) as published from cases where status = 'published'`));
    // The draft next to C-009 is not counted: a count that included it would tell residents a draft exists.
    expect(body.caseCount).toBe(Number(row.published));
    expect(typeof body.dataFrom).toBe('string');
    expect(typeof body.dataTo).toBe('string');
    expect(Array.isArray(body.area) && body.area.length === 4 && body.area.every((n) => typeof n === 'number')).toBe(true);
    expect(body.areaSource).toBe('communities');
    expectNoPersonalData('/api/coverage', text);
  });

  it('the cases vector tile: the public properties only', async () => {
    const { x, y } = tileOf(RESTAURANT, 14);
    const response = await getTile(new NextRequest(`http://localhost/api/tiles/cases/14/${x}/${y}?at=2020-03-20T00:00:00Z`), {
      params: Promise.resolve({ layer: 'cases', z: '14', x: String(x), y: String(y) }),
    });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const layer = new VectorTile(new PbfReader(bytes)).layers.cases;
    expect(layer?.length ?? 0).toBeGreaterThan(0);
    const properties = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties);
    for (const p of properties) expectKeysWithin('tile feature', p, TILE_PROPERTY_KEYS);
    expect(properties.map((p) => p.caseCode)).toContain('C-009');
    expectNoPersonalData('tile properties', JSON.stringify(properties));
    expectNoPersonalData('tile bytes', Buffer.from(bytes).toString('latin1'));
    expectNoPersonalData('tile bytes (UTF-8)', Buffer.from(bytes).toString('utf8'));
  });

  it('the case notice and its text: code, dates, places and times only', async () => {
    const notice = await getCaseNotice(db, 'C-009');
    if (!notice) throw new Error('C-009 has no notice');
    expectKeysWithin('notice', notice, NOTICE_KEYS);
    for (const visit of notice.visits) expectKeysWithin('notice visit', visit, NOTICE_VISIT_KEYS);
    for (const feature of notice.track.features) expectKeysWithin('notice track', feature.properties, NOTICE_TRACK_PROPERTY_KEYS);
    expectNoPersonalData('notice', JSON.stringify(notice));
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = caseNoticeText(notice, locale, 'Asia/Seoul', 'https://gridwatch.example/check');
      expect(text).toContain('C-009');
      expectNoPersonalData(`notice text (${locale})`, text);
    }
    expect(await getCaseNotice(db, DRAFT.code)).toBeUndefined();
  });

  it("the check's answer: overlaps with the public case fields only", async () => {
    const at = (minutes: number) => new Date(Date.parse('2020-03-07T01:40:00Z') + minutes * 60_000).toISOString();
    const trajectory = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { coordTimes: [at(0), at(30), at(60)] }, geometry: { type: 'LineString', coordinates: [RESTAURANT, RESTAURANT, RESTAURANT] } }],
    };
    const response = await postCheck(
      new NextRequest('http://localhost/api/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gridwatch-peer': '10.9.9.9' },
        body: JSON.stringify({ trajectory, rule: { distanceMeters: 100, toleranceMinutes: 0, minOverlapMinutes: 0 } }),
      }),
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text) as { overlaps: Record<string, unknown>[] };
    expect(body.overlaps.map((o) => o.caseCode)).toContain('C-009');
    for (const overlap of body.overlaps) expectKeysWithin('overlap', overlap, OVERLAP_KEYS);
    expectNoPersonalData('check answer', text);
  });
});
