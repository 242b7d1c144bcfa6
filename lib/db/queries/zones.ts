import 'server-only';
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { ZoneInput } from '@/lib/import/read-zones';
import type { Db } from '../client';
import { zones } from '../schema';
import { asGeoJson, intersectsBbox, type MapFilter } from './map-filter';
import { recordChange, type Actor } from './audit';
import { saveRowsInOneTransaction } from './save-rows';
import { zoneAuditState } from './zone-edits';
import type { ZoneProperties } from '@/lib/zones/zone-types';


const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Zones as GeoJSON. With `at`, only those in force at that instant (effective, not yet lifted);
 * without, every zone including lifted ones (the history).
 */
export async function listZones(db: Db, filter: MapFilter = {}): Promise<FeatureCollection<MultiPolygon, ZoneProperties>> {
  const inForce = filter.at
    ? and(lte(zones.effectiveFrom, filter.at), or(isNull(zones.liftedAt), gt(zones.liftedAt, filter.at)))
    : undefined;
  const rows = await db
    .select({
      id: zones.id,
      kind: zones.kind,
      name: zones.name,
      effectiveFrom: zones.effectiveFrom,
      plannedLift: zones.plannedLift,
      liftedAt: zones.liftedAt,
      note: zones.note,
      version: zones.version,
      geometry: asGeoJson(zones.geom),
    })
    .from(zones)
    .where(and(inForce, intersectsBbox(zones.geom, filter.bbox)))
    // Precaution first so sealed zones draw on top when a client keeps this order.
    .orderBy(sql`case ${zones.kind} when 'precaution' then 0 when 'controlled' then 1 else 2 end`, zones.id);
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.id,
      geometry: JSON.parse(r.geometry) as MultiPolygon,
      properties: {
        kind: r.kind,
        name: r.name,
        effectiveFrom: r.effectiveFrom.toISOString(),
        plannedLift: iso(r.plannedLift),
        liftedAt: iso(r.liftedAt),
        note: r.note,
        version: r.version,
      },
    })),
  };
}

/**
 * Inserts or updates zones by (name, effective from) in one transaction; a bad row rolls back all. The audit
 * keeps each zone before and after, geometry included, as for a save in the workspace.
 */
export async function saveZones(db: Db, rows: ZoneInput[], actor: Actor): Promise<{ inserted: number; updated: number }> {
  return saveRowsInOneTransaction(db, rows, async (tx, row) => {
    const [existing] = await tx
      .select({ id: zones.id })
      .from(zones)
      .where(and(eq(zones.name, row.name), eq(zones.effectiveFrom, row.effectiveFrom)))
      .for('update');
    const before = existing ? await zoneAuditState(tx, existing.id) : undefined;
    const [saved] = await tx
      .insert(zones)
      .values({ ...row, createdBy: actor.userId ?? null, updatedBy: actor.userId ?? null })
      .onConflictDoUpdate({
        target: [zones.name, zones.effectiveFrom],
        set: {
          kind: row.kind,
          geom: row.geom,
          plannedLift: row.plannedLift,
          liftedAt: row.liftedAt,
          note: row.note,
          version: sql`${zones.version} + 1`,
          updatedBy: actor.userId ?? null,
          updatedAt: sql`now()`,
        },
      })
      .returning({ id: zones.id, isNew: sql<boolean>`xmax = 0` });
    await recordChange(tx, actor, {
      action: saved.isNew ? 'create' : 'update',
      objectType: 'zone',
      objectId: saved.id,
      before,
      after: await zoneAuditState(tx, saved.id),
    });
    return saved.isNew;
  });
}
