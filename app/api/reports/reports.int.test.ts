import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { seedDemoIfEmpty } from '@/lib/demo/seed-demo';
import { auditLog, residentReports } from '@/lib/db/schema';
import { updateReportFollowUp } from '@/lib/db/queries/report-follow-up';
import { listCommunities } from '@/lib/db/queries/communities';
import { createReport, deleteExpiredReports } from '@/lib/db/queries/reports';
import { listPublishedCaseTracks } from '@/lib/db/queries/cases';
import { decodeCaseTracks } from '@/lib/check/case-track-codec';
import { caseTrackWindow } from '@/lib/check/check-window';
import { formatOverlaps } from '@/lib/check/format-result';
import { checkTrajectory } from '@/lib/overlap/check-trajectory';
import { PRESETS } from '@/lib/overlap/rule';
import { parseTrajectoryFile } from '@/lib/parse/parse-trajectory';
import { settings } from '@/lib/env';
import { POST } from './route';
import { GET as getCaseTracks } from '../case-tracks/route';

const overlap = { caseCode: 'C-009', from: '2020-03-07T01:39:50.000Z', to: '2020-03-07T03:10:10.000Z', minutes: 90.3, minDistanceMeters: 12.1, closest: [126.8567, 37.556] as [number, number], place: 'Restaurant · Deungchon-dong' };
let communityId = 0;

const post = (body: unknown, ip = '10.9.0.1') =>
  POST(new NextRequest('http://localhost/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', 'x-gridwatch-peer': ip }, body: JSON.stringify(body) }));

beforeAll(async () => {
  const db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
  communityId = Number((await listCommunities(db)).features[0].id);
});

