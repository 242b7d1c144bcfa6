import { describe, expect, it } from 'vitest';
import { area, booleanContains, booleanPointInPolygon, booleanValid, destination, kinks, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { readBuildingOutline } from './building-outline';
import { DEFAULT_OUTLINE_RADII, generateZonesAroundOutline } from './generate-zones';

const origin: Position = [126.8872, 37.4955];
/** A rectangle `east` × `north` metres with its south-west corner at `sw`, as a closed ring. */
function rectangle(east: number, north: number, sw: Position = origin): Position[] {
  const se = destination(sw, east, 90, { units: 'meters' }).geometry.coordinates;
  const ne = destination(se, north, 0, { units: 'meters' }).geometry.coordinates;
  const nw = destination(sw, north, 0, { units: 'meters' }).geometry.coordinates;
  return [sw, se, ne, nw, sw];
}
const slab: Polygon = { type: 'Polygon', coordinates: [rectangle(300, 20)] };
const rounded = (p: Polygon): Polygon => ({ type: 'Polygon', coordinates: p.coordinates.map((ring) => ring.map(([lng, lat]) => [Math.round(lng * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7])) });

/** Shortest distance in metres from a point to a zone's boundary. */
function toBoundary(p: Position, zone: Polygon | MultiPolygon): number {
  const lines = polygonToLine(zone);
  const all = ('features' in lines ? lines.features : [lines]).map((f) => f.geometry as LineString | MultiLineString);
  const segments = all.flatMap((g) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates));
  return Math.min(...segments.map((coordinates) => pointToLineDistance(point(p), { type: 'LineString', coordinates }, { units: 'meters' })));
}

describe('generateZonesAroundOutline', () => {
  it('seals the building itself and buffers its outline by 500 m and 2 km, each zone containing the one inside', () => {
    const zones = generateZonesAroundOutline(slab);
    expect(zones.map((z) => [z.kind, z.radiusMeters])).toEqual([['sealed', 0], ['controlled', 500], ['precaution', 2000]]);
    expect(area(zones[0].geometry)).toBeCloseTo(300 * 20, -2);
    for (const [inner, outer] of [[0, 1], [1, 2]]) expect(booleanContains(zones[outer].geometry, zones[inner].geometry)).toBe(true);
    // Every corner of the building lies its zone's distance inside the controlled and precaution boundaries.
    for (const corner of slab.coordinates[0]) {
      expect(toBoundary(corner, zones[1].geometry)).toBeGreaterThan(495);
      expect(toBoundary(corner, zones[1].geometry)).toBeLessThan(505);
      expect(toBoundary(corner, zones[2].geometry)).toBeGreaterThan(1980);
    }
    for (const zone of zones) expect(booleanValid(zone.geometry) && kinks(zone.geometry).features.length === 0).toBe(true);
  });

  it('follows the building’s shape, not a circle around its centre', () => {
    const [, controlled] = generateZonesAroundOutline(slab);
    const centre = destination(destination(origin, 150, 90, { units: 'meters' }), 10, 0, { units: 'meters' });
    // 600 m east of the centre is 450 m beyond the slab's east end: inside; a 500 m circle would miss it.
    expect(booleanPointInPolygon(destination(centre, 600, 90, { units: 'meters' }), controlled.geometry)).toBe(true);
    // 600 m north of the centre is 590 m from the slab: outside.
    expect(booleanPointInPolygon(destination(centre, 600, 0, { units: 'meters' }), controlled.geometry)).toBe(false);
  });

  it('buffers the sealed zone when given a distance, and refuses distances that do not grow outwards', () => {
    const [sealed] = generateZonesAroundOutline(slab, { sealed: 20, controlled: 300, precaution: 1000 });
    expect(booleanContains(sealed.geometry, slab)).toBe(true);
    // The slab grown by 20 m on every side, corners rounded: between the rectangle's area plus its sides' strips and the full 340 × 60 m.
    expect(area(sealed.geometry)).toBeGreaterThan(300 * 20 + 2 * (300 + 20) * 20);
    expect(area(sealed.geometry)).toBeLessThan(340 * 60);
    expect(() => generateZonesAroundOutline(slab, { ...DEFAULT_OUTLINE_RADII, controlled: 0 })).toThrow(RangeError);
    expect(() => generateZonesAroundOutline(slab, { ...DEFAULT_OUTLINE_RADII, sealed: -5 })).toThrow(RangeError);
  });

  it('does not mutate the outline', () => {
    const copy = structuredClone(slab);
    generateZonesAroundOutline(copy);
    expect(copy).toEqual(slab);
  });
});

describe('readBuildingOutline', () => {
  it('takes a drawn polygon, a Feature or a FeatureCollection as it is (to 7 decimals), the same piece twice as one', () => {
    expect(readBuildingOutline(slab)).toEqual({ outline: rounded(slab), repairs: [] });
    expect(readBuildingOutline([slab, structuredClone(slab)])).toEqual({ outline: rounded(slab), repairs: [] });
    expect(readBuildingOutline({ type: 'Feature', properties: {}, geometry: slab })).toEqual({ outline: rounded(slab), repairs: [] });
    expect(readBuildingOutline({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: slab }] })).toEqual({ outline: rounded(slab), repairs: [] });
  });

  it('joins the pieces of a building that vector tiles cut at a tile edge into one polygon', () => {
    const west = rectangle(100, 40);
    const east = rectangle(100, 40, west[1]);
    const read = readBuildingOutline([{ type: 'Polygon', coordinates: [west] }, { type: 'Polygon', coordinates: [east] }]);
    expect(read).toMatchObject({ outline: { type: 'Polygon' }, repairs: ['joined-parts'] });
    if ('outline' in read) expect(area(read.outline)).toBeCloseTo(200 * 40, -2);
  });

  it('fills a courtyard', () => {
    const courtyard = rectangle(20, 20, destination(origin, 30, 45, { units: 'meters' }).geometry.coordinates).reverse();
    const withHole = readBuildingOutline({ type: 'Polygon', coordinates: [rectangle(80, 80), courtyard] });
    expect(withHole).toMatchObject({ repairs: ['filled-courtyards'] });
    if ('outline' in withHole) expect((withHole.outline as Polygon).coordinates).toHaveLength(1);
  });

  it('refuses a ring that crosses itself and parts that touch at one point, saying where', () => {
    const [a, b, c, d] = rectangle(60, 60);
    expect(readBuildingOutline({ type: 'Polygon', coordinates: [[a, c, b, d, a]] })).toEqual({ problem: expect.stringMatching(/^The boundary intersects itself near \[126\.887\d+, 37\.495\d+\]/) });
    const touching = [rectangle(40, 40), rectangle(40, 40, rectangle(40, 40)[2])].map((ring) => ({ type: 'Polygon', coordinates: [ring] }));
    expect(readBuildingOutline(touching)).toEqual({ problem: expect.stringContaining('touch at a single point') });
  });

  it('refuses what is not a building outline, naming why', () => {
    expect(readBuildingOutline({ type: 'Point', coordinates: origin })).toEqual({ problem: expect.stringContaining('not Point') });
    expect(readBuildingOutline({ type: 'Polygon', coordinates: [[origin, origin, origin]] })).toEqual({ problem: expect.stringContaining('at least 4') });
    expect(readBuildingOutline({ type: 'Polygon', coordinates: [[[200, 0], [1, 0], [1, 1], [200, 0]]] })).toEqual({ problem: expect.stringContaining('within range') });
    expect(readBuildingOutline({ type: 'Polygon', coordinates: [rectangle(1500, 1000)] })).toEqual({ problem: expect.stringContaining('more than a building') });
    expect(readBuildingOutline({ type: 'FeatureCollection', features: [] })).toEqual({ problem: expect.stringContaining('no outline') });
  });
});
