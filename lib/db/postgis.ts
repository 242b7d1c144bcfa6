import { customType } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Geometry, LineString, MultiPolygon, Point } from 'geojson';

/*
 * Drizzle's built-in `geometry` column is point-only, so each geometry kind gets a custom type.
 * Writes go through ST_GeomFromGeoJSON (SRID 4326); reads select ST_AsGeoJSON explicitly in the
 * queries (see `asGeoJson`), so the driver's hex EWKB never reaches application code.
 */
function geometryColumn<T extends Geometry>(pgType: string) {
  return customType<{ data: T; driverData: string }>({
    dataType: () => pgType,
    toDriver: (value) => sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(value)}), 4326)`,
  });
}

export const multiPolygonColumn = geometryColumn<MultiPolygon>('geometry(MultiPolygon, 4326)');
/** A named place of an imported gazetteer. */
export const pointColumn = geometryColumn<Point>('geometry(Point, 4326)');
/** Point for a stay, LineString for a movement (a CHECK constraint keeps other kinds out). */
export const visitGeometryColumn = geometryColumn<Point | LineString>('geometry(Geometry, 4326)');

/** A PostgreSQL tstzrange, used as a generated column so visits can be prefiltered by time with GiST. */
export const tstzrange = customType<{ data: string; driverData: string }>({
  dataType: () => 'tstzrange',
});
