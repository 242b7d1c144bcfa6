import { describe, expect, it } from 'vitest';
import { area, booleanContains, distance, point } from '@turf/turf';
import { toMultiPolygon } from '@/lib/geo/to-multi-polygon';
import { DEFAULT_RADII, generateZones } from './generate-zones';

const place: [number, number] = [126.8872, 37.4955];

describe('generateZones', () => {
  it('makes a sealed, controlled and precaution circle of the default radii (100 m, 500 m, 2 km)', () => {
    const zones = generateZones(place);
    expect(zones.map((z) => [z.kind, z.radiusMeters])).toEqual([['sealed', 100], ['controlled', 500], ['precaution', 2000]]);
    for (const zone of zones) {
      for (const corner of zone.geometry.coordinates[0]) {
        expect(distance(point(place), point(corner), { units: 'meters' })).toBeCloseTo(zone.radiusMeters, -1);
      }
      expect('multiPolygon' in toMultiPolygon(zone.geometry)).toBe(true);
    }
    expect(booleanContains(zones[2].geometry, zones[1].geometry)).toBe(true);
    expect(zones[0].geometry.coordinates[0].every(([x, y]) => Number(x.toFixed(7)) === x && Number(y.toFixed(7)) === y)).toBe(true);
    expect(area(zones[0].geometry)).toBeCloseTo(Math.PI * 100 ** 2, -3);
  });

  it('takes other radii and refuses radii that do not grow outwards', () => {
    expect(generateZones(place, { sealed: 50, controlled: 300, precaution: 1000 })[1].radiusMeters).toBe(300);
    expect(() => generateZones(place, { ...DEFAULT_RADII, controlled: 50 })).toThrow(RangeError);
    expect(() => generateZones(place, { ...DEFAULT_RADII, sealed: 0 })).toThrow(RangeError);
  });
});
