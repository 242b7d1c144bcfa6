import 'server-only';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { ReportInput } from '@/lib/check/report-input';
import type { Db } from '../client';
import { auditLog, residentReports } from '../schema';

const DAY_MS = 86_400_000;

/**
 * Stores a resident's consented report; it expires `retentionDays` after `now` and is then deleted by the
 * retention job. Returns only its id and expiry: nothing personal goes back over the wire.
 *
 * @example
 * await createReport(db, report, { retentionDays: 14 }) // → { id: 1, expiresAt: 2026-12-07T… }
 */
export async function createReport(db: Db, report: ReportInput, options: { retentionDays: number; now?: Date }): Promise<{ id: number; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const expiresAt = new Date(now.getTime() + options.retentionDays * DAY_MS);
  const [row] = await db
    .insert(residentReports)
    .values({
      communityId: report.communityId,
      name: report.name,
      phone: report.phone,
      overlaps: report.overlaps,
      trajectory: report.trajectory ?? null,
      consentedAt: now,
      createdAt: now,
      updatedAt: now,
      expiresAt,
    })
    .returning({ id: residentReports.id, expiresAt: residentReports.expiresAt });
  return row;
}

/**
 * Deletes every report whose retention has run out by `now`, and the follow-up notes about it that the
 * audit log kept (they may say "tested positive"); the log keeps who changed the status and when.
 * Returns how many reports went.
 *
 * @example
 * await deleteExpiredReports(db, new Date()) // → 3
 */
export async function deleteExpiredReports(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const deleted = await tx.delete(residentReports).where(lte(residentReports.expiresAt, now)).returning({ id: residentReports.id });
    if (deleted.length > 0) {
      await tx
        .update(auditLog)
        .set({ before: sql`${auditLog.before} - 'notes'`, after: sql`${auditLog.after} - 'notes'` })
        .where(and(eq(auditLog.objectType, 'report'), inArray(auditLog.objectId, deleted.map((r) => String(r.id)))));
    }
    return deleted.length;
  });
}
