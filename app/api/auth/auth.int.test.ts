import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import type { Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { jsonRequest } from '@/lib/db/staff-test-support';
import { hashPassword } from '@/lib/auth/password';
import { signIn } from '@/lib/auth/sign-in';
import { createUser, findSessionUser } from '@/lib/db/queries/users';
import { hashSessionToken } from '@/lib/auth/session-token';
import { sessions } from '@/lib/db/schema';
import { POST as signInRoute } from './sign-in/route';
import { POST as signOutRoute } from './sign-out/route';

let db: Db;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await createUser(db, { username: 'wang', role: 'staff', passwordHash: await hashPassword(PASSWORD) }, { label: 'test' });
  await createUser(db, { username: 'demo', role: 'staff', passwordHash: await hashPassword(PASSWORD), isDemo: true }, { label: 'test' });
  await createUser(db, { username: 'li', role: 'official', passwordHash: await hashPassword(PASSWORD) }, { label: 'test' });
});

describe(`sign-in on ${databaseKind}`, () => {
  it('refuses a body over 1 MB with 413 without reading it whole, and unreadable JSON with 400', async () => {
    const huge = await signInRoute(jsonRequest('POST', '/api/auth/sign-in', { username: 'wang', password: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ code: 'request.body-too-large', params: { limit: '1 MB' } });
    const broken = await signInRoute(
      new NextRequest('http://localhost/api/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json', host: 'localhost' }, body: '{"username": "wang", ' }),
    );
    expect(broken.status).toBe(400);
  });

  it('sets an HttpOnly SameSite=Lax cookie and stores only the token’s SHA-256', async () => {
    const response = await signInRoute(jsonRequest('POST', '/api/auth/sign-in', { username: 'wang', password: PASSWORD }));
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gridwatch-session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    const token = /gridwatch-session=([^;]+)/.exec(cookie)?.[1] ?? '';
    const stored = await db.select().from(sessions);
    expect(stored.map((s) => s.tokenHash)).not.toContain(token);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);

    const out = await signOutRoute(jsonRequest('POST', '/api/auth/sign-out', undefined, `gridwatch-session=${token}`));
    expect(out.status).toBe(200);
    expect(await db.select().from(sessions)).toHaveLength(stored.length - 1);
  });

  it('says the same for an unknown user and a wrong password', async () => {
    const unknown = await signInRoute(jsonRequest('POST', '/api/auth/sign-in', { username: 'nobody', password: PASSWORD }));
    const wrong = await signInRoute(jsonRequest('POST', '/api/auth/sign-in', { username: 'li', password: 'wrong password' }));
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect((await unknown.json()).error).toBe((await wrong.json()).error);
  });

  it('locks the client after five failures, even for the right password, and backs off', async () => {
    const now = new Date('2022-04-01T08:00:00Z');
    const options = { isDemo: false, client: '203.0.113.9', now };
    for (let i = 0; i < 4; i++) expect(await signIn(db, { username: 'wang', password: 'nope' }, options)).toEqual({ ok: false, reason: 'invalid' });
    expect(await signIn(db, { username: 'wang', password: 'nope' }, options)).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 30 });
    expect(await signIn(db, { username: 'wang', password: PASSWORD }, options)).toMatchObject({ ok: false, reason: 'locked' });
    const later = new Date(now.getTime() + 31_000);
    expect(await signIn(db, { username: 'wang', password: 'nope' }, { ...options, now: later })).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 60 });
    const muchLater = new Date(later.getTime() + 61_000);
    expect(await signIn(db, { username: 'wang', password: PASSWORD }, { ...options, now: muchLater })).toMatchObject({ ok: true });
    // The success forgot this client's failures: a typo now is just a typo.
    expect(await signIn(db, { username: 'wang', password: 'nope' }, { ...options, now: muchLater })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a demo account outside demo mode and accepts it in demo mode', async () => {
    expect(await signIn(db, { username: 'demo', password: PASSWORD }, { isDemo: false })).toEqual({ ok: false, reason: 'demo-disabled' });
    expect(await signIn(db, { username: 'demo', password: PASSWORD }, { isDemo: true })).toMatchObject({ ok: true });
  });

  it('ends a demo account’s session when demo mode is off, and keeps an ordinary one', async () => {
    const demo = await signIn(db, { username: 'demo', password: PASSWORD }, { isDemo: true });
    const wang = await signIn(db, { username: 'wang', password: PASSWORD }, { isDemo: false });
    if (!demo.ok || !wang.ok) throw new Error('sign-in failed');
    const now = new Date();
    expect(await findSessionUser(db, hashSessionToken(demo.token), now, { isDemo: true })).toMatchObject({ username: 'demo' });
    expect(await findSessionUser(db, hashSessionToken(demo.token), now, { isDemo: false })).toBeUndefined();
    expect(await findSessionUser(db, hashSessionToken(wang.token), now, { isDemo: false })).toMatchObject({ username: 'wang' });
  });

  it('refuses a cross-origin sign-in', async () => {
    const response = await signInRoute(jsonRequest('POST', '/api/auth/sign-in', { username: 'li', password: PASSWORD }, undefined, 'https://evil.example'));
    expect(response.status).toBe(403);
  });
});
