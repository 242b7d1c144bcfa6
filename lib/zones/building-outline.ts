import { area, feature, featureCollection, kinks, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { toMultiPolygon } from '@/lib/geo/to-multi-polygon';
import { problemText } from '@/lib/errors/problem';

/** Larger than this is a compound or a district, not a building: draw that zone directly. */
export const MAX_OUTLINE_SQUARE_METRES = 1_000_000;

export type OutlineRepair = 'joined-parts' | 'filled-courtyards';

export type ReadOutline = { outline: Polygon | MultiPolygon; repairs: OutlineRepair[] } | { problem: string };

/** The Polygon and MultiPolygon geometries in what staff pasted or picked: a geometry, a Feature, a FeatureCollection, or a list. */
function geometriesIn(input: unknown): unknown[] {
  if (Array.isArray(input)) return input.flatMap(geometriesIn);
  const value = input as { type?: unknown; geometry?: unknown; features?: unknown } | null;
  if (!value || typeof value !== 'object') return [value];
  if (value.type === 'Feature') return [value.geometry];
  if (value.type === 'FeatureCollection' && Array.isArray(value.features)) return value.features.flatMap(geometriesIn);
  return [value];
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;
/** The outer ring only, to 7 decimals (~1 cm: what the database keeps, and within terra-draw's precision limit). */
const outerRings = (rings: Position[][]): Position[][] => [rings[0].map(([lng, lat]) => [round7(lng), round7(lat)])];

/**
 * A building's outline from what staff drew, pasted or picked on the basemap, checked and repaired into one
 * valid Polygon or MultiPolygon: pieces that touch or overlap (a building the vector tiles cut at a tile
 * edge) are joined, and courtyards (holes) are filled since they belong to the building. `repairs` says
 * which of these happened so the workspace can tell staff. Coordinates are rounded to 7 decimals (~1 cm). Anything else wrong is a problem sentence: bad
 * coordinates, too few corners, not a polygon, an outline over 1 km², or a ring that crosses itself (named
 * where: which corners were meant is a guess, so staff redraw it rather than get a silently reshaped one).
 * Does not mutate its input.
 *
 * @example
 * readBuildingOutline({ type: 'Feature', properties: {}, geometry: square })
 * // → { outline: square, repairs: [] }
 */
export function readBuildingOutline(input: unknown): ReadOutline {
  const geometries = geometriesIn(input);
  if (geometries.length === 0) return { problem: 'no outline: draw it, pick a building on the map or paste it as GeoJSON' };
  const repairs = new Set<OutlineRepair>();
  const pieces: Feature<Polygon>[] = [];
  // The same piece twice (the clicked feature and its copy from the source) is one piece.
  const seen = new Set<string>();
  for (const [i, geometry] of geometries.entries()) {
    const g = geometry as Polygon | MultiPolygon | null;
    const label = geometries.length > 1 ? `part ${i + 1}: ` : '';
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return { problem: `${label}an outline must be a Polygon or MultiPolygon, not ${String((g as { type?: unknown } | null)?.type ?? g)}` };
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const rings of polygons) {
      if (!Array.isArray(rings) || rings.length === 0) return { problem: `${label}a polygon has no rings` };
      const checked = toMultiPolygon({ type: 'Polygon', coordinates: outerRings(rings) });
      if (rings.length > 1) repairs.add('filled-courtyards');
      if ('problem' in checked) return { problem: `${label}${problemText(checked.problem).en}` };
      const key = JSON.stringify(checked.multiPolygon.coordinates[0]);
      if (!seen.has(key)) pieces.push(feature<Polygon>({ type: 'Polygon', coordinates: checked.multiPolygon.coordinates[0] }));
      seen.add(key);
    }
  }
  if (pieces.length > 1) repairs.add('joined-parts');
  const joined = pieces.length === 1 ? pieces[0] : union(featureCollection(pieces));
  if (!joined) return { problem: 'the outline has no area' };
  // A union can bring holes back (pieces around a courtyard): fill them too.
  const geometry = joined.geometry;
  const outline: Polygon | MultiPolygon =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: outerRings(geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(outerRings) };
  if ((geometry.type === 'Polygon' ? geometry.coordinates.length : geometry.coordinates.reduce((n, p) => n + p.length, 0)) > (geometry.type === 'Polygon' ? 1 : geometry.coordinates.length)) {
    repairs.add('filled-courtyards');
  }
  const touching = kinks(outline).features[0];
  if (touching) {
    const [lng, lat] = touching.geometry.coordinates;
    return { problem: `parts of the outline touch at a single point near [${lng.toFixed(6)}, ${lat.toFixed(6)}]: draw it as one outline` };
  }
  const squareMetres = area(outline);
  if (squareMetres > MAX_OUTLINE_SQUARE_METRES) {
    return { problem: `the outline covers ${(squareMetres / 1e6).toFixed(2)} km², more than a building (1 km² at most): draw a zone of that size directly` };
  }
  return { outline, repairs: [...repairs] };
}
