import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { MultiPolygon } from 'geojson';
import type { ZoneEdit } from '@/lib/zones/read-zone-edit';
import { rowsOf, type Db } from '../client';
import { auditLog, users, zones } from '../schema';
import type { ZoneKind } from '@/lib/enums';
import { AppError } from '@/lib/errors/app-error';
import { renameForKind } from '@/lib/zones/rename-for-kind';
import { settings } from '@/lib/env';
import { asGeoJson } from './map-filter';
import { recordChange, type Actor } from './audit';
import { databaseErrorText } from './database-error';
import type { LocalizedText } from '@/lib/errors/app-error';
import type { ZoneSnapshot } from '@/lib/zones/zone-types';


export type ZoneWriteResult =
  | { ok: true; zone: ZoneSnapshot }
  | { ok: false; reason: 'conflict'; current: ZoneSnapshot }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'invalid'; message: LocalizedText };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function readSnapshot(db: Db | Tx, id: number, forUpdate = false): Promise<ZoneSnapshot | undefined> {
  const query = db
    .select({
      id: zones.id,
      kind: zones.kind,
      name: zones.name,
      effectiveFrom: zones.effectiveFrom,
      plannedLift: zones.plannedLift,
      liftedAt: zones.liftedAt,
      kindSince: zones.kindSince,
      note: zones.note,
      version: zones.version,
      updatedAt: zones.updatedAt,
      updatedBy: users.username,
      geometry: asGeoJson(zones.geom),
    })
    .from(zones)
    .leftJoin(users, eq(users.id, zones.updatedBy))
    .where(eq(zones.id, id));
  if (forUpdate) {
    // Row lock so two saves of one zone serialise and the version check cannot race. The lock is its own
    // statement: a locking read with a join would, after waiting, re-check the new zone row against the
    // old joined user row (PostgreSQL's EvalPlanQual) and lose the last editor's name.
    await db.select({ id: zones.id }).from(zones).where(eq(zones.id, id)).for('update');
  }
  const [row] = await query;
  if (!row) return undefined;
  return {
    ...row,
    effectiveFrom: row.effectiveFrom.toISOString(),
    plannedLift: iso(row.plannedLift),
    liftedAt: iso(row.liftedAt),
    kindSince: (row.kindSince ?? row.effectiveFrom).toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    geometry: JSON.parse(row.geometry) as MultiPolygon,
  };
}

/** The audit's view of a zone: everything a reviewer needs, without the bookkeeping columns. */
const auditView = ({ updatedAt: _at, updatedBy: _by, ...rest }: ZoneSnapshot) => rest;

/** A stored zone as the audit log keeps it (geometry included), for writes outside this module (imports). */
export async function zoneAuditState(db: Db | Tx, id: number): Promise<ReturnType<typeof auditView> | undefined> {
  const snapshot = await readSnapshot(db, id);
  return snapshot ? auditView(snapshot) : undefined;
}

/** Runs a write in a transaction, turning constraint violations into a sentence for the editor. */
async function writing(db: Db, body: (tx: Tx) => Promise<ZoneWriteResult>): Promise<ZoneWriteResult> {
  try {
    return await db.transaction(body);
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    // 23xxx: integrity constraint violations (the user's data); anything else is infrastructure.
    if (code?.startsWith('23')) return { ok: false, reason: 'invalid', message: databaseErrorText(error) };
    throw error;
  }
}

/** One zone by id, with its version and last editor (for the editor and conflict messages). */
export function getZone(db: Db, id: number): Promise<ZoneSnapshot | undefined> {
  return readSnapshot(db, id);
}

async function insertZone(tx: Tx, zone: ZoneEdit, actor: Actor): Promise<ZoneSnapshot> {
  const [row] = await tx
    .insert(zones)
    .values({ ...zone, version: 1, liftedAt: null, createdBy: actor.userId ?? null, updatedBy: actor.userId ?? null })
    .returning({ id: zones.id });
  const saved = (await readSnapshot(tx, row.id)) as ZoneSnapshot;
  await recordChange(tx, actor, { action: 'create', objectType: 'zone', objectId: row.id, after: auditView(saved) });
  return saved;
}

/** Creates a zone and its audit entry in one transaction. */
export function createZone(db: Db, zone: ZoneEdit, actor: Actor): Promise<ZoneWriteResult> {
  return writing(db, async (tx) => ({ ok: true, zone: await insertZone(tx, zone, actor) }));
}

/** Creates several zones (e.g. the three generated around a place) all or none. Returns the last one saved. */
export function createZones(db: Db, batch: ZoneEdit[], actor: Actor): Promise<ZoneWriteResult> {
  return writing(db, async (tx) => {
    let last: ZoneSnapshot | undefined;
    for (const zone of batch) last = await insertZone(tx, zone, actor);
    if (!last) return { ok: false, reason: 'invalid', message: { 'zh-CN': '没有要保存的区域', en: 'no zones to save' } };
    return { ok: true, zone: last };
  });
}

