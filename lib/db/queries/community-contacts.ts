import 'server-only';
import type { StaffCommunity } from '@/lib/staff-api/records';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ContactInput, WorkerEdit } from '@/lib/community/contact-input';
import type { Db } from '../client';
import { communities, communityContacts, gridCells } from '../schema';
import { recordChange, type Actor } from './audit';

/** A save refused because the record changed since the editor read it: nothing was written. */
export type StaleWrite = { stale: true; current: number };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Every community (or those with `ids`) with its service numbers and grid workers, for the staff page (district, then name). */
export async function listStaffCommunities(db: Db, filter: { ids?: number[] } = {}): Promise<StaffCommunity[]> {
  const [rows, contacts, cells] = await Promise.all([
    db
      .select({ id: communities.id, code: communities.code, name: communities.name, district: communities.district, contactsVersion: communities.contactsVersion })
      .from(communities)
      .where(filter.ids ? inArray(communities.id, filter.ids) : undefined)
      .orderBy(asc(communities.district), asc(communities.name)),
    db
      .select({ id: communityContacts.id, communityId: communityContacts.communityId, label: communityContacts.label, phone: communityContacts.phone })
      .from(communityContacts)
      .where(filter.ids ? inArray(communityContacts.communityId, filter.ids) : undefined)
      .orderBy(asc(communityContacts.position), asc(communityContacts.id)),
    db
      .select({ id: gridCells.id, communityId: gridCells.communityId, name: gridCells.name, worker: gridCells.worker, workerPhone: gridCells.workerPhone, version: gridCells.version })
      .from(gridCells)
      .where(filter.ids ? inArray(gridCells.communityId, filter.ids) : undefined)
      .orderBy(asc(gridCells.id)),
  ]);
  const byCommunity = new Map(rows.map((r) => [r.id, { ...r, contacts: [] as StaffCommunity['contacts'], gridCells: [] as StaffCommunity['gridCells'] }]));
  for (const { communityId, ...c } of contacts) byCommunity.get(communityId)?.contacts.push(c);
  for (const { communityId, ...g } of cells) byCommunity.get(communityId)?.gridCells.push(g);
  return [...byCommunity.values()];
}

async function readContacts(db: Db | Tx, communityId: number): Promise<StaffCommunity['contacts']> {
  return db
    .select({ id: communityContacts.id, label: communityContacts.label, phone: communityContacts.phone })
    .from(communityContacts)
    .where(eq(communityContacts.communityId, communityId))
    .orderBy(asc(communityContacts.position), asc(communityContacts.id));
}

const auditList = (list: { label: string; phone: string }[]) => list.map(({ label, phone }) => ({ label, phone }));

export type SavedContacts = { contacts: StaffCommunity['contacts']; contactsVersion: number };

/**
 * Replaces a community's service numbers with `contacts`, in that order (adding, editing, reordering and
 * removing are one save), with the list before and after in the audit log. Rows whose label and phone are
 * unchanged keep their id. With `expectedVersion`, a list changed since then is refused (`stale`) and
 * nothing is written. Undefined for an unknown community.
 */
export async function saveCommunityContacts(
  db: Db | Tx,
  communityId: number,
  contacts: ContactInput[],
  actor: Actor,
  expectedVersion?: number,
): Promise<SavedContacts | StaleWrite | undefined> {
  return db.transaction(async (tx) => {
    // Locks the community row: two saves of the same list run one after the other, and the version check cannot race.
    const [community] = await tx.select({ id: communities.id, contactsVersion: communities.contactsVersion }).from(communities).where(eq(communities.id, communityId)).for('update');
    if (!community) return undefined;
    if (expectedVersion !== undefined && community.contactsVersion !== expectedVersion) return { stale: true, current: community.contactsVersion };
    const before = await readContacts(tx, communityId);
    const unused = [...before];
    const kept = new Set<number>();
    for (const [position, contact] of contacts.entries()) {
      const same = unused.findIndex((b) => b.label === contact.label && b.phone === contact.phone);
      if (same >= 0) {
        const [reused] = unused.splice(same, 1);
        kept.add(reused.id);
        await tx.update(communityContacts).set({ position, updatedAt: sql`now()` }).where(eq(communityContacts.id, reused.id));
      } else {
        await tx.insert(communityContacts).values({ communityId, label: contact.label, phone: contact.phone, position });
      }
    }
    for (const gone of unused) await tx.delete(communityContacts).where(eq(communityContacts.id, gone.id));
    const after = await readContacts(tx, communityId);
    if (JSON.stringify(auditList(before)) === JSON.stringify(auditList(after))) return { contacts: after, contactsVersion: community.contactsVersion };
    const [bumped] = await tx
      .update(communities)
      .set({ contactsVersion: sql`${communities.contactsVersion} + 1` })
      .where(eq(communities.id, communityId))
      .returning({ contactsVersion: communities.contactsVersion });
    await recordChange(tx, actor, { action: 'update-contacts', objectType: 'community', objectId: communityId, before: auditList(before), after: auditList(after) });
    return { contacts: after, contactsVersion: bumped.contactsVersion };
  });
}

type StaffGridCell = StaffCommunity['gridCells'][number];
const cellColumns = { id: gridCells.id, name: gridCells.name, worker: gridCells.worker, workerPhone: gridCells.workerPhone, version: gridCells.version };

/**
 * Sets a grid cell's responsible worker and phone (null clears), audited; undefined if the cell is not in
 * that community. With `expectedVersion`, a cell changed since then is refused (`stale`) unwritten.
 */
export async function updateGridCellWorker(
  db: Db,
  communityId: number,
  gridCellId: number,
  edit: WorkerEdit,
  actor: Actor,
  expectedVersion?: number,
): Promise<StaffGridCell | (StaleWrite & { name: string }) | undefined> {
  return db.transaction(async (tx) => {
    const where = and(eq(gridCells.id, gridCellId), eq(gridCells.communityId, communityId));
    const [before] = await tx.select(cellColumns).from(gridCells).where(where).for('update');
    if (!before) return undefined;
    if (expectedVersion !== undefined && before.version !== expectedVersion) return { stale: true, current: before.version, name: before.name };
    if (before.worker === edit.worker && before.workerPhone === edit.workerPhone) return before;
    const [after] = await tx
      .update(gridCells)
      .set({ worker: edit.worker, workerPhone: edit.workerPhone, version: sql`${gridCells.version} + 1` })
      .where(where)
      .returning(cellColumns);
    if (before.worker !== after.worker || before.workerPhone !== after.workerPhone) {
      await recordChange(tx, actor, {
        action: 'update-worker',
        objectType: 'grid-cell',
        objectId: gridCellId,
        before: { communityId, name: before.name, worker: before.worker, workerPhone: before.workerPhone },
        after: { communityId, name: after.name, worker: after.worker, workerPhone: after.workerPhone },
      });
    }
    return after;
  });
}
