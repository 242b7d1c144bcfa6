import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { CASE_DETAIL_MIN_ZOOM, tileBounds, type TileLayer, type TileParams } from '@/lib/tiles/tile-params';
import { rowsOf, type Db } from '../client';
import { renderDensityTile } from './case-density';

/** A timestamptz parameter: postgres-js does not serialise a Date inside raw `sql`, PGlite does; ISO text works for both. */
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;


/** Tile extent and buffer, the same in both encoders so their tiles match. */
export const TILE_EXTENT = 4096;
const TILE_BUFFER = 64;

/**
 * Below CASE_DETAIL_MIN_ZOOM case tracks are simplified by one screen pixel of a 512 px tile, in tile units:
 * a low-zoom track is looked at, not read vertex by vertex.
 */
const LOW_ZOOM_TOLERANCE_UNITS = TILE_EXTENT / 512;

/** Web Mercator metres per tile unit at zoom z (the zoom-0 tile is 2 × 20,037,508.34 m wide). */
const metresPerUnit = (z: number) => (2 * 20_037_508.342789244) / 2 ** z / TILE_EXTENT;

/**
 * A case visit's geometry for zoom z: as stored from CASE_DETAIL_MIN_ZOOM on, simplified below it. In SQL
 * so both encoders get the same vertices (ST_AsMVTGeom only drops repeated points; geojson-vt at
 * maxZoom = z keeps every vertex). Douglas-Peucker in Web Mercator, where the tolerance is the same on
 * screen in both directions, then back to WGS84.
 */
const caseGeomForZoom = (column: SQL, z: number) =>
  z >= CASE_DETAIL_MIN_ZOOM ? column : sql`ST_Transform(ST_Simplify(ST_Transform(${column}, 3857), ${LOW_ZOOM_TOLERANCE_UNITS * metresPerUnit(z)}::float8), 4326)`;

/**
 * The density layer's grid cell, in screen pixels of a 512 px tile: the heatmap's kernel is 4–16 px across
 * these zooms, so visits merged at their centroid within 4 px draw the same picture, in a fraction of the
 * points (a z10–12 tile held 10,000–20,000 of them at 10,000 tracks).
 */
export const DENSITY_CELL_PX = 4;
const densityCellMetres = (z: number) => DENSITY_CELL_PX * (TILE_EXTENT / 512) * metresPerUnit(z);

export type TileFilter = {
  /** Zones in force and cases reported by this instant (default: now). */
  at?: Date;
  /** Case visits that ended before this instant are left out (the track window). */
  since?: Date;
};

/**
 * How to encode: `postgis` with ST_AsMVT (PostgreSQL server), `js` with geojson-vt + vt-pbf (PGlite's
 * PostGIS is built without protobuf-c, so ST_AsMVT fails there).
 */
export type TileEncoder = 'postgis' | 'js';

const isoText = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One layer's feature query: the id, the public properties and `geom`, for features meeting the
 * filter inside `envelope`. Both encoders run this same query, so they serve the same features.
 * Cases: published only, whatever the caller asks.
 */
function layerQuery(layer: Exclude<TileLayer, 'case-density'>, z: number, envelope: SQL, filter: Required<Pick<TileFilter, 'at'>> & TileFilter, geometry: (column: SQL) => SQL): SQL {
  const { at, since } = filter;
  switch (layer) {
    case 'zones':
      return sql`SELECT id, kind::text AS kind, name, ${isoText(sql`effective_from`)} AS "effectiveFrom", ${geometry(sql`geom`)}
        FROM zones WHERE ST_Intersects(geom, ${envelope})
          AND effective_from <= ${ts(at)} AND (lifted_at IS NULL OR lifted_at > ${ts(at)})`;
    case 'cases': {
      const visitDetails = sql`coalesce(v.place, '') AS place, ${isoText(sql`v.starts_at`)} AS start, ${isoText(sql`v.ends_at`)} AS "end", ${isoText(sql`k.reported_at`)} AS "reportedAt",`;
      return sql`SELECT v.id, k.code AS "caseCode", k.classification::text AS classification, ${z >= CASE_DETAIL_MIN_ZOOM ? visitDetails : sql``} ${geometry(caseGeomForZoom(sql`v.geom`, z))}
        FROM case_visits v JOIN cases k ON k.id = v.case_id
        WHERE k.status = 'published' AND ST_Intersects(v.geom, ${envelope})
          AND k.reported_at <= ${ts(at)} AND v.starts_at <= ${ts(at)} ${since ? sql`AND v.ends_at >= ${ts(since)}` : sql``}`;
    }
    case 'communities':
      return sql`SELECT id, code, name, district, population, ${geometry(sql`boundary`)}
        FROM communities WHERE ST_Intersects(boundary, ${envelope})`;
  }
}

