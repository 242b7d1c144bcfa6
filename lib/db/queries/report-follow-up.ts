import 'server-only';
import { and, asc, eq, gt, ilike, or, sql } from 'drizzle-orm';
import { containsPattern, type ListPage, type ListQuery } from '@/lib/lists/list-query';
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
  return (await listFollowUpReportPage(db, { q: '', page: 1, pageSize: 100_000 }, now)).rows;
}

/**
 * One page of the reports to follow up (order as `listFollowUpReports`), matching `q` in the community's name,
 * the resident's name or phone, or the status, with the count of all that match.
 *
 * @example
 * await listFollowUpReportPage(db, { q: 'new', page: 1, pageSize: 50 }) // → { rows: [FollowUpReport…], total: 12, … }
 */
export async function listFollowUpReportPage(
  db: Db,
  query: ListQuery,
  now: Date = new Date(),
): Promise<ListPage<FollowUpReport>> {
  const pattern = containsPattern(query.q);
  // The retention job deletes expired reports; until it has run, they are hidden here too.
  const where = and(
    gt(residentReports.expiresAt, now),
    query.q
      ? or(
          ilike(communities.name, pattern),
          ilike(residentReports.name, pattern),
          ilike(residentReports.phone, pattern),
          ilike(sql`${residentReports.status}::text`, pattern),
        )
      : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: residentReports.id,
        community: communities.name,
        name: residentReports.name,
        phone: residentReports.phone,
        overlapCount: sql<
          number | string
        >`CASE WHEN jsonb_typeof(${residentReports.overlaps}) = 'array' THEN jsonb_array_length(${residentReports.overlaps}) ELSE 0 END`,
        status: residentReports.status,
        notes: residentReports.notes,
        createdAt: residentReports.createdAt,
        expiresAt: residentReports.expiresAt,
      })
      .from(residentReports)
      .innerJoin(communities, eq(communities.id, residentReports.communityId))
      .where(where)
      .orderBy(
        sql`array_position(array['new','contacted','tested','cleared']::report_status[], ${residentReports.status})`,
        asc(residentReports.createdAt),
        asc(residentReports.id),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: sql<number | string>`count(*)` })
      .from(residentReports)
      .innerJoin(communities, eq(communities.id, residentReports.communityId))
      .where(where),
  ]);
  return {
    rows: rows.map(({ overlapCount, createdAt, expiresAt, ...r }) => ({
      ...r,
      overlapCount: Number(overlapCount),
      createdAt: createdAt.toISOString(),
      expiresAt: expiresAt.toISOString(),
    })),
    total: Number(count?.total ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Sets a report's follow-up status and notes. The audit records the status and notes only: the
 * resident’s name and phone stay out of the log, which outlives the report (the retention job deletes the
 * notes from it with the report).
 */
export async function updateReportFollowUp(
  db: Db,
  id: number,
  change: { status: ReportStatus; notes: string | null },
  actor: Actor,
): Promise<boolean> {
  if (!REPORT_STATUSES.includes(change.status)) return false;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: residentReports.status, notes: residentReports.notes })
      .from(residentReports)
      .where(and(eq(residentReports.id, id), gt(residentReports.expiresAt, new Date())))
      .for('update');
    if (!before) return false;
    await tx
      .update(residentReports)
      .set({ status: change.status, notes: change.notes, updatedAt: sql`now()` })
      .where(eq(residentReports.id, id));
    await recordChange(tx, actor, { action: 'follow-up', objectType: 'report', objectId: id, before, after: change });
    return true;
  });
}
