import { beforeAll, describe, expect, it } from 'vitest';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { jsonRequest, paramsOf, sessionCookieFor } from '@/lib/testing/staff-test-support';
import { signIn } from '@/lib/auth/sign-in';
import { listUsers } from '@/lib/db/queries/users';
import { POST } from './route';
import { PATCH } from './[id]/route';

let admin: string;
let staff: string;

beforeAll(async () => {
  const db = await testDb();
  await resetTables(db);
  admin = await sessionCookieFor(db, 'admin', 'admin-1');
  staff = await sessionCookieFor(db, 'staff', 'staff-1');
});

describe(`admins manage users on ${databaseKind}`, () => {
  it('creates a user who can then sign in, and refuses a duplicate with 409', async () => {
    const created = await POST(jsonRequest('POST', '/api/staff/users', { username: 'wang', role: 'official', password: 'a long enough password' }, admin));
    expect(created.status).toBe(201);
    expect((await created.json()).user).toMatchObject({ username: 'wang', role: 'official' });
    expect((await signIn(await testDb(), { username: 'wang', password: 'a long enough password' }, { isDemo: false })).ok).toBe(true);
    const again = await POST(jsonRequest('POST', '/api/staff/users', { username: 'wang', role: 'staff', password: 'a long enough password' }, admin));
    expect(again.status).toBe(409);
  });

  it('names the bad field, and lets only admins create users', async () => {
    const bad = await POST(jsonRequest('POST', '/api/staff/users', { username: 'li', role: 'mayor', password: 'a long enough password' }, admin));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'request.field-invalid', field: 'role', error: '字段 role 无效：须为以下之一：admin、staff、official' });
    const byStaff = await POST(jsonRequest('POST', '/api/staff/users', { username: 'zhao', role: 'staff', password: 'a long enough password' }, staff));
    expect(byStaff.status).toBe(403);
    expect((await listUsers(await testDb())).map((u) => u.username)).not.toContain('zhao');
  });

  it('disables a user, which ends their session and refuses their sign-in, and enables them again', async () => {
    const db = await testDb();
    const target = (await listUsers(db)).find((u) => u.username === 'staff-1')!;
    const disabled = await PATCH(jsonRequest('PATCH', `/api/staff/users/${target.id}`, { isDisabled: true }, admin), paramsOf({ id: String(target.id) }));
    expect(disabled.status).toBe(200);
    // The disabled user's old session no longer works.
    const withOldSession = await POST(jsonRequest('POST', '/api/staff/users', { username: 'zhou', role: 'staff', password: 'a long enough password' }, staff));
    expect(withOldSession.status).toBe(401);
    expect((await signIn(db, { username: 'staff-1', password: 'integration-test-password' }, { isDemo: false })).ok).toBe(false);
    const enabled = await PATCH(jsonRequest('PATCH', `/api/staff/users/${target.id}`, { isDisabled: false }, admin), paramsOf({ id: String(target.id) }));
    expect((await enabled.json()).user.isDisabled).toBe(false);
  });

  it('refuses an admin disabling themselves, a bad id and a bad body', async () => {
    const me = (await listUsers(await testDb())).find((u) => u.username === 'admin-1')!;
    expect((await PATCH(jsonRequest('PATCH', `/api/staff/users/${me.id}`, { isDisabled: true }, admin), paramsOf({ id: String(me.id) }))).status).toBe(400);
    // A path id that is not a row id is "no such record" (404), like one that does not exist; 2³¹ too (it used to reach the database: 500).
    expect((await PATCH(jsonRequest('PATCH', '/api/staff/users/abc', { isDisabled: true }, admin), paramsOf({ id: 'abc' }))).status).toBe(404);
    expect((await PATCH(jsonRequest('PATCH', '/api/staff/users/2147483648', { isDisabled: true }, admin), paramsOf({ id: '2147483648' }))).status).toBe(404);
    expect((await PATCH(jsonRequest('PATCH', `/api/staff/users/${me.id}`, { isDisabled: 'yes' }, admin), paramsOf({ id: String(me.id) }))).status).toBe(400);
    expect((await PATCH(jsonRequest('PATCH', '/api/staff/users/99999', { isDisabled: true }, admin), paramsOf({ id: '99999' }))).status).toBe(404);
  });
});
