import { destination, distance } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../trajectory/types';
import {
  createLocalProjection,
  EARTH_RADIUS_METERS,
  paddingDegrees,
  planarDistanceMeters,
  projectLngLat,
  unprojectXY,
} from './local-projection';

const turfMeters = (a: LngLat, b: LngLat) => distance(a, b, { units: 'meters' });
const away = (from: LngLat, meters: number, bearing: number): LngLat =>
  destination(from, meters, bearing, { units: 'meters' }).geometry.coordinates as LngLat;

/** Relative error of the local plane against Turf's haversine for a pair, with the plane's scale at `referenceLatitude`. */
function relativeError(a: LngLat, b: LngLat, referenceLatitude: number): number {
  const projection = createLocalProjection(a, referenceLatitude);
  const [x, y] = projectLngLat(projection, b);
  const geodesic = turfMeters(a, b);
  return Math.abs(Math.hypot(x, y) - geodesic) / geodesic;
}

describe('local projection', () => {
  it("uses Turf's earth radius", () => {
    expect(EARTH_RADIUS_METERS).toBe(6371008.8);
  });

  it('round-trips', () => {
    const projection = createLocalProjection([126.98, 37.56]);
    const back = unprojectXY(projection, projectLngLat(projection, [127.01, 37.52]));
    expect(back[0]).toBeCloseTo(127.01, 12);
    expect(back[1]).toBeCloseTo(37.52, 12);
  });

  // Measured maxima over 200,000 random pairs: 8.9e-6 at the pair's mid-latitude (50 km, |lat| ≤ 60°),
  // 3.7e-11 at 100 m, 3.8e-3 at |lat| ≤ 45° with the scale taken 25 km away (first-order bound
  // tan 45° × 25 km / R = 3.9e-3), 3.0e-3 around Seoul.
  it('is within 0.002% of haversine up to 50 km at the pair mid-latitude (|lat| ≤ 60°), and ~1e-10 at 100 m', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -60, max: 60, noNaN: true }),
        fc.double({ min: 1, max: 50_000, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        (lat, meters, bearing) => {
          const a: LngLat = [126.98, lat];
          const b = away(a, meters, bearing);
          expect(relativeError(a, b, (a[1] + b[1]) / 2)).toBeLessThan(2e-5);
          expect(Math.abs(planarDistanceMeters(a, b) - meters) / meters).toBeLessThan(2e-5);
          const near = away(a, 100, bearing);
          expect(Math.abs(planarDistanceMeters(a, near) - 100)).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is within 0.5% up to 50 km when the scale is taken up to 25 km away (|lat| ≤ 45°)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -45, max: 45, noNaN: true }),
        fc.double({ min: 1, max: 50_000, noNaN: true }),
        fc.double({ min: 0, max: 360, noNaN: true }),
        fc.double({ min: -25_000, max: 25_000, noNaN: true }),
        (lat, meters, bearing, offset) => {
          const a: LngLat = [126.98, lat];
          const b = away(a, meters, bearing);
          const referenceLatitude = (a[1] + b[1]) / 2 + offset / 111_195;
          expect(relativeError(a, b, referenceLatitude)).toBeLessThan(5e-3);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('pads boxes conservatively', () => {
    for (const lat of [0, 37.56, 59.9, -70]) {
      const { dLng, dLat } = paddingDegrees(100, Math.abs(lat));
      expect(turfMeters([0, lat], [dLng, lat])).toBeGreaterThanOrEqual(100);
      expect(turfMeters([0, lat], [0, lat + dLat])).toBeGreaterThanOrEqual(100 - 1e-6);
    }
  });
});
