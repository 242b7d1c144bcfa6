import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { FeatureCollection, Geometry } from 'geojson';

/** What the map and the read endpoints filter by. */
export type MapFilter = {
  /** What was in force / reported by this instant. */
  at?: Date;
  /** [minLon, minLat, maxLon, maxLat] in WGS84. */
  bbox?: [number, number, number, number];
  /** Case visits overlapping [from, to] (any part of the visit inside). */
  between?: [from: Date, to: Date];
};

/** A GiST-indexable "intersects the bbox" condition, or undefined without a bbox. */
export function intersectsBbox(column: AnyColumn, bbox: MapFilter['bbox']): SQL | undefined {
  if (!bbox) return undefined;
  const [minLon, minLat, maxLon, maxLat] = bbox;
  return sql`ST_Intersects(${column}, ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326))`;
}

/** The geometry as GeoJSON text, 7 decimals (~1 cm), for building Features. */
export function asGeoJson(column: AnyColumn): SQL<string> {
  return sql<string>`ST_AsGeoJSON(${column}, 7)`;
}

/** Rows with an `id` and a GeoJSON `geometry` text → a FeatureCollection whose feature ids are the keys. */
export function rowsToFeatureCollection<G extends Geometry, P>(rows: ({ id: number; geometry: string } & P)[]): FeatureCollection<G, P> {
  return {
    type: 'FeatureCollection',
    features: rows.map(({ id, geometry, ...properties }) => ({
      type: 'Feature',
      id,
      geometry: JSON.parse(geometry) as G,
      properties: properties as unknown as P,
    })),
  };
}
