import 'server-only';
import type { Db } from '../client';
import { auditLog } from '../schema';

export type Actor = { userId?: number; label?: string };

type Executor = Pick<Db, 'insert'>;

/** Writes one audit entry: who, what, before and after. Call it inside the change's transaction. */
export async function recordChange(
  db: Executor,
  actor: Actor,
  change: { action: string; objectType: string; objectId: string | number; before?: unknown; after?: unknown },
): Promise<void> {
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
