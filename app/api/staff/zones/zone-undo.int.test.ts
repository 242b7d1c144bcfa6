import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { jsonRequest, paramsOf, sessionCookieFor } from '@/lib/db/staff-test-support';
import { listAuditEntries } from '@/lib/db/queries/audit';
import { getZone, liftZone as liftDirect, undoZoneAction } from '@/lib/db/queries/zone-edits';
import { isAppError } from '@/lib/errors/app-error';
import { POST as createZone } from './route';
import { POST as liftZone } from './[id]/lift/route';
import { POST as stepZone } from './[id]/step/route';
import { POST as undoZone } from './[id]/undo/route';

const square = { type: 'Polygon', coordinates: [[[121.4, 31.2], [121.401, 31.2], [121.401, 31.201], [121.4, 31.201], [121.4, 31.2]]] };
let db: Db;
let staff: string;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  staff = await sessionCookieFor(db, 'staff', 'zoner');
});

const create = async (name: string) => (await (await createZone(jsonRequest('POST', '/api/staff/zones', { kind: 'controlled', name, effectiveFrom: '2022-04-01T00:00:00+08:00', geometry: square }, staff))).json()).zone;
const post = (handler: typeof undoZone, id: number, action: string, body: unknown) => handler(jsonRequest('POST', `/api/staff/zones/${id}/${action}`, body, staff), paramsOf({ id: String(id) }));

describe(`zone actions that forgive, on ${databaseKind}`, () => {
  it('undoes a lift: the zone is in force again, as a new version, and the undo is audited', async () => {
    const zone = await create('Controlled · Oryu-dong');
    expect((await post(liftZone, zone.id, 'lift', { version: 1 })).status).toBe(200);
    expect((await getZone(db, zone.id))?.liftedAt).not.toBeNull();
    const undone = await post(undoZone, zone.id, 'undo', { version: 2 });
    expect(undone.status).toBe(200);
    expect((await undone.json()).zone).toMatchObject({ liftedAt: null, version: 3, name: 'Controlled · Oryu-dong' });
    const [entry] = await listAuditEntries(db, { objectType: 'zone', objectId: String(zone.id) });
    expect(entry).toMatchObject({ action: 'undo-lift', actor: 'zoner', after: { liftedAt: null, version: 3 } });
    // Nothing left to undo: the last change is the undo itself.
    const again = await post(undoZone, zone.id, 'undo', { version: 3 });
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('zone.undo-nothing');
  });

  it('a step renames a zone whose name says its kind, and its undo restores kind and name', async () => {
    const zone = await create('Controlled · Gwangmyeong');
    const stepped = await post(stepZone, zone.id, 'step', { version: 1, to: 'precaution' });
    expect((await stepped.json()).zone).toMatchObject({ kind: 'precaution', name: 'Precaution · Gwangmyeong', version: 2 });
    const typed = await create('Block 7 east gate');
    expect((await (await post(stepZone, typed.id, 'step', { version: 1, to: 'precaution' })).json()).zone.name).toBe('Block 7 east gate');
    const undone = await post(undoZone, zone.id, 'undo', { version: 2 });
    expect((await undone.json()).zone).toMatchObject({ kind: 'controlled', name: 'Controlled · Gwangmyeong', version: 3 });
  });

  it('refuses a stale undo (409 with the current zone) and one past the window, changing nothing', async () => {
    const zone = await create('Controlled · Late');
    await liftDirect(db, zone.id, 1, { label: 'test' });
    expect((await post(undoZone, zone.id, 'undo', { version: 1 })).status).toBe(409);
    const late = await undoZoneAction(db, zone.id, 2, { label: 'test' }, new Date(Date.now() + 11 * 60_000)).catch((e: unknown) => e);
    expect(isAppError(late) && late.code).toBe('zone.undo-expired');
    expect((await getZone(db, zone.id))).toMatchObject({ version: 2, liftedAt: expect.any(String) });
  });
});
