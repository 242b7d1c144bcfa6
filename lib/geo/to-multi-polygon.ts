import { kinks } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type PolygonProblem = { message: string };

const isFiniteCoordinate = (p: Position): boolean =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]) &&
  p[0] >= -180 &&
  p[0] <= 180 &&
  p[1] >= -90 &&
  p[1] <= 90;

function ringProblem(ring: unknown, label: string): string | undefined {
  if (!Array.isArray(ring)) return `${label} is not a list of positions`;
  const bad = ring.findIndex((p) => !isFiniteCoordinate(p as Position));
  if (bad >= 0) return `${label} position ${bad + 1} is not a [lng, lat] pair within range: ${JSON.stringify(ring[bad])}`;
  if (ring.length < 4) return `${label} has ${ring.length} positions; a ring needs at least 4 (3 corners and the closing one)`;
  const [first, last] = [ring[0] as Position, ring[ring.length - 1] as Position];
  if (first[0] !== last[0] || first[1] !== last[1]) return `${label} is not closed (first and last positions differ)`;
  const distinct = new Set(ring.map((p: Position) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return `${label} has fewer than 3 distinct corners`;
  return undefined;
}

/**
 * Checks a Polygon or MultiPolygon and returns it as a MultiPolygon with 2D positions, or a problem
 * saying what is wrong (bad coordinates, unclosed or degenerate rings, self-intersections).
 * Does not mutate its input.
 *
 * @example
 * toMultiPolygon({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] })
 * // → { multiPolygon: { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] } }
 */
export function toMultiPolygon(geometry: unknown): { multiPolygon: MultiPolygon } | { problem: PolygonProblem } {
  const g = geometry as Polygon | MultiPolygon | null;
  if (!g || typeof g !== 'object' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    const type = g && typeof g === 'object' ? String((g as { type?: unknown }).type) : String(g);
    return { problem: { message: `geometry must be a Polygon or MultiPolygon, not ${type}` } };
  }
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown;
  if (!Array.isArray(polygons) || polygons.length === 0) return { problem: { message: 'geometry has no polygons' } };
  const coordinates: Position[][][] = [];
  for (const [pi, rings] of polygons.entries()) {
    if (!Array.isArray(rings) || rings.length === 0) return { problem: { message: `polygon ${pi + 1} has no rings` } };
    for (const [ri, ring] of rings.entries()) {
      const label = `${polygons.length > 1 ? `polygon ${pi + 1} ` : ''}${ri === 0 ? 'outer ring' : `hole ${ri}`}`;
      const problem = ringProblem(ring, label);
      if (problem) return { problem: { message: problem } };
    }
    coordinates.push((rings as Position[][]).map((ring) => ring.map((p) => [p[0], p[1]])));
  }
  const multiPolygon: MultiPolygon = { type: 'MultiPolygon', coordinates };
  const crossings = kinks(multiPolygon).features;
  if (crossings.length > 0) {
    const [lng, lat] = crossings[0].geometry.coordinates;
    return {
      problem: { message: `boundary intersects itself near [${lng.toFixed(6)}, ${lat.toFixed(6)}] (${crossings.length} crossing(s))` },
    };
  }
  return { multiPolygon };
}
