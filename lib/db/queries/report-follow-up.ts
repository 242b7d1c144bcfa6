import 'server-only';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { communities, residentReports, REPORT_STATUSES, type ReportStatus } from '../schema';
import { recordChange, type Actor } from './audit';

export type FollowUpReport = {
  id: number;
  community: string;
  name: string;
  phone: string;
  overlapCount: number;
  status: ReportStatus;
  notes: string | null;
  createdAt: string;
  expiresAt: string;
};

/** Residents' reports still within retention, newest status work first (new, then contacted, …). Staff and officials only. */
export async function listFollowUpReports(db: Db, now: Date = new Date()): Promise<FollowUpReport[]> {
  const rows = await db
    .select({
      id: residentReports.id,
      community: communities.name,
      name: residentReports.name,
      phone: residentReports.phone,
      overlaps: residentReports.overlaps,
      status: residentReports.status,
      notes: residentReports.notes,
      createdAt: residentReports.createdAt,
      expiresAt: residentReports.expiresAt,
    })
    .from(residentReports)
    .innerJoin(communities, eq(communities.id, residentReports.communityId))
    // The retention job deletes expired reports; until it has run, they are hidden here too.
    .where(gt(residentReports.expiresAt, now))
    .orderBy(sql`array_position(array['new','contacted','tested','cleared']::report_status[], ${residentReports.status})`, asc(residentReports.createdAt));
  return rows.map(({ overlaps, createdAt, expiresAt, ...r }) => ({
    ...r,
    overlapCount: Array.isArray(overlaps) ? overlaps.length : 0,
    createdAt: createdAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
  }));
}

/**
 * Sets a report's follow-up status and notes. The audit records the status and notes only: the
 * resident’s name and phone stay out of the log, which outlives the report (the retention job deletes the
 * notes from it with the report).
 */
export async function updateReportFollowUp(db: Db, id: number, change: { status: ReportStatus; notes: string | null }, actor: Actor): Promise<boolean> {
  if (!REPORT_STATUSES.includes(change.status)) return false;
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ status: residentReports.status, notes: residentReports.notes }).from(residentReports).where(and(eq(residentReports.id, id), gt(residentReports.expiresAt, new Date()))).for('update');
    if (!before) return false;
    await tx.update(residentReports).set({ status: change.status, notes: change.notes, updatedAt: sql`now()` }).where(eq(residentReports.id, id));
    await recordChange(tx, actor, { action: 'follow-up', objectType: 'report', objectId: id, before, after: change });
    return true;
  });
}