/**
 * Changes a zone only if nobody else has since the editor read it: `version` must be the current one.
 * Otherwise nothing is written and the other person's version comes back as the conflict.
 */
async function changeZone(
  db: Db,
  id: number,
  version: number,
  actor: Actor,
  action: string,
  change: (tx: Tx) => Promise<void>,
): Promise<ZoneWriteResult> {
  return writing(db, async (tx) => {
    const before = await readSnapshot(tx, id, true);
    if (!before) return { ok: false, reason: 'not-found' };
    if (before.version !== version) return { ok: false, reason: 'conflict', current: before };
    await change(tx);
    const after = await readSnapshot(tx, id);
    await recordChange(tx, actor, { action, objectType: 'zone', objectId: id, before: auditView(before), after: after ? auditView(after) : null });
    return after ? { ok: true, zone: after } : { ok: true, zone: before };
  });
}

const bump = (actor: Actor) => ({ version: sql`${zones.version} + 1`, updatedBy: actor.userId ?? null, updatedAt: sql`now()` });

/** Saves an edited zone (kind, name, times, note, boundary) if `zone.version` is still current. */
export function updateZone(db: Db, id: number, zone: ZoneEdit & { version: number }, actor: Actor): Promise<ZoneWriteResult> {
  const { version, ...values } = zone;
  return changeZone(db, id, version, actor, 'update', async (tx) => {
    // A change of kind restarts the lifecycle clock.
    const kindSince = sql`case when ${zones.kind} = ${values.kind}::zone_kind then ${zones.kindSince} else now() end`;
    await tx.update(zones).set({ ...values, kindSince, ...bump(actor) }).where(eq(zones.id, id));
  });
}

/**
 * Confirms a lifecycle step proposed by the workspace: the zone takes kind `to` from now, and the step is in
 * the history. A name that says the old kind follows the new one (`renameForKind`); a name staff typed stays.
 */
export function stepZone(db: Db, id: number, version: number, to: ZoneKind, actor: Actor, at: Date = new Date()): Promise<ZoneWriteResult> {
  return changeZone(db, id, version, actor, 'step', async (tx) => {
    const [current] = await tx.select({ kind: zones.kind, name: zones.name }).from(zones).where(eq(zones.id, id));
    await tx.update(zones).set({ kind: to, kindSince: at, name: renameForKind(current.name, current.kind, to), ...bump(actor) }).where(eq(zones.id, id));
  });
}

type AuditedZone = { kind: ZoneKind; name: string; liftedAt: string | null; kindSince: string; version: number };

/**
 * Undoes the zone's last lift or lifecycle step, if it was the zone's last change and is under
 * `settings.zoneUndoMinutes` (GRIDWATCH_ZONE_UNDO_MINUTES, default 10) old: kind, name, lift and lifecycle clock return to what they were, as a new version,
 * audited as `undo-lift` / `undo-step`. Otherwise AppError `zone.undo-nothing` or `zone.undo-expired`.
 */
export function undoZoneAction(db: Db, id: number, version: number, actor: Actor, now: Date = new Date()): Promise<ZoneWriteResult> {
  return writing(db, async (tx) => {
    const current = await readSnapshot(tx, id, true);
    if (!current) return { ok: false, reason: 'not-found' };
    if (current.version !== version) return { ok: false, reason: 'conflict', current };
    const [last] = await tx
      .select({ action: auditLog.action, at: auditLog.at, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.objectType, 'zone'), eq(auditLog.objectId, String(id))))
      .orderBy(desc(auditLog.id))
      .limit(1);
    const before = last?.before as AuditedZone | null;
    const after = last?.after as AuditedZone | null;
    if (!last || !before || (last.action !== 'lift' && last.action !== 'step') || after?.version !== current.version) throw new AppError('zone.undo-nothing');
    if (now.getTime() - last.at.getTime() > settings.zoneUndoMinutes * 60_000) throw new AppError('zone.undo-expired', { minutes: settings.zoneUndoMinutes });
    await tx
      .update(zones)
      .set({ kind: before.kind, name: before.name, liftedAt: before.liftedAt ? new Date(before.liftedAt) : null, kindSince: new Date(before.kindSince), ...bump(actor) })
      .where(eq(zones.id, id));
    const restored = (await readSnapshot(tx, id)) as ZoneSnapshot;
    await recordChange(tx, actor, { action: `undo-${last.action}`, objectType: 'zone', objectId: id, before: auditView(current), after: auditView(restored) });
    return { ok: true, zone: restored };
  });
}

/** A condition on `zones z`: those with these ids (none for an empty list), or every zone without a list. */
const onlyZones = (ids: number[] | undefined) =>
  ids === undefined ? sql`true` : ids.length ? sql`z.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})` : sql`false`;

