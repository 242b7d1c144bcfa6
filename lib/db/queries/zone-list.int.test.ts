import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '@/lib/import/run-import';
import { kindsNamed } from '@/lib/zones/kinds-named';
import type { Db } from '../client';
import { databaseKind, resetTables, testDb } from '../test-support';
import { listZoneClocks, listZoneReach } from './zone-edits';
import { listZonePage, zonesSummary } from './zone-list';

const communities = fs.readFileSync(path.join(process.cwd(), 'lib/db/fixtures/two-communities.geojson'), 'utf8');
const page = (q: string, n = 1) => ({ q, page: n, pageSize: 50 });

describe(`zones list: server-side pages and search (${databaseKind})`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await testDb();
    await resetTables(db);
    await runImport(db, 'communities', communities, { timeZone: 'Asia/Shanghai' });
    // 120 zones: 1–90 in Riverside (126.89, 37.50), 91–120 in Hillside (126.96, 37.56); kinds in turn; every
    // tenth one lifted.
    await db.execute(sql`
      INSERT INTO zones (kind, name, geom, effective_from, lifted_at)
      SELECT (ARRAY['sealed','controlled','precaution'])[1 + i % 3]::zone_kind, '测试区域 ' || i,
        ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(CASE WHEN i <= 90 THEN 126.89 ELSE 126.96 END, CASE WHEN i <= 90 THEN 37.50 ELSE 37.56 END), 4326)::geography, 50, 4)::geometry),
        '2022-04-01T00:00:00Z'::timestamptz + i * interval '1 minute',
        CASE WHEN i % 10 = 0 THEN '2022-04-20T00:00:00Z'::timestamptz END
      FROM generate_series(1, 120) AS i`);
  });

  it('reaches every zone by page: in force first, then lifted, newest first within each', async () => {
    const first = await listZonePage(db, page(''));
    expect(first.total).toBe(120);
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0].name).toBe('测试区域 119');
    expect(first.rows[0].geometry.type).toBe('MultiPolygon');
    const third = await listZonePage(db, page('', 3));
    expect(third.rows).toHaveLength(20);
    expect(third.rows.slice(-12).every((z) => z.liftedAt !== null)).toBe(true);
    expect(third.rows.at(-1)!.name).toBe('测试区域 10');
    const seen = new Set([...first.rows, ...(await listZonePage(db, page('', 2))).rows, ...third.rows].map((z) => z.id));
    expect(seen.size).toBe(120);
  });

  it('searches by zone name, by the community a zone touches, and by kind in either language', async () => {
    expect((await listZonePage(db, page('区域 11'))).rows.map((z) => z.name).sort()).toEqual(['测试区域 11', '测试区域 110', '测试区域 111', '测试区域 112', '测试区域 113', '测试区域 114', '测试区域 115', '测试区域 116', '测试区域 117', '测试区域 118', '测试区域 119'].sort());
    expect((await listZonePage(db, page('hillSIDE'))).total).toBe(30);
    expect((await listZonePage(db, page('Riverside'))).total).toBe(90);
    const sealed = await listZonePage(db, page('封控'), { kindsNamed: kindsNamed('封控') });
    expect(sealed.total).toBe(40);
    expect(sealed.rows.every((z) => z.kind === 'sealed')).toBe(true);
    expect((await listZonePage(db, page('Precaution'), { kindsNamed: kindsNamed('Precaution') })).total).toBe(40);
    expect((await listZonePage(db, page('no such place'))).total).toBe(0);
  });

  it('takes LIKE wildcards in the search literally', async () => {
    expect((await listZonePage(db, page('%'))).total).toBe(0);
    expect((await listZonePage(db, page('_'))).total).toBe(0);
  });

  it('reads reach and lifecycle clocks for the page’s zones only', async () => {
    const { rows } = await listZonePage(db, page('Hillside'));
    const ids = rows.map((z) => z.id);
    const reach = await listZoneReach(db, ids);
    expect([...reach.keys()].sort()).toEqual([...ids].sort());
    expect([...reach.values()].every((r) => r.communities.map((c) => c.name).join() === 'Hillside')).toBe(true);
    expect([...(await listZoneClocks(db, ids)).keys()].sort()).toEqual([...ids].sort());
    expect((await listZoneClocks(db, [])).size).toBe(0);
    expect((await listZoneReach(db)).size).toBe(120);
  });

  it('sums the zones up: the extent the map opens on, and a revision that changes with any write', async () => {
    const before = await zonesSummary(db);
    expect(before.extent![0]).toBeCloseTo(126.89, 2);
    expect(before.extent![3]).toBeCloseTo(37.56, 2);
    await db.execute(sql`UPDATE zones SET version = version + 1 WHERE name = '测试区域 5'`);
    const edited = await zonesSummary(db);
    expect(edited.revision).not.toBe(before.revision);
    await db.execute(sql`DELETE FROM zones WHERE name = '测试区域 6'`);
    expect((await zonesSummary(db)).revision).not.toBe(edited.revision);
  });
});