describe(`POST /api/reports on ${databaseKind}`, () => {
  it('stores a consented report with its expiry and answers 201', async () => {
    const before = Date.now();
    const response = await post({ consent: true, name: 'Li Wei', phone: '+86 138 0000 0000', communityId, overlaps: [overlap], trajectory: { type: 'LineString', coordinates: [[126.85, 37.55], [126.86, 37.56]] } }, '10.9.0.2');
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.retentionDays).toBe(settings.reportRetentionDays);
    const [row] = await (await testDb()).select().from(residentReports).where(eq(residentReports.id, body.id));
    expect(row).toMatchObject({ communityId, name: 'Li Wei', phone: '+86 138 0000 0000', status: 'new' });
    expect(row.overlaps).toEqual([overlap]);
    expect(row.trajectory).toMatchObject({ type: 'LineString' });
    const days = (row.expiresAt.getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(settings.reportRetentionDays - 0.01);
    expect(days).toBeLessThan(settings.reportRetentionDays + 0.01);
  });

  it('refuses a report without consent, and stores nothing', async () => {
    const db = await testDb();
    const count = (await db.select().from(residentReports)).length;
    const response = await post({ consent: false, name: 'Li Wei', phone: '13800000000', communityId, overlaps: [overlap] }, '10.9.0.3');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'consent', error: expect.stringMatching(/consent/) });
    expect((await db.select().from(residentReports)).length).toBe(count);
  });

  it('answers 400 naming the field for a bad phone or an unknown community', async () => {
    const badPhone = await post({ consent: true, name: 'A', phone: 'x', communityId, overlaps: [overlap] }, '10.9.0.4');
    expect(badPhone.status).toBe(400);
    expect((await badPhone.json()).field).toBe('phone');
    const noCommunity = await post({ consent: true, name: 'A', phone: '13800000000', communityId: 999_999, overlaps: [overlap] }, '10.9.0.5');
    expect(noCommunity.status).toBe(400);
    expect((await noCommunity.json()).field).toBe('communityId');
  });

  it('answers JSON nested 5,000 levels deep with 413 and a code, not a 500', async () => {
    // Otherwise a valid report: the deep array inside its trajectory overflowed the stack while validating.
    const report = JSON.stringify({ consent: true, name: 'Li Wei', phone: '13800000000', communityId, overlaps: [overlap], trajectory: { type: 'Feature', geometry: 'DEEP' } });
    const body = report.replace('"DEEP"', '['.repeat(5000) + ']'.repeat(5000));
    const response = await POST(new NextRequest('http://localhost/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', 'x-gridwatch-peer': '10.9.0.7' }, body }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'request.body-too-deep' });
  });

  it('rate-limits one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post({ consent: false }, '10.9.0.6')).status);
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe(`deleteExpiredReports on ${databaseKind}`, () => {
  it('deletes the reports whose retention ran out, and only those', async () => {
    const db = await testDb();
    const report = { consent: true as const, name: 'Old', phone: '13800000000', communityId, overlaps: [overlap] };
    const old = await createReport(db, report, { retentionDays: 14, now: new Date('2026-01-01T00:00:00Z') });
    const fresh = await createReport(db, report, { retentionDays: 14, now: new Date('2026-01-10T00:00:00Z') });
    expect(await deleteExpiredReports(db, new Date('2026-01-15T00:00:00Z'))).toBe(1);
    const ids = (await db.select({ id: residentReports.id }).from(residentReports)).map((r) => r.id);
    expect(ids).not.toContain(old.id);
    expect(ids).toContain(fresh.id);
    expect(await deleteExpiredReports(db, new Date('2026-01-15T00:00:00Z'))).toBe(0);
  });

  it('deletes the follow-up notes the audit log kept about a deleted report, and keeps the status changes', async () => {
    const db = await testDb();
    const report = { consent: true as const, name: 'Old', phone: '13800000000', communityId, overlaps: [overlap] };
    const now = Date.now();
    const expiring = await createReport(db, report, { retentionDays: 1, now: new Date(now - 12 * 3_600_000) });
    const staying = await createReport(db, report, { retentionDays: 14, now: new Date(now) });
    for (const id of [expiring.id, staying.id]) {
      expect(await updateReportFollowUp(db, id, { status: 'contacted', notes: 'tested positive on 3 April' }, { label: 'test' })).toBe(true);
      expect(await updateReportFollowUp(db, id, { status: 'tested', notes: 'isolating at home' }, { label: 'test' })).toBe(true);
    }
    const entries = async (id: number) =>
      (await db.select({ before: auditLog.before, after: auditLog.after }).from(auditLog).where(and(eq(auditLog.objectType, 'report'), eq(auditLog.objectId, String(id)))));
    expect(JSON.stringify(await entries(expiring.id))).toContain('tested positive');

    expect(await deleteExpiredReports(db, new Date(now + 13 * 3_600_000))).toBeGreaterThanOrEqual(1);
    const scrubbed = await entries(expiring.id);
    expect(scrubbed.map((e) => (e.after as { status: string }).status)).toEqual(['contacted', 'tested']);
    expect(JSON.stringify(scrubbed)).not.toMatch(/tested positive|isolating|notes/);
    expect(JSON.stringify(await entries(staying.id))).toContain('isolating at home');
  });
});

describe(`GET /api/case-tracks on ${databaseKind}`, () => {
  const get = (query: string, headers: Record<string, string> = {}) => getCaseTracks(new NextRequest(`http://localhost/api/case-tracks?${query}`, { headers }));

  it('gives the private check the same overlaps as the full published set, in a cacheable compact body', async () => {
    const text = fs.readFileSync(path.join(process.cwd(), 'e2e', 'fixtures', 'resident-overlap.gpx'), 'utf8');
    const parts = parseTrajectoryFile(text, { fileName: 'a.gpx' }).parts;
    for (const preset of ['same-place', 'after-case', 'companion'] as const) {
      const rule = PRESETS[preset].rule;
      const window = caseTrackWindow(parts, rule);
      const response = await get(`from=${window.from}&to=${window.to}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toContain('max-age');
      const tracks = decodeCaseTracks(await response.json());
      const all = await listPublishedCaseTracks(await testDb());
      expect(tracks.length).toBeLessThan(all.length);
      expect(formatOverlaps(checkTrajectory(parts, tracks, rule))).toEqual(formatOverlaps(checkTrajectory(parts, all, rule)));
    }
  });

  it('answers 304 to a matching ETag and 400 naming a bad parameter', async () => {
    const first = await get('from=2020-03-07T00:00:00Z&to=2020-03-08T00:00:00Z');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await get('from=2020-03-07T00:00:00Z&to=2020-03-08T00:00:00Z', { 'if-none-match': etag! })).status).toBe(304);
    const bad = await get('from=2020-03-07&to=2020-03-08T00:00:00Z');
    expect(bad.status).toBe(400);
    const refusal = await bad.json();
    expect(refusal.code).toBe('query.instant-invalid');
    expect(refusal.error).toMatch(/参数 from/);
  });
});
