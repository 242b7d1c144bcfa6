import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { jsonRequest, paramsOf, sessionCookieFor } from '@/lib/testing/staff-test-support';
import { listZones } from '@/lib/db/queries/zones';
import { POST as createZone } from './route';
import { DELETE as deleteZone, PUT as updateZone } from './[id]/route';
import { POST as liftZone } from './[id]/lift/route';
import { POST as stepZone } from './[id]/step/route';
import { listCommunityClocks, listZoneClocks } from '@/lib/db/queries/zone-edits';
import { communities } from '@/lib/db/schema';
import { communityStatus } from '@/lib/zones/community-status';
import { saveCaseTracks } from '@/lib/db/queries/cases';
import { proposeStep, SHANGHAI_2022_RULE } from '@/lib/zones/lifecycle';

const square = { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.5], [126.88, 37.49]]] };
const zone = { kind: 'sealed', name: 'Block 3', effectiveFrom: '2022-04-01T00:00:00+08:00', geometry: square };

let db: Db;
let staff: string;
let staff2: string;
let official: string;

const auditCount = async (objectId: number) =>
  Number(rowsOf<{ n: string }>(await db.execute(sql`select count(*) as n from audit_log where object_type = 'zone' and object_id = ${String(objectId)}`))[0].n);

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  [staff, staff2, official] = [await sessionCookieFor(db, 'staff'), await sessionCookieFor(db, 'staff'), await sessionCookieFor(db, 'official')];
});

