import { beforeAll, describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../client';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { seedDemoIfEmpty } from '@/lib/demo/seed-demo';
import { CASE_DETAIL_MIN_ZOOM, tileOf, type TileLayer } from '@/lib/tiles/tile-params';
import { listZones } from './zones';
import { saveCaseTracks } from './cases';
import { renderTile, type TileEncoder } from './tiles';

const AT = new Date('2020-03-11T14:59:59.999Z');
/** Guro-dong, where the demo's first zones and most case places are. */
const GURO: [number, number] = [126.8874, 37.4954];
const DRAFT_SPOT: [number, number] = [126.8871, 37.4951];
/** A published movement zigzagging ±22 m across Guro every ~3.5 m: 101 vertices a low zoom does not need. */
const WIGGLE_CODE = 'C-9901';
const WIGGLE: [number, number][] = Array.from({ length: 101 }, (_, i) => [GURO[0] - 0.002 + i * 0.00004, GURO[1] + (i % 2 ? 0.0002 : -0.0002)]);

type Decoded = { id: number | undefined; type: number; properties: Record<string, string | number | boolean> };

function decode(bytes: Uint8Array, layer: string): Decoded[] {
  const tile = new VectorTile(new PbfReader(bytes));
  const vtLayer = tile.layers[layer];
  if (!vtLayer) return [];
  return Array.from({ length: vtLayer.length }, (_, i) => {
    const f = vtLayer.feature(i);
    return { id: f.id, type: f.type, properties: f.properties };
  }).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
}

/** The vertices of a case's movement in the cases tile over Guro at this zoom. */
async function movementVertexCount(caseCode: string, zoom: number, encoder: TileEncoder): Promise<number> {
  const { z, x, y } = tileOf(GURO, zoom);
  const layer = new VectorTile(new PbfReader(await renderTile(db, { layer: 'cases', z, x, y }, { at: AT }, encoder))).layers.cases;
  const movement = Array.from({ length: layer.length }, (_, i) => layer.feature(i)).find((f) => f.properties.caseCode === caseCode && f.type === 2);
  if (!movement) throw new Error(`no movement of ${caseCode} at zoom ${zoom}`);
  return movement.loadGeometry().reduce((sum, line) => sum + line.length, 0);
}

async function features(layer: TileLayer, zoom: number, encoder: TileEncoder, at = AT): Promise<Decoded[]> {
  const { z, x, y } = tileOf(GURO, zoom);
  return decode(await renderTile(db, { layer, z, x, y }, { at }, encoder), layer);
}

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await seedDemoIfEmpty(db);
  // A draft case right on top of the published ones: it must never reach a tile.
  const wiggleStart = Date.parse('2020-03-10T04:00:00Z');
  await saveCaseTracks(db, [{ caseCode: WIGGLE_CODE, parts: [{ kind: 'movement', lngLats: WIGGLE, times: WIGGLE.map((_, i) => wiggleStart + i * 60_000) }], reportedAt: new Date('2020-03-10T08:00:00Z') }], { label: 'test' }, { publish: true });
  await saveCaseTracks(db, [{ caseCode: 'DRAFT-1', parts: [{ kind: 'stay', lngLat: DRAFT_SPOT, start: Date.parse('2020-03-10T01:00:00Z'), end: Date.parse('2020-03-10T02:00:00Z'), place: 'Draft place' }], reportedAt: new Date('2020-03-10T03:00:00Z') }], { label: 'test' });
});

