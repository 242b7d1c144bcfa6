import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { seedDemoIfEmpty } from '@/lib/demo/seed-demo';
import { listPublishedCaseVisits, setCasesPublished } from '@/lib/db/queries/cases';
import { checkTrajectory } from '@/lib/overlap/check-trajectory';
import { caseTracksFromFeatures } from '@/lib/trajectory/case-tracks-from-features';
import { parseTrajectoryFile } from '@/lib/parse/parse-trajectory';
import { formatOverlaps } from '@/lib/check/format-result';
import { invalidateCheckSnapshot } from '@/lib/check/check-snapshot';
import { POST } from './route';

const sample = (name: string) => fs.readFileSync(path.join(process.cwd(), 'e2e', 'fixtures', name), 'utf8');

function postJson(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new NextRequest('http://localhost/api/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gridwatch-peer': `10.0.0.${Math.floor(Math.random() * 250)}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

function postFile(text: string | Uint8Array<ArrayBuffer>, fileName: string, fields: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([text], fileName));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return POST(new NextRequest('http://localhost/api/check', { method: 'POST', body: form, headers: { 'x-gridwatch-peer': '10.1.0.1', ...headers } }));
}

beforeAll(async () => {
  const db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
  invalidateCheckSnapshot();
});

describe(`POST /api/check on ${databaseKind}`, () => {
  it('finds the demo case the overlap sample was built against, with its window, distance and place', async () => {
    const response = await postFile(sample('resident-overlap.gpx'), 'resident-overlap.gpx');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.stored).toBe(false);
    expect(body.overlaps).toHaveLength(1);
    const [overlap] = body.overlaps;
    expect(overlap).toMatchObject({ caseCode: 'C-009', place: 'Restaurant · Deungchon-dong' });
    // The resident is at the restaurant 10:40–12:10 KST; the window adds the seconds of the ride within 100 m.
    expect(Date.parse(overlap.from)).toBeGreaterThanOrEqual(Date.parse('2020-03-07T10:39:00+09:00'));
    expect(Date.parse(overlap.from)).toBeLessThanOrEqual(Date.parse('2020-03-07T10:40:00+09:00'));
    expect(Date.parse(overlap.to)).toBeGreaterThanOrEqual(Date.parse('2020-03-07T12:10:00+09:00'));
    expect(Date.parse(overlap.to)).toBeLessThanOrEqual(Date.parse('2020-03-07T12:11:00+09:00'));
    expect(overlap.minDistanceMeters).toBeLessThan(20);
    expect(overlap.minutes).toBeGreaterThan(90);
  });

  it('reads a file saved as UTF-16 (LE or BE, with a BOM) like its UTF-8 original', async () => {
    for (const name of ['resident-overlap.geojson', 'resident-overlap.csv']) {
      const utf8 = await (await postFile(sample(name), name)).json();
      expect(utf8.overlaps, name).toHaveLength(1);
      const le = Buffer.from(sample(name), 'utf16le');
      for (const bytes of [new Uint8Array([0xff, 0xfe, ...le]), new Uint8Array([0xfe, 0xff, ...Buffer.from(le).swap16()])]) {
        const response = await postFile(bytes, name);
        expect(response.status, name).toBe(200);
        expect((await response.json()).overlaps).toEqual(utf8.overlaps);
      }
    }
  });

  it('finds nothing for the clear sample under every preset', async () => {
    for (const preset of ['same-place', 'after-case', 'companion']) {
      const response = await postFile(sample('resident-clear.gpx'), 'resident-clear.gpx', { preset });
      expect(response.status).toBe(200);
      expect((await response.json()).overlaps).toEqual([]);
    }
  });

  it('takes the trajectory as GeoJSON with a preset and reports the rule it applied', async () => {
    const response = await postJson({ trajectory: JSON.parse(sample('resident-overlap.geojson')), rule: { preset: 'same-place' } });
    const body = await response.json();
    expect(body.rule).toMatchObject({ preset: 'same-place', distanceMeters: 50, minOverlapMinutes: 15 });
    expect(body.overlaps.map((o: { caseCode: string }) => o.caseCode)).toEqual(['C-009']);
  });

  it('gives the browser path (engine on /api/cases data) the same answer as the server', async () => {
    const db = await testDb();
    const tracks = caseTracksFromFeatures(await listPublishedCaseVisits(db));
    const parts = parseTrajectoryFile(sample('resident-overlap.gpx'), { fileName: 'a.gpx' }).parts;
    const local = formatOverlaps(checkTrajectory(parts, tracks, { preset: 'after-case' }));
    const server = (await (await postFile(sample('resident-overlap.gpx'), 'a.gpx', { preset: 'after-case' })).json()).overlaps;
    // The answer adds the case's own time there to each engine overlap.
    expect(server.map(({ caseFrom, caseTo, timing, ...overlap }: Record<string, unknown>) => (caseFrom && caseTo && timing ? overlap : null))).toEqual(local);
    expect(local.length).toBeGreaterThan(0);
  });

  it('reports the zones a trajectory entered while they were in force', async () => {
    const db = await testDb();
    const zones = await (await import('@/lib/db/queries/zones')).listZones(db);
    const sealed = zones.features.find((z) => z.properties.kind === 'sealed' && !z.properties.liftedAt)!;
    const ring = sealed.geometry.coordinates[0][0];
    const centre = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
    const inForce = Date.parse(sealed.properties.effectiveFrom) + 3600_000;
    const trajectory = {
      type: 'Feature',
      properties: { coordTimes: [new Date(inForce).toISOString(), new Date(inForce + 600_000).toISOString()] },
      geometry: { type: 'LineString', coordinates: [centre, [centre[0] + 0.0001, centre[1]]] },
    };
    const body = await (await postJson({ trajectory })).json();
    // The zone comes with its id and since when it was in force, so the page never re-matches it by name.
    expect(body.zones).toContainEqual({
      zoneId: String(sealed.id),
      name: sealed.properties.name,
      kind: 'sealed',
      from: new Date(inForce).toISOString(),
      to: new Date(inForce + 600_000).toISOString(),
      since: sealed.properties.effectiveFrom,
    });
  });

  it('checks published cases only', async () => {
    const db = await testDb();
    await setCasesPublished(db, ['C-009'], false, { label: 'test' });
    invalidateCheckSnapshot();
    try {
      const body = await (await postFile(sample('resident-overlap.gpx'), 'a.gpx')).json();
      expect(body.overlaps).toEqual([]);
    } finally {
      await setCasesPublished(db, ['C-009'], true, { label: 'test' });
      invalidateCheckSnapshot();
    }
  });

  const en = { 'accept-language': 'en' };
  it.each([
    ['not JSON', () => postJson('{"trajectory":', en), 400, 'request.body-malformed', /not valid JSON/],
    ['JSON nested 100,000 deep', () => postJson(`{"trajectory":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, en), 413, 'request.body-too-deep', /nested more than 64/],
    ['no trajectory', () => postJson({ rule: {} }, en), 400, 'check.trajectory-missing', /"trajectory"/],
    ['a bad rule', () => postJson({ trajectory: JSON.parse(sample('resident-overlap.geojson')), rule: { distanceMeters: 'far' } }, en), 400, 'check.rule-invalid', /rule\.distanceMeters/],
    ['out-of-range coordinates', () => postJson({ trajectory: { type: 'Feature', properties: { coordTimes: ['2020-03-07T01:00:00Z', '2020-03-07T01:01:00Z'] }, geometry: { type: 'LineString', coordinates: [[200, 37], [126, 37]] } } }, en), 422, 'parse.longitude-out-of-range', /GeoJSON feature 1: longitude 200/],
    ['an unparseable file', () => postFile('<gpx><trk><trkseg><trkpt lat="x"', 'broken.gpx', {}, en), 422, 'parse.xml-malformed', /GPX/i],
    ['a plain-text body', () => POST(new NextRequest('http://localhost/api/check', { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain', ...en } })), 400, 'check.content-type', /multipart/],
  ])('answers %s with a clear, coded error', async (_label, send, status, code, message) => {
    const response = await send();
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body.code).toBe(code);
    expect(body.error).toMatch(message);
  });

  it('answers a bad rule in the reader’s language: Chinese by Accept-Language, English on request', async () => {
    const trajectory = JSON.parse(sample('resident-overlap.geojson'));
    const zh = await postJson({ trajectory, rule: { distanceMeters: -5 } }, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(zh.status).toBe(400);
    expect(await zh.json()).toEqual({ error: '比对规则的 rule.distanceMeters 无效：不能小于 0', code: 'check.rule-invalid', params: { field: 'rule.distanceMeters', reason: { 'zh-CN': '不能小于 0', en: 'must be at least 0' } } });
    const english = await postJson({ trajectory, rule: { distanceMeters: -5 } }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.status).toBe(400);
    expect(await english.json()).toMatchObject({ error: 'The rule field rule.distanceMeters is invalid: must be at least 0', code: 'check.rule-invalid' });
  });

  it('names the line of a broken upload in Chinese, with the line in the answer', async () => {
    const response = await postFile('lon,lat,time\n126.9,37.5,2020-03-07T01:00:00Z\n126.9,north,2020-03-07T01:01:00Z\n', 'broken.csv', {}, { 'accept-language': 'zh-CN' });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'parse.not-a-number', error: 'CSV 文件第 3 行：latitude 的值 "north" 不是数字', format: 'csv', line: 3 });
  });

  it('answers the reader’s warnings coded and in their language, and counts skipped records on their own', async () => {
    // Two unreadable rows of 23 (under a tenth): skipped and counted; the times carry no offset (read as the zone given).
    const rows = Array.from({ length: 23 }, (_, i) => `126.85,37.55,2020-03-07 ${String(9 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}:00`);
    rows[4] = '126.85,north,2020-03-07 09:40:00';
    rows[9] = '126.85,37.55,not a time';
    const csv = `lon,lat,time\n${rows.join('\n')}\n`;
    const zh = await (await postFile(csv, 'two-bad.csv', { timeZone: 'Asia/Seoul' }, { 'accept-language': 'zh-CN' })).json();
    expect(zh.skippedRecords).toBe(2);
    expect(zh.trajectory.warnings).toEqual([
      {
        code: 'parse.warning-records-unreadable',
        message: 'CSV 文件：23 条记录中有 2 条无法读取，已跳过；第一处：CSV 文件第 6 行：latitude 的值 "north" 不是数字',
        params: expect.objectContaining({ count: 2, total: 23 }),
      },
    ]);
    const en = await (await postFile(csv, 'two-bad.csv', { timeZone: 'Asia/Seoul' }, { 'accept-language': 'en' })).json();
    expect(en.trajectory.warnings.map((w: { message: string }) => w.message)).toEqual(['CSV: 2 of 23 records could not be read and were skipped; the first: CSV line 6: latitude "north" is not a number']);
    // A clean file: no skipped records, and the field is still there.
    const clean = await (await postFile(sample('resident-overlap.gpx'), 'resident-overlap.gpx')).json();
    expect(clean.skippedRecords).toBe(0);
  });

  it('refuses a body over 20 MB with 413 before parsing it', async () => {
    const huge = 'x'.repeat(21 * 1024 * 1024);
    const response = await postJson(huge);
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe('request.body-too-large');
  });

  it('rate-limits one client with 429 and Retry-After', async () => {
    const started = Date.now();
    const replies: Response[] = [];
    for (let i = 0; i < 70; i++) replies.push(await postJson('{}', { 'x-gridwatch-peer': '203.0.113.9' }));
    const statuses = replies.map((r) => r.status);
    // The burst of 60, plus the one a second that refills while a slow machine sends the 70.
    const allowed = statuses.filter((s) => s === 400).length;
    expect(statuses.slice(0, 60).every((s) => s === 400)).toBe(true);
    expect(allowed).toBeLessThanOrEqual(60 + Math.ceil((Date.now() - started) / 1000));
    const limited = replies.find((r) => r.status === 429);
    expect(limited).toBeDefined();
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited?.json()).code).toBe('check.rate-limited');
  });
});
