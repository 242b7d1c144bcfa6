/** Half the Web Mercator world's width in metres (EPSG:3857). */
const HALF_WORLD = 20_037_508.342789244;

/**
 * Published case visits as density points: one point per visit (on its geometry) in Web Mercator metres,
 * with the visit's times in epoch milliseconds. Columns, not objects: 20,000 visits are a few hundred KB.
 */
export type DensityPoints = {
  ids: Float64Array;
  x: Float64Array;
  y: Float64Array;
  reportedAt: Float64Array;
  startsAt: Float64Array;
  endsAt: Float64Array;
};

/** One grid cell's visits: the smallest visit id, how many, and their centroid. */
export type DensityCell = { id: number; count: number; lngLat: [number, number] };

export type DensityCellOptions = {
  /** The grid's cell size in Web Mercator metres (cells are aligned on multiples of it). */
  cellMetres: number;
  /** Points this far outside the tile still count, as a fraction of the tile's width (the tile buffer). */
  buffer: number;
};

const toLngLat = (x: number, y: number): [number, number] => [(x / HALF_WORLD) * 180, (Math.atan(Math.exp((y / HALF_WORLD) * Math.PI)) * 360) / Math.PI - 90];

/**
 * The visits shown at `at` (case reported and visit started by then, and ended at or after `since` when
 * given) inside tile z/x/y and its buffer, merged per grid cell at their centroid with their count.
 * Does not mutate its inputs.
 *
 * @example
 * densityCells(points, { z: 11, x: 1745, y: 793 }, { at: Date.parse('2020-03-20T00:00:00Z') }, { cellMetres: 153, buffer: 1 / 64 })
 * // → [{ id: 17, count: 12, lngLat: [126.851, 37.52] }, …]
 */
export function densityCells(points: DensityPoints, tile: { z: number; x: number; y: number }, filter: { at: number; since?: number }, options: DensityCellOptions): DensityCell[] {
  const size = (2 * HALF_WORLD) / 2 ** tile.z;
  const pad = options.buffer * size;
  const west = -HALF_WORLD + tile.x * size - pad;
  const east = -HALF_WORLD + (tile.x + 1) * size + pad;
  const north = HALF_WORLD - tile.y * size + pad;
  const south = HALF_WORLD - (tile.y + 1) * size - pad;
  const since = filter.since ?? -Infinity;
  const cells = new Map<string, { id: number; count: number; sumX: number; sumY: number }>();
  for (let i = 0; i < points.ids.length; i++) {
    const x = points.x[i];
    const y = points.y[i];
    if (x < west || x > east || y < south || y > north) continue;
    if (points.reportedAt[i] > filter.at || points.startsAt[i] > filter.at || points.endsAt[i] < since) continue;
    const key = `${Math.round(x / options.cellMetres)},${Math.round(y / options.cellMetres)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.id = Math.min(cell.id, points.ids[i]);
      cell.count += 1;
      cell.sumX += x;
      cell.sumY += y;
    } else cells.set(key, { id: points.ids[i], count: 1, sumX: x, sumY: y });
  }
  return [...cells.values()].map((c) => ({ id: c.id, count: c.count, lngLat: toLngLat(c.sumX / c.count, c.sumY / c.count) }));
}
