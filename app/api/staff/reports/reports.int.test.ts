import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { jsonRequest, paramsOf, sessionCookieFor } from '@/lib/testing/staff-test-support';
import { listFollowUpReports } from '@/lib/db/queries/report-follow-up';
import { communities, residentReports } from '@/lib/db/schema';
import { PATCH } from './[id]/route';

let db: Db;
let staff: string;
let official: string;
let reportId: number;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  [staff, official] = [await sessionCookieFor(db, 'staff'), await sessionCookieFor(db, 'official')];
  const [community] = await db
    .insert(communities)
    .values({ code: 'T1', name: 'Test community', district: 'Test', population: 100, boundary: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] } })
    .returning({ id: communities.id });
  const day = 86_400_000;
  const [report] = await db
    .insert(residentReports)
    .values({ communityId: community.id, name: 'Zhang San', phone: '+86 138 0000 0000', overlaps: [{ caseCode: 'C-1' }], consentedAt: new Date(), expiresAt: new Date(Date.now() + 14 * day) })
    .returning({ id: residentReports.id });
  reportId = report.id;
  await db.insert(residentReports).values({
    communityId: community.id,
    name: 'Expired',
    phone: '+86 138 0000 0001',
    overlaps: [],
    consentedAt: new Date(Date.now() - 20 * day),
    createdAt: new Date(Date.now() - 20 * day),
    expiresAt: new Date(Date.now() - day),
  });
});

describe(`report follow-up on ${databaseKind}`, () => {
  it('lists reports within retention only', async () => {
    expect((await listFollowUpReports(db)).map((r) => r.name)).toEqual(['Zhang San']);
  });

  it('lets staff move a report to contacted with notes, audited without the resident’s name or phone', async () => {
    const response = await PATCH(jsonRequest('PATCH', `/api/staff/reports/${reportId}`, { status: 'contacted', notes: 'Called, test booked' }, staff), paramsOf({ id: String(reportId) }));
    expect(response.status).toBe(200);
    expect((await listFollowUpReports(db))[0]).toMatchObject({ status: 'contacted', notes: 'Called, test booked' });
    const [entry] = rowsOf<{ before: unknown; after: unknown }>(await db.execute(sql`select before, after from audit_log where object_type = 'report'`));
    expect(entry).toEqual({ before: { status: 'new', notes: null }, after: { status: 'contacted', notes: 'Called, test booked' } });
    expect(JSON.stringify(entry)).not.toMatch(/Zhang|138/);
  });

  it('refuses an official (403) and an unknown status (422)', async () => {
    expect((await PATCH(jsonRequest('PATCH', `/api/staff/reports/${reportId}`, { status: 'cleared' }, official), paramsOf({ id: String(reportId) }))).status).toBe(403);
    expect((await PATCH(jsonRequest('PATCH', `/api/staff/reports/${reportId}`, { status: 'gone' }, staff), paramsOf({ id: String(reportId) }))).status).toBe(422);
    expect((await listFollowUpReports(db))[0].status).toBe('contacted');
  });
});