/** A tile of a layer read with a feature query (density has its own path). */
type FeatureTileParams = TileParams & { layer: Exclude<TileLayer, 'case-density'> };

/** The tile's bounds in WGS84 widened by the buffer, as a PostGIS envelope. */
function bufferedEnvelope({ z, x, y }: TileParams): SQL {
  // tileBounds is linear in x and monotone in y, so fractional tile coordinates give the buffered box.
  const pad = TILE_BUFFER / TILE_EXTENT;
  const [west, , , north] = tileBounds(z, x - pad, y - pad);
  const [, south, east] = tileBounds(z, x + pad, y + pad);
  return sql`ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326)`;
}

async function encodeWithPostgis(db: Db, params: FeatureTileParams, filter: Required<Pick<TileFilter, 'at'>> & TileFilter): Promise<Uint8Array> {
  const { z, x, y, layer } = params;
  const tileGeom = (column: SQL) =>
    sql`ST_AsMVTGeom(ST_Transform(${column}, 3857), ST_TileEnvelope(${z}, ${x}, ${y}), ${TILE_EXTENT}, ${TILE_BUFFER}, true) AS geom`;
  const [row] = rowsOf<{ mvt: Uint8Array | null }>(
    await db.execute(sql`
      SELECT ST_AsMVT(f, ${layer}, ${TILE_EXTENT}, 'geom', 'id') AS mvt
      FROM (${layerQuery(layer, z, bufferedEnvelope(params), filter, tileGeom)}) AS f
      WHERE f.geom IS NOT NULL`),
  );
  return row?.mvt ? new Uint8Array(row.mvt) : new Uint8Array();
}

/** Drops nulls: vector tiles have no null value, and ST_AsMVT leaves such properties out too. */
function withoutNulls(properties: Record<string, unknown>): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null && v !== undefined)) as Record<string, string | number | boolean>;
}

async function encodeWithJs(db: Db, params: FeatureTileParams, filter: Required<Pick<TileFilter, 'at'>> & TileFilter): Promise<Uint8Array> {
  const { z, x, y, layer } = params;
  const asGeoJson = (column: SQL) => sql`ST_AsGeoJSON(${column}, 7) AS geometry`;
  const rows = rowsOf<Record<string, unknown> & { id: number; geometry: string }>(
    await db.execute(layerQuery(layer, z, bufferedEnvelope(params), filter, asGeoJson)),
  );
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: rows.map(({ id, geometry, ...properties }): Feature => ({
      type: 'Feature',
      id: Number(id),
      geometry: JSON.parse(geometry) as Geometry,
      properties: withoutNulls(properties),
    })),
  };
  if (collection.features.length === 0) return new Uint8Array();
  // maxZoom = z: simplify for this zoom only (geojson-vt's default assumes a tile pyramid to z14).
  const tile = geoJSONToTile(collection, z, x, y, { extent: TILE_EXTENT, buffer: TILE_BUFFER, clip: true, maxZoom: z });
  if (!tile || tile.features.length === 0) return new Uint8Array();
  return fromGeojsonVt({ [layer]: tile }, { version: 2, extent: TILE_EXTENT });
}

/**
 * One Mapbox Vector Tile (protobuf) of a layer: zones in force, published case visits (or one point per
 * visit for density), or communities.
 * Below CASE_DETAIL_MIN_ZOOM a case visit carries only id, caseCode and classification.
 * An empty tile is an empty byte array, as ST_AsMVT returns for no rows.
 *
 * @example
 * const pbf = await renderTile(db, { layer: 'zones', z: 12, x: 3492, y: 1614 }, { at: new Date() }, 'js');
 */
export async function renderTile(db: Db, params: TileParams, filter: TileFilter, encoder: TileEncoder): Promise<Uint8Array> {
  const resolved = { ...filter, at: filter.at ?? new Date() };
  // Density from the points kept in memory per data version, whatever the encoder (one path, one picture).
  const { layer } = params;
  if (layer === 'case-density') return renderDensityTile(db, params, resolved, { extent: TILE_EXTENT, buffer: TILE_BUFFER, cellMetres: densityCellMetres(params.z) });
  return encoder === 'postgis' ? encodeWithPostgis(db, { ...params, layer }, resolved) : encodeWithJs(db, { ...params, layer }, resolved);
}
