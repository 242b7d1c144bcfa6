import 'server-only';
import { sql } from 'drizzle-orm';
import type { MultiPolygon } from 'geojson';
import type { ZoneKind } from '@/lib/enums';
import { containsPattern, type ListPage, type ListQuery } from '@/lib/lists/list-query';
import { rowsOf, type Db } from '../client';
import type { ZoneProperties } from '@/lib/zones/zone-types';

export type ZoneListRow = ZoneProperties & { id: number; geometry: MultiPolygon };

/** What the zones list is searched by besides its text: the kinds whose name matched the text. */
export type ZoneListFilter = { kindsNamed?: ZoneKind[] };

type Row = {
  id: number;
  kind: ZoneKind;
  name: string;
  effective_from: string | Date;
  planned_lift: string | Date | null;
  lifted_at: string | Date | null;
  note: string | null;
  version: number;
  geometry: string;
};

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

/**
 * One page of the staff zones list: zones in force first, then lifted ones, newest first within each. With a
 * search, the zones whose name contains `q`, that touch a community whose name contains it, or whose kind is one
 * of `kindsNamed` (the kinds whose label matched `q`, worked out by the caller in both languages). Only the
 * page's zones are read with their boundaries, so the page costs the same with 50 zones or 5,000.
 *
 * @example
 * await listZonePage(db, { q: '防范', page: 1, pageSize: 50 }, { kindsNamed: ['precaution'] }) // → { rows: [ZoneListRow…], total: 167, … }
 */
export async function listZonePage(db: Db, query: ListQuery, filter: ZoneListFilter = {}): Promise<ListPage<ZoneListRow>> {
  const pattern = containsPattern(query.q);
  const kinds = filter.kindsNamed ?? [];
  const byKind = kinds.length ? sql`OR z.kind::text IN (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})` : sql``;
  const matches = query.q
    ? sql`(z.name ILIKE ${pattern}
        OR EXISTS (SELECT 1 FROM communities c WHERE c.name ILIKE ${pattern} AND ST_Intersects(c.boundary, z.geom))
        ${byKind})`
    : sql`true`;
  const [countRows, pageRows] = await Promise.all([
    db.execute(sql`SELECT count(*) AS total FROM zones z WHERE ${matches}`),
    db.execute(sql`
      SELECT z.id, z.kind, z.name, z.effective_from, z.planned_lift, z.lifted_at, z.note, z.version, ST_AsGeoJSON(z.geom, 7) AS geometry
      FROM zones z WHERE ${matches}
      ORDER BY (z.lifted_at IS NOT NULL), z.id DESC
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`),
  ]);
  const rows = rowsOf<Row>(pageRows).map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    name: r.name,
    effectiveFrom: new Date(r.effective_from).toISOString(),
    plannedLift: iso(r.planned_lift),
    liftedAt: iso(r.lifted_at),
    note: r.note,
    version: Number(r.version),
    geometry: JSON.parse(r.geometry) as MultiPolygon,
  }));
  const total = Number(rowsOf<{ total: number | string }>(countRows)[0]?.total ?? 0);
  return { rows, total, page: query.page, pageSize: query.pageSize };
}

/**
 * Every zone's extent, lifted ones included ([west, south, east, north], null with none), where the map opens;
 * and a revision that changes with any zone written, added or deleted, so the map reloads the zones it draws
 * (from /api/zones) exactly when the page's data changed.
 *
 * @example
 * await zonesSummary(db) // → { extent: [126.8, 37.45, 126.93, 37.59], revision: '500:512:731' }
 */
export async function zonesSummary(db: Db): Promise<{ extent: [number, number, number, number] | null; revision: string }> {
  const [row] = rowsOf<{ w: number | null; s: number; e: number; n: number; count: number | string; versions: number | string | null; last: number | string | null }>(
    await db.execute(sql`
      SELECT ST_XMin(x) AS w, ST_YMin(x) AS s, ST_XMax(x) AS e, ST_YMax(x) AS n, count, versions, last
      FROM (SELECT ST_Extent(geom)::geometry AS x, count(*) AS count, sum(version) AS versions, max(id) AS last FROM zones) AS t`),
  );
  const extent = row && row.w !== null ? ([Number(row.w), Number(row.s), Number(row.e), Number(row.n)] as [number, number, number, number]) : null;
  return { extent, revision: `${row?.count ?? 0}:${row?.versions ?? 0}:${row?.last ?? 0}` };
}
