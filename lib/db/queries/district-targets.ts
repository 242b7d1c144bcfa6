import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { TargetInput } from '@/lib/community/round-input';
import { rowsOf, type Db } from '../client';
import { communities, districtTargets } from '../schema';
import { recordChange, type Actor } from './audit';
import { AppError } from '@/lib/errors/app-error';

export type DistrictTargetRow = { id: number; district: string; targetCount: number; dueOn: string; version: number };
/** The target changed since the editor read it (version `current` now, shown as `target`): nothing was written. */
export type TargetStale = { stale: true; current: number; target: DistrictTargetRow };
/** A saved target or a stale one; a refused write throws a coded AppError naming the field (`target.*`, `request.not-found`). */
export type TargetWriteResult = { target: DistrictTargetRow } | TargetStale;

/** Every district target, by district then due date. */
export async function listDistrictTargets(db: Db): Promise<DistrictTargetRow[]> {
  const rows = rowsOf<{ id: number; district: string; target_count: number; due_on: string; version: number }>(
    await db.execute(sql`SELECT id, district, target_count, to_char(due_on, 'YYYY-MM-DD') AS due_on, version FROM district_targets ORDER BY district, due_on`),
  );
  return rows.map((r) => ({ id: Number(r.id), district: r.district, targetCount: Number(r.target_count), dueOn: r.due_on, version: Number(r.version) }));
}

const isUniqueViolation = (error: unknown) => ((error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code) === '23505';

const rowOf = (t: { id: number; district: string; targetCount: number; dueOn: string; version: number }): DistrictTargetRow => ({ id: t.id, district: t.district, targetCount: t.targetCount, dueOn: t.dueOn, version: t.version });

/**
 * Creates (no id) or changes a district target, audited. The district must be one the communities name;
 * one target per district and due date (409 otherwise). With `expectedVersion`, a target changed since
 * then is refused (`stale`) unwritten.
 */
export async function saveDistrictTarget(db: Db, id: number | null, input: TargetInput, actor: Actor, expectedVersion?: number): Promise<TargetWriteResult> {
  try {
    return await db.transaction(async (tx) => {
      const [known] = await tx.select({ id: communities.id }).from(communities).where(eq(communities.district, input.district)).limit(1);
      if (!known) throw new AppError('target.district-unknown', { district: input.district }, { details: { field: 'district' } });
      const before = id === null ? undefined : (await tx.select().from(districtTargets).where(eq(districtTargets.id, id)).for('update'))[0];
      if (id !== null && !before) throw new AppError('request.not-found');
      if (before && expectedVersion !== undefined && before.version !== expectedVersion) return { stale: true, current: before.version, target: rowOf(before) };
      const [saved] = before
        ? await tx.update(districtTargets).set({ ...input, version: sql`${districtTargets.version} + 1`, updatedAt: sql`now()` }).where(eq(districtTargets.id, before.id)).returning()
        : await tx.insert(districtTargets).values(input).returning();
      await recordChange(tx, actor, {
        action: before ? 'update' : 'create',
        objectType: 'district-target',
        objectId: saved.id,
        before: before ? { district: before.district, targetCount: before.targetCount, dueOn: before.dueOn } : undefined,
        after: input,
      });
      return { target: rowOf(saved) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('target.exists', { district: input.district, dueOn: input.dueOn }, { details: { field: 'dueOn' } });
    throw error;
  }
}

/** Deletes a target; audited. Returns whether it existed. */
export async function deleteDistrictTarget(db: Db, id: number, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx.delete(districtTargets).where(eq(districtTargets.id, id)).returning();
    if (!before) return false;
    await recordChange(tx, actor, { action: 'delete', objectType: 'district-target', objectId: id, before: { district: before.district, targetCount: before.targetCount, dueOn: before.dueOn } });
    return true;
  });
}
