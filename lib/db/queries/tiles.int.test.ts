import { beforeAll, describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Db } from '../client';
import { databaseKind, resetTables, testDb } from '../test-support';
import { seedDemoIfEmpty } from '../seed-demo';
import { tileOf, type TileLayer } from '@/lib/tiles/tile-params';
import { listZones } from './zones';
import { saveCaseTracks } from './cases';
import { renderTile, type TileEncoder } from './tiles';

const AT = new Date('2020-03-11T14:59:59.999Z');
/** Guro-dong, where the demo's first zones and most case places are. */
const GURO: [number, number] = [126.8874, 37.4954];
const DRAFT_SPOT: [number, number] = [126.8871, 37.4951];

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
    ['communities', 13],
  ] as const)('%s at zoom %i: same features, same properties', async (layer, zoom) => {
    const [postgis, js] = await Promise.all([features(layer, zoom, 'postgis'), features(layer, zoom, 'js')]);
    expect(postgis.length).toBeGreaterThan(0);
    expect(postgis.map((f) => [f.id, f.type, f.properties])).toEqual(js.map((f) => [f.id, f.type, f.properties]));
    if (layer === 'cases') expect(postgis.map((f) => f.properties.caseCode)).not.toContain('DRAFT-1');
  });
});
