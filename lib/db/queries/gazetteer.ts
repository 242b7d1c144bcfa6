import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { GazetteerEntry } from '@/lib/notice-reader/match-place';
import { rowsOf, type Db } from '../client';
import { gazetteerPlaces } from '../schema';
import { recordChange, type Actor } from './audit';

/**
 * Replaces one imported gazetteer (all places of `source`) in one transaction, and audits the counts.
 *
 * @example
 * await replaceGazetteer(db, 'pois-2020', entries, { label: 'import' }) // → { removed: 0, inserted: 6748 }
 */
export async function replaceGazetteer(db: Db, source: string, entries: readonly GazetteerEntry[], actor: Actor): Promise<{ removed: number; inserted: number }> {
  return db.transaction(async (tx) => {
    const removed = await tx.delete(gazetteerPlaces).where(eq(gazetteerPlaces.source, source)).returning({ id: gazetteerPlaces.id });
    for (let i = 0; i < entries.length; i += 500) {
      await tx.insert(gazetteerPlaces).values(
        entries.slice(i, i + 500).map((entry) => ({
          source,
          name: entry.name,
          region: entry.region ?? null,
          point: { type: 'Point' as const, coordinates: entry.lngLat },
        })),
      );
    }
    await recordChange(tx, actor, { action: 'gazetteer.import', objectType: 'gazetteer', objectId: source, before: { places: removed.length }, after: { places: entries.length } });
    return { removed: removed.length, inserted: entries.length };
  });
}

type PlaceRow = { name: string; source: string; region: string | null; lng: number; lat: number };

/**
 * Every name the district already knows, for placing a notice's words: its communities, grid cells and zones
 * (a point on each surface), the named places of earlier case tracks, and imported gazetteers.
 */
export async function listGazetteerEntries(db: Db): Promise<GazetteerEntry[]> {
  const rows = rowsOf<PlaceRow>(await db.execute(sql`
    SELECT name, 'community' AS source, district AS region, ST_X(p) AS lng, ST_Y(p) AS lat
      FROM (SELECT name, district, ST_PointOnSurface(boundary) AS p FROM communities) c
    UNION ALL
    SELECT g.name, 'grid-cell', c.district, ST_X(ST_PointOnSurface(g.geom)), ST_Y(ST_PointOnSurface(g.geom))
      FROM grid_cells g JOIN communities c ON c.id = g.community_id
    UNION ALL
    SELECT name, 'zone', NULL, ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)) FROM zones WHERE lifted_at IS NULL
    UNION ALL
    SELECT DISTINCT ON (place) place, 'case-place', NULL, ST_X(geom), ST_Y(geom)
      FROM case_visits WHERE place IS NOT NULL AND GeometryType(geom) = 'POINT'
    UNION ALL
    SELECT name, source, region, ST_X(point), ST_Y(point) FROM gazetteer_places
  `));
  return rows.map((row) => ({
    name: row.name,
    source: row.source,
    lngLat: [Number(row.lng), Number(row.lat)] as [number, number],
    ...(row.region ? { region: row.region } : {}),
  }));
}
