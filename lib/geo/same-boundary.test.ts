import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'geojson';
import { isSameBoundary } from './same-boundary';

const square = (east: number): MultiPolygon => ({ type: 'MultiPolygon', coordinates: [[[[126.9, 37.5], [east, 37.5], [east, 37.51], [126.9, 37.51], [126.9, 37.5]]]] });

describe('isSameBoundary', () => {
  it('is true for the same boundary, also through a float round trip below 1e-7°', () => {
    expect(isSameBoundary(square(126.91), square(126.91))).toBe(true);
    expect(isSameBoundary(square(126.91), square(126.91 + 1e-9))).toBe(true);
  });

  it('is false when a corner moved, or a polygon was added', () => {
    expect(isSameBoundary(square(126.91), square(126.911))).toBe(false);
    const two: MultiPolygon = { type: 'MultiPolygon', coordinates: [...square(126.91).coordinates, ...square(126.92).coordinates] };
    expect(isSameBoundary(square(126.91), two)).toBe(false);
  });
});
