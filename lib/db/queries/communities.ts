import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { CommunityInput, GridCellInput } from '@/lib/import/read-communities';
import { ImportError } from '@/lib/import/import-error';
import { rowsOf, type Db } from '../client';
import { communities, gridCells } from '../schema';
import { asGeoJson, intersectsBbox, rowsToFeatureCollection, type MapFilter } from './map-filter';
import { saveRowsInOneTransaction } from './save-rows';
import { recordChange, type Actor } from './audit';
import type { CommunityProperties, GridCellProperties } from '@/lib/community/community-types';

/** Community boundaries as GeoJSON (communities have no time: `at` does not filter them). */
export async function listCommunities(db: Db, filter: MapFilter = {}): Promise<FeatureCollection<MultiPolygon, CommunityProperties>> {
  const rows = await db
    .select({
      id: communities.id,
      code: communities.code,
      name: communities.name,
      district: communities.district,
      population: communities.population,
      geometry: asGeoJson(communities.boundary),
    })
    .from(communities)
    .where(intersectsBbox(communities.boundary, filter.bbox))
    .orderBy(communities.district, communities.name);
  return rowsToFeatureCollection(rows);
}

/** Grid cells with their responsible workers as GeoJSON. */
export async function listGridCells(db: Db, filter: MapFilter = {}): Promise<FeatureCollection<MultiPolygon, GridCellProperties>> {
  const rows = await db
    .select({
      id: gridCells.id,
      communityId: gridCells.communityId,
      communityCode: communities.code,
      name: gridCells.name,
      worker: gridCells.worker,
      workerPhone: gridCells.workerPhone,
      geometry: asGeoJson(gridCells.geom),
    })
    .from(gridCells)
    .innerJoin(communities, eq(communities.id, gridCells.communityId))
    .where(intersectsBbox(gridCells.geom, filter.bbox))
    .orderBy(communities.code, gridCells.name);
  return rowsToFeatureCollection(rows);
}

/**
 * Inserts or updates communities by code, all in one transaction: any bad row rolls back the lot and
 * throws an ImportError naming its feature.
 */
export async function saveCommunities(db: Db, rows: CommunityInput[], actor: Actor): Promise<{ inserted: number; updated: number }> {
  return saveRowsInOneTransaction(db, rows, async (tx, row) => {
    const [stored] = await tx
      .select({ code: communities.code, name: communities.name, district: communities.district, population: communities.population, boundary: asGeoJson(communities.boundary) })
      .from(communities)
      .where(eq(communities.code, row.code))
      .for('update');
    const [saved] = await tx
      .insert(communities)
      .values(row)
      .onConflictDoUpdate({
        target: communities.code,
        set: { name: row.name, district: row.district, population: row.population, boundary: row.boundary, updatedAt: sql`now()` },
      })
      .returning({ id: communities.id, isNew: sql<boolean>`xmax = 0` });
    await recordChange(tx, actor, {
      action: saved.isNew ? 'create' : 'update',
      objectType: 'community',
      objectId: saved.id,
      before: stored ? { ...stored, boundary: JSON.parse(stored.boundary) as MultiPolygon } : undefined,
      after: { code: row.code, name: row.name, district: row.district, population: row.population, boundary: row.boundary },
    });
    return saved.isNew;
  });
}

/** Inserts or updates grid cells by (community code, name) in one transaction. */
export async function saveGridCells(db: Db, rows: GridCellInput[], actor: Actor): Promise<{ inserted: number; updated: number }> {
  return saveRowsInOneTransaction(db, rows, async (tx, row) => {
    const [community] = await tx.select({ id: communities.id }).from(communities).where(eq(communities.code, row.communityCode));
    if (!community) throw new ImportError(`no community with code "${row.communityCode}" (import communities first)`);
    const values = { communityId: community.id, name: row.name, worker: row.worker, workerPhone: row.workerPhone, geom: row.geom };
    const [stored] = await tx
      .select({ worker: gridCells.worker })
      .from(gridCells)
      .where(and(eq(gridCells.communityId, community.id), eq(gridCells.name, row.name)))
      .for('update');
    const [saved] = await tx
      .insert(gridCells)
      .values(values)
      .onConflictDoUpdate({ target: [gridCells.communityId, gridCells.name], set: values })
      .returning({ id: gridCells.id, isNew: sql<boolean>`xmax = 0` });
    await recordChange(tx, actor, {
      action: saved.isNew ? 'create' : 'update',
      objectType: 'grid-cell',
      objectId: saved.id,
      before: stored ? { communityCode: row.communityCode, name: row.name, worker: stored.worker } : undefined,
      after: { communityCode: row.communityCode, name: row.name, worker: row.worker },
    });
    return saved.isNew;
  });
}

/** Whether the database holds no community, zone or case (the demo seed's condition). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const result = await db.execute(
    sql`select (select count(*) from communities) + (select count(*) from zones) + (select count(*) from cases) as n`,
  );
  return Number(rowsOf<{ n: number | string }>(result)[0].n) === 0;
}

