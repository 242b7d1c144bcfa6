import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { asc, eq } from 'drizzle-orm';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { jsonRequest, paramsOf, sessionCookieFor } from '@/lib/testing/staff-test-support';
import { communities, gridCells } from '@/lib/db/schema';
import { listAuditEntries } from '@/lib/db/queries/audit';
import { listStaffCommunities } from '@/lib/db/queries/community-contacts';
import { runImport } from '@/lib/import/run-import';
import { GET as listForStaff } from './route';
import { PUT as putContacts } from './[id]/contacts/route';
import { PATCH as patchWorker } from './[id]/grid-cells/[cellId]/route';
import { GET as getCard } from '../../communities/[id]/card/route';

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'lib/db/fixtures', name), 'utf8');
let staff: string;
let admin: string;
let official: string;
let communityId: number;
let cellId: number;

/** The list's version now, as an editor who just opened the page read it. */
const contactsVersionOf = async (id: number | string) => (Number.isInteger(Number(id)) ? (await listStaffCommunities(await testDb(), { ids: [Number(id)] }))[0]?.contactsVersion : undefined) ?? 1;
const put = async (id: number | string, body: object, cookie?: string) =>
  putContacts(jsonRequest('PUT', `/api/staff/communities/${id}/contacts`, { version: await contactsVersionOf(id), ...body }, cookie), paramsOf({ id: String(id) }));
const card = (id: number | string, query = '', headers: Record<string, string> = {}) =>
  getCard(new NextRequest(`http://localhost/api/communities/${id}/card${query}`, { headers }), paramsOf({ id: String(id) }));

beforeAll(async () => {
  const db = await testDb();
  await resetTables(db);
  await runImport(db, 'communities', fixture('two-communities.geojson'), { timeZone: 'Asia/Seoul' });
  await runImport(
    db,
    'grid-cells',
    JSON.stringify({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { communityCode: 'T-1', name: 'Grid 1', worker: 'Old Worker' }, geometry: { type: 'Polygon', coordinates: [[[126.88, 37.49], [126.89, 37.49], [126.89, 37.5], [126.88, 37.49]]] } }],
    }),
    { timeZone: 'Asia/Seoul' },
  );
  communityId = (await db.select({ id: communities.id }).from(communities).orderBy(asc(communities.code)))[0].id;
  cellId = (await db.select({ id: gridCells.id }).from(gridCells))[0].id;
  staff = await sessionCookieFor(db, 'staff', 'staff-c');
  admin = await sessionCookieFor(db, 'admin', 'admin-c');
  official = await sessionCookieFor(db, 'official', 'official-c');
});

