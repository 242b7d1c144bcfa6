import 'server-only';
import type { StaffCase } from '@/lib/staff-api/records';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Point, LineString } from 'geojson';
import type { Db } from '../client';
import { caseVisits, cases } from '../schema';
import { asGeoJson } from './map-filter';
import { recordChange, type Actor } from './audit';
import { AUDIT_VISIT_LIMIT, auditVisit, type AuditVisit } from '@/lib/cases/audit-visits';

/** Every case (or those with `codes`, or with `ids`), drafts included, with its visits in order: for staff and officials only. */
export async function listStaffCases(db: Pick<Db, 'select'>, filter: { codes?: readonly string[]; ids?: readonly number[] } = {}): Promise<StaffCase[]> {
  const rows = await db
    .select({
      id: cases.id,
      code: cases.code,
      classification: cases.classification,
      status: cases.status,
      communityId: cases.communityId,
      version: cases.version,
      reportedAt: cases.reportedAt,
      seq: caseVisits.seq,
      place: caseVisits.place,
      startsAt: caseVisits.startsAt,
      endsAt: caseVisits.endsAt,
      coordTimes: caseVisits.coordTimes,
      geometry: asGeoJson(caseVisits.geom),
    })
    .from(cases)
    .leftJoin(caseVisits, eq(caseVisits.caseId, cases.id))
    .where(
      and(
        filter.codes ? inArray(cases.code, [...filter.codes]) : undefined,
        filter.ids ? inArray(cases.id, filter.ids.length ? [...filter.ids] : [-1]) : undefined,
      ),
    )
    .orderBy(sql`${cases.reportedAt} desc`, asc(cases.code), asc(caseVisits.seq));
  const byId = new Map<number, StaffCase>();
  for (const r of rows) {
    const entry = byId.get(r.id) ?? { id: r.id, code: r.code, classification: r.classification, status: r.status, communityId: r.communityId, version: r.version, reportedAt: r.reportedAt.toISOString(), visits: [] };
    if (r.seq !== null && r.startsAt && r.endsAt && r.geometry) {
      entry.visits.push({
        seq: r.seq,
        place: r.place,
        startsAt: r.startsAt.toISOString(),
        endsAt: r.endsAt.toISOString(),
        geometry: JSON.parse(r.geometry) as Point | LineString,
        // Timestamp arrays come back as Dates from one driver and strings from the other.
        coordTimes: r.coordTimes ? r.coordTimes.map((t: Date | string) => new Date(t).toISOString()) : null,
      });
    }
    byId.set(r.id, entry);
  }
  return [...byId.values()];
}

/** One case as staff edit it (the conflict view shows it), or undefined. */
export async function getStaffCase(db: Pick<Db, 'select'>, code: string): Promise<StaffCase | undefined> {
  const [found] = await listStaffCases(db, { codes: [code] });
  return found;
}

type Executor = Pick<Db, 'select'>;

/** A stored case's visits as the audit keeps them (see `auditTrack`), read before they change. */
export async function storedTrackForAudit(db: Executor, caseId: number): Promise<{ visitCount: number; visits: AuditVisit[] }> {
  const rows = await db
    .select({ place: caseVisits.place, startsAt: caseVisits.startsAt, endsAt: caseVisits.endsAt, geometry: asGeoJson(caseVisits.geom) })
    .from(caseVisits)
    .where(eq(caseVisits.caseId, caseId))
    .orderBy(asc(caseVisits.seq));
  const visits = rows.slice(0, AUDIT_VISIT_LIMIT).map((r) => auditVisit({ place: r.place, start: r.startsAt, end: r.endsAt, geometry: JSON.parse(r.geometry) as Point | LineString }));
  return { visitCount: rows.length, visits };
}

/**
 * Deletes a case and its visits; the audit keeps what it was, places and times included. Returns whether it
 * existed; with `expectedVersion`, a case changed since then is not deleted (`stale`).
 */
export async function deleteCase(db: Db, code: string, actor: Actor, expectedVersion?: number): Promise<boolean | { stale: true; current: number }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: cases.id, version: cases.version }).from(cases).where(eq(cases.code, code)).for('update');
    if (!existing) return false;
    if (expectedVersion !== undefined && existing.version !== expectedVersion) return { stale: true, current: existing.version };
    const track = await storedTrackForAudit(tx, existing.id);
    const [before] = await tx.delete(cases).where(eq(cases.id, existing.id)).returning();
    await recordChange(tx, actor, {
      action: 'delete',
      objectType: 'case',
      objectId: before.id,
      before: { code: before.code, status: before.status, classification: before.classification, reportedAt: before.reportedAt.toISOString(), ...track },
    });
    return true;
  });
}
