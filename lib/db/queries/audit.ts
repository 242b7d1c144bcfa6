import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, users } from '../schema';
import { bumpDataVersion } from '../data-version';

export type Actor = { userId?: number; label?: string };

type Executor = Pick<Db, 'insert'>;


/** Writes one audit entry: who, what, before and after. Call it inside the change's transaction. */
export async function recordChange(
  db: Executor,
  actor: Actor,
  change: { action: string; objectType: string; objectId: string | number; before?: unknown; after?: unknown },
): Promise<void> {
  bumpDataVersion();
  await db.insert(auditLog).values({
    actorId: actor.userId ?? null,
    actorLabel: actor.label ?? null,
    action: change.action,
    objectType: change.objectType,
    objectId: String(change.objectId),
    before: change.before ?? null,
    after: change.after ?? null,
  });
}

export type AuditRow = { id: number; at: string; actor: string; action: string; objectType: string; objectId: string; before: unknown; after: unknown };

/** The newest audit entries, optionally for one object type and id, with the actor's username or label. */
export async function listAuditEntries(db: Db, filter: { objectType?: string; objectId?: string; limit?: number } = {}): Promise<AuditRow[]> {
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      username: users.username,
      label: auditLog.actorLabel,
      action: auditLog.action,
      objectType: auditLog.objectType,
      objectId: auditLog.objectId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(filter.objectType ? eq(auditLog.objectType, filter.objectType) : undefined, filter.objectId ? eq(auditLog.objectId, filter.objectId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(Math.min(filter.limit ?? 200, 1000));
  return rows.map(({ username, label, at, ...r }) => ({ ...r, at: at.toISOString(), actor: username ?? label ?? '?' }));
}
