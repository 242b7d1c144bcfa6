import 'server-only';
import { sql } from 'drizzle-orm';
import type { PlaceHit, PlaceHitKind } from '@/lib/search/search-query';
import { rowsOf, type Db } from '../client';

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Results per kind, so many matching places cannot crowd out the one community asked for. */
const PER_KIND = 8;

type Row = { kind: PlaceHitKind; id: string; name: string; detail: string | null; lng: number; lat: number; w: number | null; s: number | null; e: number | null; n: number | null; rank: number };

/**
 * Public places whose name contains `text` (case-insensitive): communities, grid cells, zones in force at
 * `at`, and places published cases visited by then. Matching is by position (`strpos`), so `%` and `_` are
 * plain characters. A case's home community is staff-only and never read here.
 *
 * @example
 * await searchPlaces(db, '九老', new Date()) // → [{ kind: 'community', name: '九老1洞', lngLat: [126.88, 37.49], bbox: [...] }, …]
 */
export async function searchPlaces(db: Db, text: string, at: Date): Promise<PlaceHit[]> {
  const needle = text.toLowerCase();
  const match = (column: ReturnType<typeof sql>) => sql`strpos(lower(${column}), ${needle})`;
  const box = (geom: ReturnType<typeof sql>) => sql`ST_XMin(${geom}) AS w, ST_YMin(${geom}) AS s, ST_XMax(${geom}) AS e, ST_YMax(${geom}) AS n`;
  const rows = rowsOf<Row>(
    await db.execute(sql`
      (SELECT 'community' AS kind, id::text AS id, name, district AS detail, ST_X(ST_PointOnSurface(boundary)) AS lng, ST_Y(ST_PointOnSurface(boundary)) AS lat, ${box(sql`boundary`)},
          (${match(sql`name`)} = 1)::int AS rank
        FROM communities WHERE ${match(sql`name`)} > 0 ORDER BY rank DESC, length(name), name LIMIT ${PER_KIND})
      UNION ALL
      (SELECT 'grid-cell', g.id::text, g.name, c.name, ST_X(ST_PointOnSurface(g.geom)), ST_Y(ST_PointOnSurface(g.geom)), ${box(sql`g.geom`)}, (${match(sql`g.name`)} = 1)::int AS rank
        FROM grid_cells g JOIN communities c ON c.id = g.community_id WHERE ${match(sql`g.name`)} > 0 ORDER BY rank DESC, length(g.name), g.name LIMIT ${PER_KIND})
      UNION ALL
      (SELECT 'zone', id::text, name, kind::text, ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)), ${box(sql`geom`)}, (${match(sql`name`)} = 1)::int AS rank
        FROM zones WHERE ${match(sql`name`)} > 0 AND effective_from <= ${ts(at)} AND (lifted_at IS NULL OR lifted_at > ${ts(at)})
        ORDER BY rank DESC, length(name), name LIMIT ${PER_KIND})
      UNION ALL
      (SELECT 'place', min(v.id)::text, v.place, NULL, avg(ST_X(v.geom)), avg(ST_Y(v.geom)), NULL, NULL, NULL, NULL, (${match(sql`v.place`)} = 1)::int AS rank
        FROM case_visits v JOIN cases k ON k.id = v.case_id
        WHERE k.status = 'published' AND k.reported_at <= ${ts(at)} AND GeometryType(v.geom) = 'POINT' AND v.place IS NOT NULL AND ${match(sql`v.place`)} > 0
        GROUP BY v.place ORDER BY rank DESC, length(v.place), v.place LIMIT ${PER_KIND})`),
  );
  return rows.map((r) => ({
    kind: r.kind,
    id: `${r.kind}-${r.id}`,
    name: r.name,
    detail: r.detail,
    lngLat: [Number(r.lng), Number(r.lat)],
    bbox: r.w === null || r.s === null || r.e === null || r.n === null ? null : [Number(r.w), Number(r.s), Number(r.e), Number(r.n)],
  }));
}