describe(`zone editing on ${databaseKind}`, () => {
  it('creates a zone with an audit entry naming the staff member, and shows it on the public map', async () => {
    const response = await createZone(jsonRequest('POST', '/api/staff/zones', zone, staff));
    expect(response.status).toBe(201);
    const { zone: saved } = await response.json();
    expect(saved).toMatchObject({ name: 'Block 3', kind: 'sealed', version: 1 });
    const [entry] = rowsOf<{ actor_id: number; action: string; after: { name: string } }>(
      await db.execute(sql`select actor_id, action, after from audit_log where object_type = 'zone' and object_id = ${String(saved.id)}`),
    );
    expect(entry).toMatchObject({ action: 'create', after: { name: 'Block 3' } });
    expect(entry.actor_id).toBeGreaterThan(0);
    const publicZones = await listZones(db, { at: new Date('2022-04-02T00:00:00Z') });
    expect(publicZones.features.map((f) => f.properties.name)).toContain('Block 3');
  });

  it('lets exactly one of two saves from the same version win; the other gets a 409 with the winner', async () => {
    const { zone: created } = await (await createZone(jsonRequest('POST', '/api/staff/zones', { ...zone, name: 'Contested' }, staff))).json();
    const [a, b] = await Promise.all([
      updateZone(jsonRequest('PUT', `/api/staff/zones/${created.id}`, { ...zone, name: 'Contested', note: 'from A', version: 1 }, staff), paramsOf({ id: String(created.id) })),
      updateZone(jsonRequest('PUT', `/api/staff/zones/${created.id}`, { ...zone, name: 'Contested', note: 'from B', version: 1 }, staff2), paramsOf({ id: String(created.id) })),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = await (a.status === 409 ? a : b).json();
    const winner = await (a.status === 200 ? a : b).json();
    expect(loser.current.version).toBe(2);
    expect(loser.current.note).toBe(winner.zone.note);
    expect(loser.current.updatedBy).toMatch(/^staff-/);
    expect(await auditCount(created.id)).toBe(2); // create + one update: the loser wrote nothing
  });

  it('refuses an official (403), a stranger (401) and a cross-origin request (403) and writes nothing', async () => {
    const before = (await listZones(db)).features.length;
    expect((await createZone(jsonRequest('POST', '/api/staff/zones', { ...zone, name: 'Official' }, official))).status).toBe(403);
    expect((await createZone(jsonRequest('POST', '/api/staff/zones', { ...zone, name: 'Stranger' }))).status).toBe(401);
    expect((await createZone(jsonRequest('POST', '/api/staff/zones', { ...zone, name: 'Forged' }, staff, 'https://evil.example'))).status).toBe(403);
    expect((await listZones(db)).features.length).toBe(before);
  });

  it('rejects a self-intersecting zone with a message and saves nothing', async () => {
    const before = (await listZones(db)).features.length;
    const bowTie = { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.89, 37.5], [126.89, 37.49], [126.88, 37.5], [126.88, 37.49]]] };
    const response = await createZone(jsonRequest('POST', '/api/staff/zones', { ...zone, name: 'Bow tie', geometry: bowTie }, staff));
    expect(response.status).toBe(422);
    // The request has no language: the answer is in Chinese, the app's first language, with the crossing.
    expect(await response.json()).toMatchObject({ code: 'zone.self-intersection', field: 'geometry', error: expect.stringMatching(/^区域边界自相交（约在 126\.885000, 37\.495000/) });
    expect((await listZones(db)).features.length).toBe(before);
  });

  it('lifts a zone (kept in the history, gone from the map now) and deletes one, checking versions', async () => {
    const { zone: created } = await (await createZone(jsonRequest('POST', '/api/staff/zones', { ...zone, name: 'To lift' }, staff))).json();
    const lifted = await liftZone(jsonRequest('POST', `/api/staff/zones/${created.id}/lift`, { version: 1 }, staff), paramsOf({ id: String(created.id) }));
    expect(lifted.status).toBe(200);
    expect((await lifted.json()).zone.liftedAt).not.toBeNull();
    expect((await listZones(db, { at: new Date() })).features.map((f) => f.properties.name)).not.toContain('To lift');
    expect((await listZones(db)).features.map((f) => f.properties.name)).toContain('To lift');

    const stale = await deleteZone(jsonRequest('DELETE', `/api/staff/zones/${created.id}?version=1`, undefined, staff), paramsOf({ id: String(created.id) }));
    expect(stale.status).toBe(409);
    const gone = await deleteZone(jsonRequest('DELETE', `/api/staff/zones/${created.id}?version=2`, undefined, staff), paramsOf({ id: String(created.id) }));
    expect(gone.status).toBe(200);
    expect((await listZones(db)).features.map((f) => f.properties.name)).not.toContain('To lift');
    expect(await auditCount(created.id)).toBe(3);
  });

  it('proposes the Shanghai step when due, restarts the clock at a case inside, and records the confirmed step', async () => {
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const { zone: created } = await (await createZone(jsonRequest('POST', '/api/staff/zones', { ...zone, name: 'Lifecycle', effectiveFrom: tenDaysAgo }, staff))).json();
    const clockOf = async () => (await listZoneClocks(db)).get(created.id)!;
    const proposal = () => clockOf().then((c) => proposeStep({ kind: 'sealed', kindSince: c.kindSince, liftedAt: null }, c.lastCaseAt, SHANGHAI_2022_RULE, new Date()));
    expect(await proposal()).toMatchObject({ to: 'controlled', isDue: true });

    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await saveCaseTracks(db, [{ caseCode: 'L-1', reportedAt: twoDaysAgo, parts: [{ kind: 'stay', lngLat: [126.885, 37.495], start: twoDaysAgo.getTime() - 3600_000, end: twoDaysAgo.getTime() }] }], { label: 'test' });
    expect(await proposal()).toMatchObject({ to: 'controlled', isDue: false });

    const stepped = await stepZone(jsonRequest('POST', `/api/staff/zones/${created.id}/step`, { version: 1, to: 'controlled' }, staff), paramsOf({ id: String(created.id) }));
    expect(stepped.status).toBe(200);
    expect((await stepped.json()).zone).toMatchObject({ kind: 'controlled', version: 2 });
    const [entry] = rowsOf<{ action: string; before: { kind: string }; after: { kind: string } }>(
      await db.execute(sql`select action, before, after from audit_log where object_type = 'zone' and object_id = ${String(created.id)} and action = 'step'`),
    );
    expect(entry).toMatchObject({ before: { kind: 'sealed' }, after: { kind: 'controlled' } });
    expect((await clockOf()).kindSince.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('saves generated zones all or none', async () => {
    const before = (await listZones(db)).features.length;
    const twin = { ...zone, name: 'Twin', effectiveFrom: '2022-05-01T00:00:00+08:00' };
    const refused = await createZone(jsonRequest('POST', '/api/staff/zones', { zones: [twin, { ...twin, kind: 'controlled' }] }, staff));
    expect(refused.status).toBe(422);
    expect((await listZones(db)).features.length).toBe(before);
    const saved = await createZone(jsonRequest('POST', '/api/staff/zones', { zones: [twin, { ...twin, kind: 'controlled', name: 'Twin · controlled' }] }, staff));
    expect(saved.status).toBe(201);
    expect((await listZones(db)).features.length).toBe(before + 2);
  });

  it('gives each community the zones in force touching it and its no-epidemic status', async () => {
    await db.insert(communities).values([
      { code: 'IN', name: 'Inside', district: 'T', population: 10, boundary: { type: 'MultiPolygon', coordinates: [[[[126.881, 37.491], [126.882, 37.491], [126.882, 37.492], [126.881, 37.491]]]] } },
      { code: 'FAR', name: 'Far away', district: 'T', population: 10, boundary: { type: 'MultiPolygon', coordinates: [[[[120, 30], [120.01, 30], [120.01, 30.01], [120, 30]]]] } },
    ]);
    const now = new Date();
    const clocks = await listCommunityClocks(db, now);
    const inside = clocks.find((c) => c.name === 'Inside')!;
    const far = clocks.find((c) => c.name === 'Far away')!;
    expect(inside.zoneKinds).toContain('sealed');
    expect(communityStatus(inside.zoneKinds, true)).toBe('sealed');
    expect(far).toMatchObject({ zoneKinds: [], lastCaseAt: null, lastZoneAt: null });
    expect(communityStatus(far.zoneKinds, true)).toBe('no-epidemic');
  });
});
