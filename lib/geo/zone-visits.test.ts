import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fixesToParts } from '../trajectory/fixes-to-parts';
import type { LngLat } from '../trajectory/types';
import { findZoneVisits, type ZoneFeatureCollection, type ZoneProperties } from './zone-visits';

const FIXTURES = join(__dirname, 'fixtures', 'zone-visits');
const MIN = 60_000;

type FixtureProperties = { role: 'zone' | 'trajectory'; coordTimes?: string[] } & Partial<ZoneProperties>;

/** Splits a fixture into zones and a trajectory (a LineString with ISO coordTimes, as GPX converters write). */
function readFixture(name: string) {
  const input = JSON.parse(readFileSync(join(FIXTURES, 'in', name), 'utf8')) as FeatureCollection<Geometry, FixtureProperties>;
  const zones: ZoneFeatureCollection = {
    type: 'FeatureCollection',
    features: input.features
      .filter((f) => f.properties.role === 'zone')
      .map(({ properties: { role: _role, coordTimes: _times, ...zone }, ...feature }) => ({
        ...(feature as Feature<Polygon | MultiPolygon>),
        properties: zone as ZoneProperties,
      })),
  };
  const line = input.features.find((f) => f.properties.role === 'trajectory') as Feature<LineString, FixtureProperties>;
  const times = line.properties.coordTimes ?? [];
  const parts = fixesToParts(
    line.geometry.coordinates.map((c, i) => ({ lngLat: [c[0], c[1]] as LngLat, time: Date.parse(times[i]) })),
  );
  return { zones, parts };
}

describe('findZoneVisits — fixtures (REGEN=1 rewrites out/)', () => {
  for (const name of readdirSync(join(FIXTURES, 'in')).filter((f) => f.endsWith('.geojson'))) {
    it(name, () => {
      const { zones, parts } = readFixture(name);
      const visits = findZoneVisits(parts, zones).map((v) => ({
        ...v,
        from: new Date(Math.round(v.from)).toISOString(),
        to: new Date(Math.round(v.to)).toISOString(),
      }));
      const outPath = join(FIXTURES, 'out', name.replace(/\.geojson$/, '.json'));
      if (process.env.REGEN) writeFileSync(outPath, `${JSON.stringify(visits, null, 2)}\n`);
      expect(visits).toEqual(JSON.parse(readFileSync(outPath, 'utf8')));
    });
  }
});

describe('findZoneVisits', () => {
  const square: ZoneFeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 'z',
        properties: { name: 'Z', kind: 'sealed', effectiveFrom: '2022-04-01T00:00:00Z' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 1],
              [0, 0],
            ],
          ],
        },
      },
    ],
  };
  const t0 = Date.parse('2022-04-01T09:00:00Z');

  it('cuts a crossing at the exact edge times', () => {
    const visits = findZoneVisits(
      [
        {
          kind: 'movement',
          lngLats: [
            [-1, 0.5],
            [2, 0.5],
          ],
          times: [t0, t0 + 30 * MIN],
        },
      ],
      square,
    );
    expect(visits).toEqual([{ zoneId: 'z', name: 'Z', kind: 'sealed', from: t0 + 10 * MIN, to: t0 + 20 * MIN }]);
  });

  it('ignores stays before the zone took effect and rejects bad dates', () => {
    const early = Date.parse('2022-03-31T09:00:00Z');
    expect(findZoneVisits([{ kind: 'stay', lngLat: [0.5, 0.5], start: early, end: early + MIN }], square)).toEqual([]);
    const bad: ZoneFeatureCollection = {
      ...square,
      features: [{ ...square.features[0], properties: { ...square.features[0].properties, effectiveFrom: 'soon' } }],
    };
    expect(() => findZoneVisits([], bad)).toThrow(RangeError);
  });

  it('does not mutate its inputs', () => {
    const parts = [
      {
        kind: 'movement' as const,
        lngLats: [
          [-1, 0.5],
          [2, 0.5],
        ] as LngLat[],
        times: [t0, t0 + 30 * MIN],
      },
    ];
    const before = structuredClone({ parts, square });
    findZoneVisits(parts, square);
    expect({ parts, square }).toEqual(before);
  });
});