/** Per zone (or the zones `ids` names: one page of the list), the lifecycle clock's inputs: when it took its kind, and when the last case (draft or published) with a visit inside it was reported. */
export async function listZoneClocks(db: Db, ids?: number[]): Promise<Map<number, { kindSince: Date; lastCaseAt: Date | null }>> {
  const result = await db.execute(sql`
    select z.id as zone_id, coalesce(z.kind_since, z.effective_from) as kind_since,
      (select max(c.reported_at) from case_visits v join cases c on c.id = v.case_id where ST_Intersects(z.geom, v.geom)) as last_at
    from zones z where ${onlyZones(ids)}`);
  return new Map(
    rowsOf<{ zone_id: number; kind_since: string | Date; last_at: string | Date | null }>(result).map((r) => [
      Number(r.zone_id),
      { kindSince: new Date(r.kind_since), lastCaseAt: r.last_at ? new Date(r.last_at) : null },
    ]),
  );
}
/** Lifts a zone at `at` (default now): it leaves the map but stays in the history. */
export function liftZone(db: Db, id: number, version: number, actor: Actor, at: Date = new Date()): Promise<ZoneWriteResult> {
  return changeZone(db, id, version, actor, 'lift', async (tx) => {
    await tx.update(zones).set({ liftedAt: at, ...bump(actor) }).where(eq(zones.id, id));
  });
}

/** Deletes a zone drawn by mistake (a zone that was in force should be lifted instead); the audit keeps its last state. */
export async function deleteZone(db: Db, id: number, version: number, actor: Actor): Promise<ZoneWriteResult> {
  return writing(db, async (tx) => {
    const before = await readSnapshot(tx, id, true);
    if (!before) return { ok: false, reason: 'not-found' };
    if (before.version !== version) return { ok: false, reason: 'conflict', current: before };
    await tx.delete(zones).where(eq(zones.id, id));
    await recordChange(tx, actor, { action: 'delete', objectType: 'zone', objectId: id, before: auditView(before) });
    return { ok: true, zone: before };
  });
}

export type ZoneReach = { zoneId: number; communities: { code: string; name: string; population: number | null }[]; population: number };

/**
 * Per zone (or the zones `ids` names), the communities its boundary touches (PostGIS ST_Intersects on the GiST indexes) and their
 * summed population (unknown populations count as 0).
 */
export async function listZoneReach(db: Db, ids?: number[]): Promise<Map<number, ZoneReach>> {
  const result = await db.execute(sql`
    select z.id as zone_id, c.code, c.name, c.population
    from zones z join communities c on ST_Intersects(z.geom, c.boundary)
    where ${onlyZones(ids)}
    order by z.id, c.name`);
  const reach = new Map<number, ZoneReach>();
  for (const row of rowsOf<{ zone_id: number; code: string; name: string; population: number | null }>(result)) {
    const entry = reach.get(Number(row.zone_id)) ?? { zoneId: Number(row.zone_id), communities: [], population: 0 };
    entry.communities.push({ code: row.code, name: row.name, population: row.population === null ? null : Number(row.population) });
    entry.population += Number(row.population ?? 0);
    reach.set(entry.zoneId, entry);
  }
  return reach;
}

export type CommunityClock = { id: number; name: string; zoneKinds: ZoneKind[]; lastCaseAt: Date | null; lastZoneAt: Date | null };

/**
 * Per community: the kinds of zones in force at `now` touching it, the last case reported with a visit
 * inside it, and the last time a zone touching it was in force (its lift, or now).
 */
export async function listCommunityClocks(db: Db, now: Date = new Date()): Promise<CommunityClock[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    select c.id, c.name,
      (select coalesce(array_agg(distinct z.kind::text), '{}') from zones z
        where ST_Intersects(z.geom, c.boundary) and z.effective_from <= ${at} and (z.lifted_at is null or z.lifted_at > ${at})) as kinds,
      (select max(k.reported_at) from case_visits v join cases k on k.id = v.case_id where ST_Intersects(v.geom, c.boundary)) as last_case,
      (select max(coalesce(z.lifted_at, ${at})) from zones z where ST_Intersects(z.geom, c.boundary) and z.effective_from <= ${at}) as last_zone
    from communities c order by c.name`);
  const asDate = (v: string | Date | null) => (v ? new Date(v) : null);
  return rowsOf<{ id: number; name: string; kinds: string[] | string; last_case: string | Date | null; last_zone: string | Date | null }>(result).map((r) => ({
    id: Number(r.id),
    name: r.name,
    // postgres-js parses text[]; PGlite may hand back the literal '{a,b}'.
    zoneKinds: (Array.isArray(r.kinds) ? r.kinds : r.kinds.replace(/[{}]/g, '').split(',').filter(Boolean)) as ZoneKind[],
    lastCaseAt: asDate(r.last_case),
    lastZoneAt: asDate(r.last_zone),
  }));
}