describe(`community service numbers through the staff API on ${databaseKind}`, () => {
  it('saves the ordered list for staff, audited with before and after, and the public card shows it', async () => {
    const saved = await put(communityId, { contacts: [{ label: 'Hotline', phone: '010-0000-5001' }, { label: 'Medical', phone: '010-0000-5002' }] }, staff);
    expect(saved.status).toBe(200);
    expect((await saved.json()).contacts.map((c: { label: string }) => c.label)).toEqual(['Hotline', 'Medical']);
    // Reorder, edit one, add one: one save.
    const again = await put(communityId, { contacts: [{ label: 'Medical', phone: '010-0000-5002' }, { label: 'Hotline', phone: '010-0000-5009' }, { label: 'Supplies', phone: '010-0000-5003' }] }, admin);
    expect(again.status).toBe(200);
    const body = await (await card(communityId)).json();
    expect(body.contacts.map((c: { label: string; phone: string }) => `${c.label} ${c.phone}`)).toEqual(['Medical 010-0000-5002', 'Hotline 010-0000-5009', 'Supplies 010-0000-5003']);
    const [latest, first] = await listAuditEntries(await testDb(), { objectType: 'community', objectId: String(communityId) });
    expect(latest).toMatchObject({ action: 'update-contacts', actor: 'admin-c' });
    expect(latest.before).toEqual([{ label: 'Hotline', phone: '010-0000-5001' }, { label: 'Medical', phone: '010-0000-5002' }]);
    expect((latest.after as unknown[]).length).toBe(3);
    expect(first).toMatchObject({ action: 'update-contacts', actor: 'staff-c', before: [] });
  });

  it('refuses a bad phone naming the row and field, and keeps what was saved', async () => {
    const bad = await put(communityId, { contacts: [{ label: 'Hotline', phone: 'ring the gate' }] }, staff);
    expect(bad.status).toBe(400);
    const error = await bad.json();
    expect(error.field).toBe('contacts.0.phone');
    expect(error).toMatchObject({ code: 'request.field-invalid', error: expect.stringMatching(/^字段 contacts\.0\.phone 无效：须为 3–25 个字符的电话号码/) });
    expect((await put(communityId, { contacts: [{ label: '', phone: '12345' }] }, staff)).status).toBe(400);
    expect((await (await card(communityId)).json()).contacts).toHaveLength(3);
  });

  it('lets officials read but not change, and refuses the public and other sites', async () => {
    expect((await put(communityId, { contacts: [] }, official)).status).toBe(403);
    expect((await put(communityId, { contacts: [] })).status).toBe(401);
    const crossSite = await putContacts(jsonRequest('PUT', `/api/staff/communities/${communityId}/contacts`, { contacts: [] }, staff, 'https://evil.example'), paramsOf({ id: String(communityId) }));
    expect(crossSite.status).toBe(403);
    const list = await listForStaff(jsonRequest('GET', '/api/staff/communities', undefined, official));
    expect(list.status).toBe(200);
    expect((await list.json()).communities.find((c: { id: number }) => c.id === communityId).contacts).toHaveLength(3);
    expect((await listForStaff(jsonRequest('GET', '/api/staff/communities'))).status).toBe(401);
    expect((await (await card(communityId)).json()).contacts).toHaveLength(3);
  });

  it('answers 404 for a bad id (no record has it) and for an unknown community', async () => {
    expect(await (await put('abc', { contacts: [] }, staff)).json()).toMatchObject({ code: 'request.id-invalid' });
    expect((await put('abc', { contacts: [] }, staff)).status).toBe(404);
    expect((await put(999_999, { contacts: [] }, staff)).status).toBe(404);
  });

  it('sets a grid worker and phone, audited; a bad phone or a cell of another community is refused', async () => {
    const versionOf = async (cell: number) => (await (await testDb()).select({ version: gridCells.version }).from(gridCells).where(eq(gridCells.id, cell)))[0]?.version ?? 1;
    const patch = async (cId: number, cell: number, body: object, cookie?: string) =>
      patchWorker(jsonRequest('PATCH', `/api/staff/communities/${cId}/grid-cells/${cell}`, { version: await versionOf(cell), ...body }, cookie), paramsOf({ id: String(cId), cellId: String(cell) }));
    const ok = await patch(communityId, cellId, { worker: 'Li Na', workerPhone: '010-0000-0042' }, staff);
    expect(ok.status).toBe(200);
    expect((await ok.json()).gridCell).toMatchObject({ worker: 'Li Na', workerPhone: '010-0000-0042' });
    const [entry] = await listAuditEntries(await testDb(), { objectType: 'grid-cell', objectId: String(cellId) });
    expect(entry).toMatchObject({ action: 'update-worker', before: { worker: 'Old Worker', workerPhone: null }, after: { worker: 'Li Na', workerPhone: '010-0000-0042' } });
    const bad = await patch(communityId, cellId, { worker: 'Li Na', workerPhone: 'none' }, staff);
    expect(bad.status).toBe(400);
    expect((await bad.json()).field).toBe('workerPhone');
    expect((await patch(communityId + 1, cellId, { worker: 'X', workerPhone: null }, staff)).status).toBe(404);
    expect((await patch(communityId, cellId, { worker: 'X', workerPhone: null }, official)).status).toBe(403);
    expect((await (await card(communityId)).json()).gridCells[0]).toMatchObject({ worker: 'Li Na', workerPhone: '010-0000-0042' });
  });
});

describe(`the public card endpoint on ${databaseKind}`, () => {
  it('serves JSON anyone may read, revalidated every time, with a 304 for an unchanged card', async () => {
    const first = await card(communityId);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect((await card(communityId, '', { 'if-none-match': etag })).status).toBe(304);
    await put(communityId, { contacts: [{ label: 'Only', phone: '12345' }] }, staff);
    expect((await card(communityId, '', { 'if-none-match': etag })).status).toBe(200);
  });

  it('answers 404 for a bad id (as for every path id), 400 naming a bad parameter, and 404 for an unknown community', async () => {
    for (const id of ['abc', '0', '1.5', '99999999999']) {
      const response = await card(id);
      expect(response.status, id).toBe(404);
      expect((await response.json()).code).toBe('request.id-invalid');
    }
    expect(await (await card(communityId, '?at=tomorrow')).json()).toMatchObject({ code: 'query.instant-invalid', field: 'at' });
    expect((await card(communityId, '?bbox=1,2,3,4')).status).toBe(400);
    expect((await card(communityId, '?at=2022-10-10T12:00:00%2B09:00')).status).toBe(200);
    expect((await card(999_999)).status).toBe(404);
  });
});
