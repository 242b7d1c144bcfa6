import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '@/lib/import/run-import';
import { rowsOf, type Db } from '../client';
import { databaseKind, resetTables, testDb } from '../test-support';
import { listAuditPage } from './audit-list';
import { saveCaseTracks } from './cases';
import { listRoundPage } from './testing-rounds';

const communities = fs.readFileSync(path.join(process.cwd(), 'lib/db/fixtures/two-communities.geojson'), 'utf8');

describe(`rounds and audit lists: server-side pages and filters (${databaseKind})`, () => {
  let db: Db;
  let riverside: number;
  beforeAll(async () => {
    db = await testDb();
    await resetTables(db);
    await runImport(db, 'communities', communities, { timeZone: 'Asia/Shanghai' });
    const ids = rowsOf<{ id: number; code: string }>(await db.execute(sql`SELECT id, code FROM communities ORDER BY code`));
    riverside = Number(ids[0].id);
    const hillside = Number(ids[1].id);
    await db.execute(
      sql`INSERT INTO grid_cells (community_id, name, geom) VALUES (${riverside}, '东区网格', ST_Multi(ST_GeomFromText('POLYGON((126.88 37.49, 126.89 37.49, 126.89 37.5, 126.88 37.49))', 4326)))`,
    );
    const cell = Number(rowsOf<{ id: number }>(await db.execute(sql`SELECT id FROM grid_cells`))[0].id);
    // 520 rounds: more than the old list's silent 500. Riverside has 400 (one a day), 40 of them in 东区网格.
    await db.execute(sql`
      INSERT INTO testing_rounds (community_id, grid_cell_id, round_number, tested_on, people_tested, positives)
      SELECT CASE WHEN i <= 400 THEN ${riverside}::int ELSE ${hillside}::int END,
             CASE WHEN i <= 40 THEN ${cell}::int ELSE NULL END,
             i, DATE '2021-01-01' + i, 100 + i, 0
      FROM generate_series(1, 520) AS i`);
  });

  it('reaches every round by page, newest day first', async () => {
    const first = await listRoundPage(db, {}, { q: '', page: 1, pageSize: 50 });
    expect(first.total).toBe(520);
    expect(first.rows[0].roundNumber).toBe(520);
    const last = await listRoundPage(db, {}, { q: '', page: 11, pageSize: 50 });
    expect(last.rows.map((r) => r.roundNumber)).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
  });

  it('filters by community and searches the grid cell name', async () => {
    expect((await listRoundPage(db, { communityId: riverside }, { q: '', page: 1, pageSize: 50 })).total).toBe(400);
    const cell = await listRoundPage(db, {}, { q: '东区', page: 1, pageSize: 50 });
    expect(cell.total).toBe(40);
    expect(cell.rows.every((r) => r.gridCellName === '东区网格')).toBe(true);
    expect((await listRoundPage(db, {}, { q: 'hillSIDE', page: 3, pageSize: 50 })).rows).toHaveLength(20);
  });

  it('finds audit entries by case code, zone name and user, newest first, paged', async () => {
    const stay = (code: string, place: string) => ({
      caseCode: code,
      parts: [
        {
          kind: 'stay' as const,
          lngLat: [126.89, 37.5] as [number, number],
          start: Date.parse('2022-04-01T00:00:00Z'),
          end: Date.parse('2022-04-01T01:00:00Z'),
          place,
        },
      ],
    });
    await saveCaseTracks(db, [stay('C-009', 'Market')], { label: 'import-a' });
    await saveCaseTracks(db, [stay('C-010', 'Park')], { label: 'import-b' });
    await saveCaseTracks(db, [stay('C-009', 'Bakery')], { label: 'import-b' });
    const zone = (name: string) => ({
      type: 'Feature',
      properties: { kind: 'sealed', name, effectiveFrom: '2022-04-01T00:00:00+08:00' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [126.885, 37.495],
            [126.895, 37.495],
            [126.895, 37.505],
            [126.885, 37.495],
          ],
        ],
      },
    });
    await runImport(
      db,
      'zones',
      JSON.stringify({ type: 'FeatureCollection', features: [zone('封控区 · 幸福里'), zone('Oryu-dong')] }),
      { timeZone: 'Asia/Shanghai', actor: { label: 'zones-import' } },
    );
    const byCase = await listAuditPage(db, { caseCode: 'c-009' }, { page: 1, pageSize: 50 });
    expect(byCase.rows.map((r) => [r.action, r.actor])).toEqual([
      ['update', 'import-b'],
      ['create', 'import-a'],
    ]);
    expect(byCase.rows[0].before).toMatchObject({ code: 'C-009', visits: [{ place: 'Market' }] });
    const byZone = await listAuditPage(db, { zoneName: '幸福里' }, { page: 1, pageSize: 50 });
    expect(byZone.rows.map((r) => (r.after as { name: string }).name)).toEqual(['封控区 · 幸福里']);
    expect((await listAuditPage(db, { user: 'IMPORT-B' }, { page: 1, pageSize: 50 })).total).toBe(2);
    const paged = await listAuditPage(db, {}, { page: 2, pageSize: 2 });
    expect(paged.rows).toHaveLength(2);
    expect(paged.total).toBeGreaterThanOrEqual(7);
  });
});
