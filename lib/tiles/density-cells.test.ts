import { describe, expect, it } from 'vitest';
import { densityCells, type DensityPoints } from './density-cells';
import { tileOf } from './tile-params';

const HALF_WORLD = 20_037_508.342789244;
const mercator = ([lng, lat]: [number, number]) => [(lng / 180) * HALF_WORLD, (Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) * HALF_WORLD];
const T0 = Date.parse('2020-03-10T00:00:00Z');
const HOUR = 3_600_000;

/** Visits at these places, reported at T0 and lasting an hour from `startsAt`. */
function pointsAt(places: { lngLat: [number, number]; startsAt?: number; reportedAt?: number }[]): DensityPoints {
  const xy = places.map((p) => mercator(p.lngLat));
  return {
    ids: Float64Array.from(places, (_, i) => i + 1),
    x: Float64Array.from(xy, (p) => p[0]),
    y: Float64Array.from(xy, (p) => p[1]),
    reportedAt: Float64Array.from(places, (p) => p.reportedAt ?? T0),
    startsAt: Float64Array.from(places, (p) => p.startsAt ?? T0 - 2 * HOUR),
    endsAt: Float64Array.from(places, (p) => (p.startsAt ?? T0 - 2 * HOUR) + HOUR),
  };
}

const GURO: [number, number] = [126.8874, 37.4954];
const tile = tileOf(GURO, 11);
const options = { cellMetres: 150, buffer: 1 / 64 };

describe('densityCells', () => {
  it('merges visits within a cell at their centroid and counts them; a visit 1 km away is a cell of its own', () => {
    const near: [number, number][] = [GURO, [GURO[0] + 0.0002, GURO[1]], [GURO[0], GURO[1] + 0.0002]];
    const cells = densityCells(pointsAt([...near.map((lngLat) => ({ lngLat })), { lngLat: [GURO[0] + 0.012, GURO[1]] }]), tile, { at: T0 }, options);
    const counts = cells.map((c) => c.count).sort();
    // The three near points may straddle a cell edge; either way every visit is counted once.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(cells.length).toBeLessThanOrEqual(3);
    const merged = cells.find((c) => c.count === 3);
    if (merged) {
      expect(merged.id).toBe(1);
      expect(merged.lngLat[0]).toBeCloseTo(GURO[0] + 0.0002 / 3, 6);
      expect(merged.lngLat[1]).toBeCloseTo(GURO[1] + 0.0002 / 3, 6);
    }
  });

  it('keeps what is shown at `at`: reported and started by then, not ended before `since`', () => {
    const points = pointsAt([
      { lngLat: GURO },
      { lngLat: GURO, reportedAt: T0 + HOUR },
      { lngLat: GURO, startsAt: T0 + HOUR },
      { lngLat: GURO, startsAt: T0 - 30 * HOUR },
    ]);
    expect(densityCells(points, tile, { at: T0 }, options).map((c) => c.count)).toEqual([2]);
    expect(densityCells(points, tile, { at: T0, since: T0 - 24 * HOUR }, options).map((c) => c.count)).toEqual([1]);
    expect(densityCells(points, tile, { at: T0 + 2 * HOUR, since: T0 - 24 * HOUR }, options).map((c) => c.count)).toEqual([3]);
  });

  it('leaves out visits outside the tile and its buffer, and does not mutate its input', () => {
    const points = pointsAt([{ lngLat: GURO }, { lngLat: [GURO[0] + 1, GURO[1]] }]);
    const copy = structuredClone(points);
    expect(densityCells(points, tile, { at: T0 }, options).map((c) => c.count)).toEqual([1]);
    expect(points).toEqual(copy);
  });
});
