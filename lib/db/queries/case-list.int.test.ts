import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '@/lib/import/run-import';
import { rowsOf, type Db } from '../client';
import { databaseKind, resetTables, testDb } from '../test-support';
import { saveCaseTracks } from './cases';
import { listStaffCasePage } from './case-list';

const communities = fs.readFileSync(path.join(process.cwd(), 'lib/db/fixtures/two-communities.geojson'), 'utf8');

describe(`staff case list: server-side pages and search (${databaseKind})`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await testDb();
    await resetTables(db);
    await runImport(db, 'communities', communities, { timeZone: 'Asia/Shanghai' });
    const riverside = Number(rowsOf<{ id: number }>(await db.execute(sql`SELECT id FROM communities WHERE code = 'T-1'`))[0].id);
    const start = Date.parse('2022-04-01T00:00:00Z');
    // 120 cases reported an hour apart: C-001 first; every tenth visited a "Market 50%"; C-007 lives in Riverside.
    const tracks = Array.from({ length: 120 }, (_, i) => ({
      caseCode: `C-${String(i + 1).padStart(3, '0')}`,
      reportedAt: new Date(start + i * 3_600_000),
      communityId: i === 6 ? riverside : null,
      parts: [{ kind: 'stay' as const, lngLat: [126.89, 37.5] as [number, number], start: start + i * 3_600_000, end: start + i * 3_600_000 + 60_000, place: i % 10 === 0 ? `Market 50% ${i}` : `Shop ${i}` }],
    }));
    await saveCaseTracks(db, tracks, { label: 'test' });
  });

  it('pages newest first, with the total of all matches', async () => {
    const first = await listStaffCasePage(db, { q: '', page: 1, pageSize: 50 });
    expect(first.total).toBe(120);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0].code).toBe('C-120');
    expect(first.rows[0].visits).toHaveLength(1);
    const last = await listStaffCasePage(db, { q: '', page: 3, pageSize: 50 });
    expect(last.rows.map((c) => c.code)).toEqual(Array.from({ length: 20 }, (_, i) => `C-${String(20 - i).padStart(3, '0')}`));
    expect((await listStaffCasePage(db, { q: '', page: 9, pageSize: 50 })).rows).toEqual([]);
  });

  it('searches code, visit place and home community, case-insensitively, wildcards taken literally', async () => {
    const byCode = await listStaffCasePage(db, { q: 'c-11', page: 1, pageSize: 50 });
    expect(byCode.rows.map((c) => c.code)).toEqual(['C-119', 'C-118', 'C-117', 'C-116', 'C-115', 'C-114', 'C-113', 'C-112', 'C-111', 'C-110']);
    const byPlace = await listStaffCasePage(db, { q: 'market 50%', page: 1, pageSize: 5 });
    expect(byPlace.total).toBe(12);
    expect(byPlace.rows.map((c) => c.code)).toEqual(['C-111', 'C-101', 'C-091', 'C-081', 'C-071']);
    expect((await listStaffCasePage(db, { q: 'riverSIDE', page: 1, pageSize: 50 })).rows.map((c) => c.code)).toEqual(['C-007']);
    expect((await listStaffCasePage(db, { q: '%', page: 1, pageSize: 50 })).total).toBe(12);
    expect((await listStaffCasePage(db, { q: '_', page: 1, pageSize: 50 })).total).toBe(0);
  });
});
