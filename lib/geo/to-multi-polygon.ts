import { kinks } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LocalizedText } from '../errors/app-error';
import type { Problem } from '../errors/problem';

/** What is wrong with a polygon: a coded problem (lib/errors/codes-staff.ts), rendered in the reader's language. */
export type PolygonProblem = Problem;

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

function ringLabel(polygonCount: number, polygon: number, ring: number): LocalizedText {
  const zh = ring === 0 ? '外环' : `第 ${ring} 个内环（洞）`;
  const en = ring === 0 ? 'outer ring' : `hole ${ring}`;
  return polygonCount > 1 ? { 'zh-CN': `第 ${polygon} 个多边形的${zh}`, en: `${en} of polygon ${polygon}` } : { 'zh-CN': zh, en };
}

function ringProblem(ring: unknown, label: LocalizedText): Problem | undefined {
  if (!Array.isArray(ring)) return { code: 'zone.ring-not-list', params: { ring: label } };
  const bad = ring.findIndex((p) => !isFiniteCoordinate(p as Position));
  if (bad >= 0) return { code: 'zone.ring-position-invalid', params: { ring: label, position: bad + 1, value: JSON.stringify(ring[bad]) ?? String(ring[bad]) } };
  if (ring.length < 4) return { code: 'zone.ring-too-short', params: { ring: label, count: ring.length } };
  const [first, last] = [ring[0] as Position, ring[ring.length - 1] as Position];
  if (first[0] !== last[0] || first[1] !== last[1]) return { code: 'zone.ring-not-closed', params: { ring: label } };
  const distinct = new Set(ring.map((p: Position) => `${p[0]},${p[1]}`));
  if (distinct.size < 3) return { code: 'zone.ring-degenerate', params: { ring: label } };
  return undefined;
}

/**
 * Checks a Polygon or MultiPolygon and returns it as a MultiPolygon with 2D positions, or a coded problem
 * saying what is wrong (bad coordinates, unclosed or degenerate rings, self-intersections), all 1-based.
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
    return { problem: { code: 'zone.not-polygon', params: { type }, field: 'geometry' } };
  }
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown;
  if (!Array.isArray(polygons) || polygons.length === 0) return { problem: { code: 'zone.no-polygons', field: 'geometry' } };
  const coordinates: Position[][][] = [];
  for (const [pi, rings] of polygons.entries()) {
    if (!Array.isArray(rings) || rings.length === 0) return { problem: { code: 'zone.polygon-no-rings', params: { polygon: pi + 1 }, field: 'geometry' } };
    for (const [ri, ring] of rings.entries()) {
      const problem = ringProblem(ring, ringLabel(polygons.length, pi + 1, ri));
      if (problem) return { problem: { ...problem, field: 'geometry' } };
    }
    coordinates.push((rings as Position[][]).map((ring) => ring.map((p) => [p[0], p[1]])));
  }
  const multiPolygon: MultiPolygon = { type: 'MultiPolygon', coordinates };
  const crossings = kinks(multiPolygon).features;
  if (crossings.length > 0) {
    const [lng, lat] = crossings[0].geometry.coordinates;
    return { problem: { code: 'zone.self-intersection', params: { lng: lng.toFixed(6), lat: lat.toFixed(6), count: crossings.length }, field: 'geometry' } };
  }
  return { multiPolygon };
}
