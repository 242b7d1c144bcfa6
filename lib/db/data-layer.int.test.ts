import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from './client';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { listCommunities } from './queries/communities';
import { listZones } from './queries/zones';
import { listPublishedCaseTracks, listPublishedCaseVisits, setCasesPublished } from './queries/cases';
import { seedDemoIfEmpty } from '@/lib/demo/seed-demo';
import { runImport } from '@/lib/import/run-import';
import { ImportError } from '@/lib/import/import-error';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const TZ = 'Asia/Shanghai';
let db: Db;

const count = async (table: string) =>
  Number(rowsOf<{ n: string | number }>(await db.execute(sql.raw(`select count(*) as n from ${table}`)))[0].n);

const zoneFeature = (name: string, kind: string, effectiveFrom: string, extra: Record<string, unknown> = {}, ring = [[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.49]]) => ({
  type: 'Feature',
  properties: { name, kind, effectiveFrom, ...extra },
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

const caseCsv = [
  'caseCode,place,lon,lat,start,end',
  'C-001,Market,126.885,37.495,2022-10-05T09:00:00+08:00,2022-10-05T10:00:00+08:00',
  'C-001,Clinic,126.889,37.498,2022-10-05T11:00:00+08:00,2022-10-05T11:30:00+08:00',
  'C-002,Station,126.96,37.56,2022-10-06T08:00:00+08:00,2022-10-06T08:20:00+08:00',
].join('\n');

beforeAll(async () => {
  db = await testDb();
});
beforeEach(async () => {
  await resetTables(db);
});

describe(`the data layer on ${databaseKind}`, () => {
  it('runs on PostGIS with GiST indexes on every geometry column and on visit times', async () => {
    const [version] = rowsOf<{ v: string }>(await db.execute(sql`select postgis_lib_version() as v`));
    expect(version.v).toMatch(/^3\.\d/);
    const indexes = rowsOf<{ indexname: string }>(
      await db.execute(sql`select indexname from pg_indexes where schemaname = 'public' and indexdef ilike '%using gist%' order by 1`),
    ).map((r) => r.indexname);
    expect(indexes).toEqual(['case_visits_during_gix', 'case_visits_geom_gix', 'communities_boundary_gix', 'gazetteer_places_point_gix', 'grid_cells_geom_gix', 'zones_geom_gix']);
  });

  it('imports communities idempotently and serves them as GeoJSON with the primary key as id', async () => {
    const first = await runImport(db, 'communities', fixture('two-communities.geojson'), { timeZone: TZ });
    expect(first).toMatchObject({ inserted: 2, updated: 0 });
    const again = await runImport(db, 'communities', fixture('two-communities.geojson'), { timeZone: TZ });
    expect(again).toMatchObject({ inserted: 0, updated: 2 });
    const all = await listCommunities(db);
    expect(all.features.map((f) => [f.properties.code, f.properties.population, f.geometry.type])).toEqual([
      ['T-2', null, 'MultiPolygon'],
      ['T-1', 12000, 'MultiPolygon'],
    ]);
    expect(typeof all.features[0].id).toBe('number');
    expect(all.features[1].geometry.coordinates[0][0][1]).toEqual([126.9, 37.49]);
  });

  it('filters by bounding box with the spatial index', async () => {
    await runImport(db, 'communities', fixture('two-communities.geojson'), { timeZone: TZ });
    const west = await listCommunities(db, { bbox: [126.87, 37.48, 126.91, 37.52] });
    expect(west.features.map((f) => f.properties.code)).toEqual(['T-1']);
    expect((await listCommunities(db, { bbox: [100, 10, 101, 11] })).features).toEqual([]);
  });

  it('lists the zones in force at an instant, and every zone without one', async () => {
    await runImport(
      db,
      'zones',
      fc([
        zoneFeature('Block 3', 'sealed', '2022-10-05T08:00:00+08:00', { plannedLift: '2022-10-12T08:00:00+08:00', liftedAt: '2022-10-10T08:00:00+08:00' }),
        zoneFeature('Ring', 'controlled', '2022-10-06T08:00:00+08:00'),
      ]),
      { timeZone: TZ },
    );
    const names = async (at?: string) => (await listZones(db, { at: at ? new Date(at) : undefined })).features.map((f) => f.properties.name);
    expect(await names('2022-10-04T00:00:00Z')).toEqual([]);
    expect(await names('2022-10-07T00:00:00Z')).toEqual(['Ring', 'Block 3']);
    expect(await names('2022-10-11T00:00:00Z')).toEqual(['Ring']);
    expect(await names()).toHaveLength(2);
    const [sealed] = (await listZones(db, { at: new Date('2022-10-07T00:00:00Z') })).features.filter((f) => f.properties.kind === 'sealed');
    expect(sealed.properties).toMatchObject({ effectiveFrom: '2022-10-05T00:00:00.000Z', liftedAt: '2022-10-10T00:00:00.000Z', version: 1 });
  });

  it('rejects a broken zone file whole, naming the feature, and keeps what was saved', async () => {
    await runImport(db, 'zones', fc([zoneFeature('Keep me', 'sealed', '2022-10-05T08:00:00+08:00')]), { timeZone: TZ });
    const broken = fc([
      zoneFeature('New A', 'controlled', '2022-10-06T08:00:00+08:00'),
      zoneFeature('Bow tie', 'sealed', '2022-10-06T08:00:00+08:00', {}, [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]),
    ]);
    await expect(runImport(db, 'zones', broken, { timeZone: TZ })).rejects.toThrow(/feature 2: The boundary intersects itself/);
    await expect(runImport(db, 'zones', fc([zoneFeature('X', 'locked-down', '2022-10-06T08:00:00+08:00')]), { timeZone: TZ })).rejects.toThrow(
      /feature 1: properties\.kind: must be one of sealed, controlled, precaution/,
    );
    expect((await listZones(db)).features.map((f) => f.properties.name)).toEqual(['Keep me']);
  });

  it('rolls back a file whose bad row only the database catches', async () => {
    // Valid to our reader (a ring that touches itself at a point is not a kink), invalid to PostGIS.
    const touching = [[126.0, 37.0], [126.02, 37.0], [126.01, 37.01], [126.02, 37.02], [126.0, 37.02], [126.01, 37.01], [126.0, 37.0]];
    const file = fc([zoneFeature('Fine', 'controlled', '2022-10-06T08:00:00+08:00'), zoneFeature('Touching', 'sealed', '2022-10-06T08:00:00+08:00', {}, touching)]);
    await expect(runImport(db, 'zones', file, { timeZone: TZ })).rejects.toThrow(ImportError);
    expect(await count('zones')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  });

  it('keeps drafts out of public reads until published, and re-imports idempotently', async () => {
    const summary = await runImport(db, 'cases', caseCsv, { fileName: 'cases.csv', timeZone: TZ });
    expect(summary).toMatchObject({ inserted: 2, visits: 3 });
    expect((await listPublishedCaseVisits(db)).features).toEqual([]);
    expect(await setCasesPublished(db, ['C-001'], true, { label: 'test' })).toEqual(['C-001']);
    const visits = await listPublishedCaseVisits(db);
    expect(visits.features.map((f) => [f.properties.caseCode, f.properties.place, f.properties.start])).toEqual([
      ['C-001', 'Market', '2022-10-05T01:00:00.000Z'],
      ['C-001', 'Clinic', '2022-10-05T03:00:00.000Z'],
    ]);
    await runImport(db, 'cases', caseCsv, { fileName: 'cases.csv', timeZone: TZ });
    expect(await count('case_visits')).toBe(3);
    expect((await listPublishedCaseVisits(db)).features).toHaveLength(2);
  });

  it('stores movements with one time per vertex and gives them back as tracks', async () => {
    const movement = {
      type: 'Feature',
      properties: {
        caseCode: 'C-010',
        place: 'Bus 273',
        start: '2022-10-05T09:00:00+08:00',
        end: '2022-10-05T09:10:00+08:00',
        coordTimes: ['2022-10-05T09:00:00+08:00', '2022-10-05T09:04:00+08:00', '2022-10-05T09:10:00+08:00'],
      },
      geometry: { type: 'LineString', coordinates: [[126.88, 37.49], [126.885, 37.492], [126.89, 37.495]] },
    };
    await runImport(db, 'cases', fc([movement]), { fileName: 'c.geojson', timeZone: TZ, publish: true });
    const [feature] = (await listPublishedCaseVisits(db)).features;
    expect(feature.geometry.type).toBe('LineString');
    expect(feature.properties.coordTimes).toEqual(['2022-10-05T01:00:00.000Z', '2022-10-05T01:04:00.000Z', '2022-10-05T01:10:00.000Z']);
    const [track] = await listPublishedCaseTracks(db);
    expect(track).toEqual({
      caseCode: 'C-010',
      parts: [
        {
          kind: 'movement',
          lngLats: [[126.88, 37.49], [126.885, 37.492], [126.89, 37.495]],
          times: [Date.parse('2022-10-05T01:00:00Z'), Date.parse('2022-10-05T01:04:00Z'), Date.parse('2022-10-05T01:10:00Z')],
          place: 'Bus 273',
        },
      ],
    });
  });

  it('filters cases by report time and visit start', async () => {
    await runImport(db, 'cases', caseCsv, { fileName: 'cases.csv', timeZone: TZ, publish: true });
    const codes = async (at: string) => [...new Set((await listPublishedCaseVisits(db, { at: new Date(at) })).features.map((f) => f.properties.caseCode))];
    expect(await codes('2022-10-05T10:30:00+08:00')).toEqual([]);
    expect(await codes('2022-10-06T00:00:00+08:00')).toEqual(['C-001']);
    expect(await codes('2022-10-07T00:00:00+08:00')).toEqual(['C-001', 'C-002']);
  });

  it('refuses rows that break the constraints even when written directly', async () => {
    await expect(
      db.execute(sql`insert into cases (code, reported_at) values ('bad code!', now())`),
    ).rejects.toThrow();
    await db.execute(sql`insert into cases (code, reported_at) values ('C-100', now())`);
    await expect(
      db.execute(
        sql`insert into case_visits (case_id, seq, geom, starts_at, ends_at) values (1, 0, ST_GeomFromText('POINT(126.9 37.5)', 4326), '2022-10-05T10:00Z', '2022-10-05T09:00Z')`,
      ),
    ).rejects.toThrow();
    await expect(
      db.execute(
        sql`insert into case_visits (case_id, seq, geom, starts_at, ends_at) values (1, 0, ST_GeomFromText('LINESTRING(126.9 37.5, 126.91 37.5)', 4326), '2022-10-05T09:00Z', '2022-10-05T10:00Z')`,
      ),
    ).rejects.toThrow();
    await expect(db.execute(sql`insert into zones (kind, name, geom, effective_from) values ('sealed', 'x', ST_GeomFromText('MULTIPOLYGON(((0 0,1 1,1 0,0 1,0 0)))', 4326), now())`)).rejects.toThrow();
  });

  it('writes an audit entry per change with who and what', async () => {
    await runImport(db, 'communities', fixture('two-communities.geojson'), { timeZone: TZ, actor: { label: 'import' } });
    const entries = rowsOf<{ action: string; object_type: string; actor_label: string }>(
      await db.execute(sql`select action, object_type, actor_label from audit_log order by id`),
    );
    expect(entries).toEqual([
      { action: 'create', object_type: 'community', actor_label: 'import' },
      { action: 'create', object_type: 'community', actor_label: 'import' },
    ]);
  });

  it('keeps a re-imported zone and community before and after in the audit, boundary included', async () => {
    await runImport(db, 'zones', fc([zoneFeature('Block 3', 'sealed', '2022-10-05T08:00:00+08:00')]), { timeZone: TZ, actor: { label: 'import' } });
    const wider = [[126.88, 37.49], [126.9, 37.49], [126.9, 37.5], [126.88, 37.49]];
    await runImport(db, 'zones', fc([zoneFeature('Block 3', 'controlled', '2022-10-05T08:00:00+08:00', {}, wider)]), { timeZone: TZ, actor: { label: 'import' } });
    await runImport(db, 'communities', fixture('two-communities.geojson'), { timeZone: TZ, actor: { label: 'import' } });
    await runImport(db, 'communities', fixture('two-communities.geojson'), { timeZone: TZ, actor: { label: 'import' } });
    const entries = rowsOf<{ action: string; object_type: string; before: Record<string, unknown> | null; after: Record<string, unknown> }>(
      await db.execute(sql`select action, object_type, before, after from audit_log order by id`),
    );
    const [zoneCreate, zoneUpdate] = entries.filter((e) => e.object_type === 'zone');
    expect(zoneCreate).toMatchObject({ action: 'create', before: null, after: { kind: 'sealed', version: 1 } });
    expect(zoneUpdate).toMatchObject({ action: 'update', before: { kind: 'sealed', version: 1 }, after: { kind: 'controlled', version: 2 } });
    expect((zoneUpdate.before!.geometry as { coordinates: number[][][][] }).coordinates[0][0][1]).toEqual([126.89, 37.49]);
    expect((zoneUpdate.after.geometry as { coordinates: number[][][][] }).coordinates[0][0][1]).toEqual([126.9, 37.49]);
    const communityUpdates = entries.filter((e) => e.object_type === 'community' && e.action === 'update');
    expect(communityUpdates).toHaveLength(2);
    expect(communityUpdates[0].before).toMatchObject({ code: expect.any(String), boundary: { type: 'MultiPolygon' } });
    expect(communityUpdates[0].after).toMatchObject({ code: communityUpdates[0].before!.code, boundary: { type: 'MultiPolygon' } });
  });

  it('loads the demo scenario into an empty database once', async () => {
    expect(await seedDemoIfEmpty(db)).toBe(true);
    expect(await seedDemoIfEmpty(db)).toBe(false);
    expect(await count('communities')).toBeGreaterThanOrEqual(20);
    expect(await count('zones')).toBeGreaterThanOrEqual(6);
    expect(new Set((await listPublishedCaseTracks(db)).map((t) => t.caseCode)).size).toBeGreaterThanOrEqual(12);
    const kinds = new Set((await listZones(db)).features.map((f) => f.properties.kind));
    expect([...kinds].sort()).toEqual(['controlled', 'precaution', 'sealed']);
    const [visit] = (await listPublishedCaseVisits(db)).features;
    expect(visit.properties.timeGenerated).toBe(true);
  });
});
