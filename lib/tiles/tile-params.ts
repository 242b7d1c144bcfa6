import type { Problem } from '@/lib/errors/problem';

/** The vector tile layers the tile endpoint serves. */
export const TILE_LAYERS = ['zones', 'cases', 'communities', 'case-density'] as const;
export type TileLayer = (typeof TILE_LAYERS)[number];

export type TileParams = { layer: TileLayer; z: number; x: number; y: number };

/** A refused tile address names the parameter at fault and carries its coded problem (400). */
export type TileParamsResult = { ok: true; value: TileParams } | { ok: false; parameter: 'layer' | 'z' | 'x' | 'y'; problem: Problem };

/** Deepest zoom served: street level is ~16, and 22 keeps 2^z inside safe integers with margin. */
export const MAX_TILE_ZOOM = 22;

/**
 * From this zoom on, cases tiles carry each visit with its place and times (popups show them). Below it a
 * visit carries only its case (code, classification) and a simplified track: at 10,000 tracks the per-visit
 * times and every vertex made 4 MB tiles, and below zoom 14 a click cannot pick one visit out of a city
 * anyway. Measured with `npm run bench:tile-sizes` (lib/bench/README.md, "Tile sizes").
 */
export const CASE_DETAIL_MIN_ZOOM = 14;

/**
 * Below this zoom the maps draw case tracks as density (a heatmap of one point per visit, the
 * `case-density` tile layer) and do not load the `cases` tiles at all: at district zoom 2,000 tracks drawn
 * as lines were a solid blob, and their tiles the slowest part of the first picture.
 */
export const CASE_LINES_MIN_ZOOM = 13;

const isWholeNumber = (text: string) => /^(0|[1-9][0-9]{0,8})$/.test(text);

/**
 * Validates the `{layer}/{z}/{x}/{y}` of a tile request (y may carry a `.pbf`/`.mvt` suffix), naming the
 * first bad parameter so a 400 says what to fix.
 *
 * @example
 * parseTileParams('zones', '10', '873', '396') // → { ok: true, value: { layer: 'zones', z: 10, x: 873, y: 396 } }
 * parseTileParams('zones', '2', '4', '0') // → { ok: false, parameter: 'x', problem: { code: 'tile.coordinate-invalid', params: { parameter: 'x', max: 3, zoom: 2 } } }
 */
export function parseTileParams(layer: string, z: string, x: string, y: string): TileParamsResult {
  if (!(TILE_LAYERS as readonly string[]).includes(layer)) return { ok: false, parameter: 'layer', problem: { code: 'tile.layer-invalid', params: { layers: TILE_LAYERS.join(', ') } } };
  if (!isWholeNumber(z) || Number(z) > MAX_TILE_ZOOM) return { ok: false, parameter: 'z', problem: { code: 'tile.zoom-invalid', params: { max: MAX_TILE_ZOOM } } };
  const zoom = Number(z);
  const max = 2 ** zoom - 1;
  const yText = y.replace(/\.(pbf|mvt)$/, '');
  for (const [name, text] of [['x', x], ['y', yText]] as const) {
    if (!isWholeNumber(text) || Number(text) > max) return { ok: false, parameter: name, problem: { code: 'tile.coordinate-invalid', params: { parameter: name, max, zoom } } };
  }
  return { ok: true, value: { layer: layer as TileLayer, z: zoom, x: Number(x), y: Number(yText) } };
}

/**
 * The WGS84 bounds `[west, south, east, north]` of a Web Mercator tile.
 *
 * @example
 * tileBounds(0, 0, 0) // → [-180, -85.0511287798066, 180, 85.0511287798066]
 */
export function tileBounds(z: number, x: number, y: number): [number, number, number, number] {
  const n = 2 ** z;
  const lng = (col: number) => (col / n) * 360 - 180;
  const lat = (row: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI;
  return [lng(x), lat(y + 1), lng(x + 1), lat(y)];
}

/**
 * The tile containing a point at a zoom, for sweeps and tests.
 *
 * @example
 * tileOf([126.88, 37.5], 10) // → { z: 10, x: 872, y: 396 }
 */
export function tileOf(lngLat: [number, number], z: number): { z: number; x: number; y: number } {
  const n = 2 ** z;
  const latRad = (lngLat[1] * Math.PI) / 180;
  const x = Math.floor(((lngLat[0] + 180) / 360) * n);
  const y = Math.floor(((1 - Math.asinh(Math.tan(latRad)) / Math.PI) / 2) * n);
  return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}
