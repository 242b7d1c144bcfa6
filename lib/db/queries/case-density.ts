import 'server-only';
import { sql } from 'drizzle-orm';
import type { FeatureCollection } from 'geojson';
import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { densityCells, type DensityPoints } from '@/lib/tiles/density-cells';
import type { TileParams } from '@/lib/tiles/tile-params';
import { rowsOf, type Db } from '../client';

/**
 * The published visits' density points change only when cases are saved, published, withdrawn or deleted
 * (visits are replaced, never edited in place, so new ids): this key changes with each of those.
 */
async function densityVersion(db: Db): Promise<string> {
  const [row] = rowsOf<{ key: string }>(
    await db.execute(sql`
      SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) FROM case_visits)
        || '/' || (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM cases) AS key`),
  );
  return row.key;
}

/** One point per published visit (a movement's point on its line), in Web Mercator metres. */
async function readDensityPoints(db: Db): Promise<DensityPoints> {
  const rows = rowsOf<{ id: number | string; x: number | string; y: number | string; reported: number | string; starts: number | string; ends: number | string }>(
    await db.execute(sql`
      SELECT v.id, ST_X(p.pt) AS x, ST_Y(p.pt) AS y, extract(epoch FROM k.reported_at) * 1000 AS reported,
        extract(epoch FROM v.starts_at) * 1000 AS starts, extract(epoch FROM v.ends_at) * 1000 AS ends
      FROM case_visits v JOIN cases k ON k.id = v.case_id
      CROSS JOIN LATERAL (SELECT ST_Transform(ST_PointOnSurface(v.geom), 3857) AS pt) p
      WHERE k.status = 'published'`),
  );
  const column = (pick: (r: (typeof rows)[number]) => number | string) => Float64Array.from(rows, (r) => Number(pick(r)));
  return { ids: column((r) => r.id), x: column((r) => r.x), y: column((r) => r.y), reportedAt: column((r) => r.reported), startsAt: column((r) => r.starts), endsAt: column((r) => r.ends) };
}

/** The latest version's points, and a read under way (the first page's density tiles all wait on one). */
let latest: { version: string; points: Promise<DensityPoints> } | undefined;

/**
 * The density points of the database's current version: read once per version (a few hundred ms at
 * 10,000 tracks) and kept in memory, so each density tile is a pass over an array, not a spatial query.
 *
 * @example
 * const points = await densityPoints(db); points.ids.length // → 20161 at the map bench's scale
 */
export async function densityPoints(db: Db): Promise<DensityPoints> {
  const version = await densityVersion(db);
  if (latest?.version !== version) {
    const points = readDensityPoints(db);
    latest = { version, points };
    // A failed read is not kept: the next tile tries again.
    points.catch(() => {
      if (latest?.points === points) latest = undefined;
    });
  }
  return latest.points;
}

/**
 * The `case-density` vector tile: the published visits shown at `at` (and not ended before `since`), merged
 * per grid cell of `cellMetres` at their centroid, each point with its `count`. Empty tile, empty bytes.
 *
 * @example
 * const pbf = await renderDensityTile(db, { layer: 'case-density', z: 11, x: 1745, y: 793 }, { at: new Date() }, { extent: 4096, buffer: 64, cellMetres: 153 });
 */
export async function renderDensityTile(
  db: Db,
  { z, x, y }: TileParams,
  filter: { at: Date; since?: Date },
  options: { extent: number; buffer: number; cellMetres: number },
): Promise<Uint8Array> {
  const cells = densityCells(await densityPoints(db), { z, x, y }, { at: filter.at.getTime(), since: filter.since?.getTime() }, { cellMetres: options.cellMetres, buffer: options.buffer / options.extent });
  if (cells.length === 0) return new Uint8Array();
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: cells.map((c) => ({ type: 'Feature', id: c.id, geometry: { type: 'Point', coordinates: c.lngLat }, properties: { count: c.count } })),
  };
  const tile = geoJSONToTile(collection, z, x, y, { extent: options.extent, buffer: options.buffer, clip: true, maxZoom: z });
  if (!tile || tile.features.length === 0) return new Uint8Array();
  return fromGeojsonVt({ 'case-density': tile }, { version: 2, extent: options.extent });
}