describe(`vector tiles from ${databaseKind} (JS encoder)`, () => {
  it('zone tiles hold the zones in force there, with their public properties', async () => {
    const zones = await features('zones', 14, 'js');
    const inForce = await listZones(db, { at: AT, bbox: [GURO[0] - 0.001, GURO[1] - 0.001, GURO[0] + 0.001, GURO[1] + 0.001] });
    expect(zones.map((f) => f.id)).toEqual(expect.arrayContaining(inForce.features.map((f) => f.id)));
    expect(new Set(zones.map((f) => f.properties.kind))).toEqual(new Set(['sealed', 'controlled', 'precaution']));
    for (const z of zones) {
      expect(z.type).toBe(3);
      expect(Object.keys(z.properties).sort()).toEqual(['effectiveFrom', 'kind', 'name']);
    }
  });

  it('follows ?at=: before the first zone there are none, after the lift the precaution zone is gone', async () => {
    expect(await features('zones', 14, 'js', new Date('2020-03-01T00:00:00Z'))).toEqual([]);
    const later = await features('zones', 14, 'js', new Date('2020-03-17T00:00:00Z'));
    expect(later.map((f) => f.properties.kind)).not.toContain('precaution');
  });

  it('case tiles carry published visits only: a draft case never appears', async () => {
    const cases = await features('cases', 14, 'js');
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.map((f) => f.properties.caseCode)).not.toContain('DRAFT-1');
    expect(cases.every((f) => /^C-\d+$/.test(String(f.properties.caseCode)))).toBe(true);
    expect(Object.keys(cases[0].properties).sort()).toEqual(['caseCode', 'classification', 'end', 'place', 'reportedAt', 'start']);
  });

  it(`below zoom ${CASE_DETAIL_MIN_ZOOM} case tiles keep every visit but carry only its case: no place or times`, async () => {
    const detailed = await features('cases', CASE_DETAIL_MIN_ZOOM, 'js');
    for (const zoom of [CASE_DETAIL_MIN_ZOOM - 1, 10]) {
      const light = await features('cases', zoom, 'js');
      // The detailed tile lies inside this one, so all of its visits are here too, by the same ids.
      expect(light.map((f) => f.id)).toEqual(expect.arrayContaining(detailed.map((f) => f.id)));
      expect(light.map((f) => f.properties.caseCode)).not.toContain('DRAFT-1');
      for (const f of light) expect(Object.keys(f.properties).sort()).toEqual(['caseCode', 'classification']);
      const byId = new Map(light.map((f) => [f.id, f]));
      for (const f of detailed) expect(byId.get(f.id)).toMatchObject({ type: f.type, properties: { caseCode: f.properties.caseCode, classification: f.properties.classification } });
    }
  });

  it('simplifies case tracks below the detail zoom only: a zigzag below a pixel becomes a few vertices', async () => {
    expect(await movementVertexCount(WIGGLE_CODE, CASE_DETAIL_MIN_ZOOM, 'js')).toBeGreaterThan(90);
    expect(await movementVertexCount(WIGGLE_CODE, 10, 'js')).toBeLessThan(10);
  });

  it('density tiles merge the visits per grid cell with their count: the counts add up to every published visit', async () => {
    // Zoom 8: one tile holds the whole demo, and a 4 px cell (~2.4 km) merges the visits of a neighbourhood.
    const density = await features('case-density', 8, 'js');
    const [row] = rowsOf<{ n: number | string }>(
      await db.execute(sql`SELECT count(*) AS n FROM case_visits v JOIN cases k ON k.id = v.case_id
        WHERE k.status = 'published' AND k.reported_at <= ${AT.toISOString()}::timestamptz AND v.starts_at <= ${AT.toISOString()}::timestamptz`),
    );
    expect(density.reduce((sum, f) => sum + Number(f.properties.count), 0)).toBe(Number(row.n));
    expect(density.length).toBeLessThan(Number(row.n));
    for (const f of density) expect(Object.keys(f.properties)).toEqual(['count']);
  });

  it('community tiles and an empty tile far away', async () => {
    const communities = await features('communities', 13, 'js');
    expect(communities.length).toBeGreaterThan(0);
    expect(communities[0].properties).toHaveProperty('code');
    expect(await renderTile(db, { layer: 'zones', z: 14, x: 0, y: 0 }, { at: AT }, 'js')).toHaveLength(0);
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))('ST_AsMVT and the JS encoder agree on PostgreSQL', () => {
  it.each([
    ['zones', 14],
    ['zones', 12],
    ['cases', 14],
    ['cases', 13],
    ['cases', 10],
    ['communities', 13],
  ] as const)('%s at zoom %i: same features, same properties', async (layer, zoom) => {
    const [postgis, js] = await Promise.all([features(layer, zoom, 'postgis'), features(layer, zoom, 'js')]);
    expect(postgis.length).toBeGreaterThan(0);
    expect(postgis.map((f) => [f.id, f.type, f.properties])).toEqual(js.map((f) => [f.id, f.type, f.properties]));
    if (layer === 'cases') expect(postgis.map((f) => f.properties.caseCode)).not.toContain('DRAFT-1');
  });

  it.each([CASE_DETAIL_MIN_ZOOM, 12, 10])('cases at zoom %i: the same vertices from both encoders', async (zoom) => {
    expect(await movementVertexCount(WIGGLE_CODE, zoom, 'postgis')).toBe(await movementVertexCount(WIGGLE_CODE, zoom, 'js'));
  });
});
