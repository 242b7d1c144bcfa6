import { distance, pointToLineDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { LngLat, TrajectoryPart } from '../trajectory/types';
import { displayTrack } from './display-track';

const T0 = Date.parse('2020-03-01T00:00:00Z');

/** A walk with a fix every 5 s: a slow loop with a 50 m wobble (the e2e big file's shape, shorter). */
function wobblyWalk(count: number): TrajectoryPart {
  const lngLats: LngLat[] = [];
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    lngLats.push([126.85 + 0.03 * Math.sin(i / 5_000) + 0.0005 * Math.sin(i / 37), 37.55 + 0.02 * Math.cos(i / 7_000) + 0.0005 * Math.cos(i / 53)]);
    times.push(T0 + i * 5_000);
  }
  return { kind: 'movement', lngLats, times };
}

const lineOf = (parts: TrajectoryPart[], options = {}) => {
  const geometry = displayTrack(parts, options).features[0].geometry;
  if (geometry.type !== 'LineString') throw new Error('expected a line');
  return geometry.coordinates as LngLat[];
};

describe('displayTrack', () => {
  it('draws a straight run of fixes as its two ends, and keeps stays as points with their times', () => {
    const straight: TrajectoryPart = { kind: 'movement', lngLats: Array.from({ length: 101 }, (_, i): LngLat => [126.8 + i * 0.0001, 37.5]), times: Array.from({ length: 101 }, (_, i) => T0 + i * 1_000) };
    const stay: TrajectoryPart = { kind: 'stay', lngLat: [126.9, 37.6], start: T0, end: T0 + 60_000, place: 'home' };
    const track = displayTrack([straight, stay]);
    expect(track.features[0].geometry).toEqual({ type: 'LineString', coordinates: [[126.8, 37.5], [126.81, 37.5]] });
    expect(track.features[0].properties).toEqual({ start: '2020-03-01T00:00:00.000Z', end: '2020-03-01T00:01:40.000Z' });
    expect(track.features[1]).toMatchObject({ id: 1, geometry: { type: 'Point', coordinates: [126.9, 37.6] }, properties: { start: '2020-03-01T00:00:00.000Z', end: '2020-03-01T00:01:00.000Z', place: 'home' } });
  });

  it('keeps every fix within the tolerance of the drawn line, and the ends exactly', () => {
    const walk = wobblyWalk(5_000);
    const line = lineOf([walk], { toleranceMeters: 5, maxVertices: Infinity });
    expect(line.length).toBeLessThan(walk.kind === 'movement' ? walk.lngLats.length / 3 : 0);
    if (walk.kind !== 'movement') return;
    expect(line[0]).toEqual(walk.lngLats[0]);
    expect(line[line.length - 1]).toEqual(walk.lngLats[walk.lngLats.length - 1]);
    const feature = { type: 'LineString' as const, coordinates: line };
    // The planar frame is taken at the first vertex's latitude: allow a little over the tolerance.
    for (let i = 0; i < walk.lngLats.length; i += 37) expect(pointToLineDistance(walk.lngLats[i], feature, { units: 'meters' })).toBeLessThan(5.1);
  });

  it('coarsens until a long track fits the vertex budget', () => {
    const walk = wobblyWalk(50_000);
    const line = lineOf([walk], { maxVertices: 2_000 });
    expect(line.length).toBeLessThanOrEqual(2_000);
    expect(line.length).toBeGreaterThan(100);
    // Still the same walk: its ends are where they were.
    if (walk.kind === 'movement') expect(distance(line[line.length - 1], walk.lngLats[walk.lngLats.length - 1])).toBe(0);
  });

  it('does not mutate its input', () => {
    const parts = [wobblyWalk(1_000)];
    const copy = structuredClone(parts);
    displayTrack(parts, { maxVertices: 10 });
    expect(parts).toEqual(copy);
  });
});
