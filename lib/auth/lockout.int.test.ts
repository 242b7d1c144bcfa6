import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { sql } from 'drizzle-orm';
import { openDatabase, type Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { createUser } from '@/lib/db/queries/users';
import { takeBucketToken } from '@/lib/db/queries/throttles';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { signIn, type SignInResult } from '@/lib/auth/sign-in';
import { ACCOUNT_FREE_FAILURES, FREE_ATTEMPTS } from '@/lib/auth/lockout';
import { PEER_HEADER } from '@/lib/api/client-key';
import { CHECK_LIMIT } from '@/lib/api/rate-limit';
import { POST as checkRoute } from '@/app/api/check/route';

let db: Db;
const PASSWORD = 'correct horse battery';

/** A verifier that counts argon2 verifications (the work a guesser gets done). */
function countingVerifier() {
  const counter = { calls: 0, verify: async (hash: string, password: string) => {
    counter.calls += 1;
    return verifyPassword(hash, password);
  } };
  return counter;
}

const attempt = (username: string, password: string, client: string, extra: { now?: Date; verify?: typeof verifyPassword } = {}) =>
  signIn(db, { username, password }, { isDemo: false, client, ...extra });

/** A result without the parts that differ by nature (tokens), for comparing two runs. */
const shape = (r: SignInResult) => (r.ok ? 'ok' : `${r.reason}:${r.retryAfterSeconds ?? ''}`);

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  await createUser(db, { username: 'wang', role: 'staff', passwordHash: await hashPassword(PASSWORD) }, { label: 'test' });
});

beforeEach(async () => {
  await db.execute(sql`truncate sign_in_throttles, rate_limit_buckets`);
});

describe(`sign-in lockout on ${databaseKind}`, () => {
  it('verifies exactly 5 passwords out of 60 concurrent wrong attempts from one client', async () => {
    const counter = countingVerifier();
    const results = await Promise.all(Array.from({ length: 60 }, () => attempt('wang', 'guess', '198.51.100.1', { verify: counter.verify })));
    expect(counter.calls).toBe(FREE_ATTEMPTS);
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(FREE_ATTEMPTS - 1);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(60 - FREE_ATTEMPTS + 1);
  });

  it('counts 5 for an unknown username too, and answers it exactly as an existing one', async () => {
    const now = new Date('2022-04-01T08:00:00Z');
    const run = async (username: string) => {
      const counter = countingVerifier();
      const answers: string[] = [];
      for (let i = 0; i < 8; i++) answers.push(shape(await attempt(username, 'guess', '198.51.100.2', { now, verify: counter.verify })));
      return { answers, verifications: counter.calls };
    };
    const existing = await run('wang');
    const unknown = await run('nobody-by-this-name');
    expect(unknown).toEqual(existing);
    expect(existing.verifications).toBe(FREE_ATTEMPTS);
    expect(existing.answers).toEqual(['invalid:', 'invalid:', 'invalid:', 'invalid:', 'locked:30', 'locked:30', 'locked:30', 'locked:30']);
  });

  it('lets the owner in from another client while a guesser is locked out', async () => {
    for (let i = 0; i < 12; i++) await attempt('wang', 'guess', '198.51.100.3');
    expect(await attempt('wang', PASSWORD, '198.51.100.3')).toMatchObject({ ok: false, reason: 'locked' });
    expect(await attempt('wang', PASSWORD, '192.0.2.10')).toMatchObject({ ok: true });
  });

  it('slows clients that failed once a botnet failed 20 times, but never a client that has not failed', async () => {
    const now = new Date('2022-04-01T09:00:00Z');
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++) expect(await attempt('wang', `guess ${i}`, `198.51.100.${100 + i}`, { now })).toMatchObject({ reason: 'invalid' });
    // A client with one failure behind it now waits for the account-wide backoff (1 minute)...
    const counter = countingVerifier();
    expect(await attempt('wang', PASSWORD, '198.51.100.100', { now, verify: counter.verify })).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 60 });
    expect(counter.calls).toBe(0);
    // ...while the owner's own device, which has not failed, signs in at once,
    expect(await attempt('wang', PASSWORD, '192.0.2.11', { now })).toMatchObject({ ok: true });
    // and a fresh guesser gets its one try checked (and then waits too).
    expect(await attempt('wang', 'guess x', '198.51.100.200', { now })).toMatchObject({ reason: 'invalid' });
    expect(await attempt('wang', 'guess y', '198.51.100.200', { now })).toMatchObject({ reason: 'locked' });
    const later = new Date(now.getTime() + 61_000);
    expect(await attempt('wang', PASSWORD, '198.51.100.100', { now: later })).toMatchObject({ ok: true });
  });
});

describe(`shared rate limits on ${databaseKind}`, () => {
  it('allows exactly the burst out of 60 concurrent requests', async () => {
    const now = new Date('2022-04-01T10:00:00Z');
    const takes = await Promise.all(Array.from({ length: 60 }, () => takeBucketToken(db, 'test:203.0.113.1', { capacity: 10, perMinute: 6 }, now)));
    expect(takes.filter((t) => t.isAllowed)).toHaveLength(10);
    // 10 seconds later one token has come back, and only one.
    const later = new Date(now.getTime() + 10_000);
    const again = await Promise.all(Array.from({ length: 5 }, () => takeBucketToken(db, 'test:203.0.113.1', { capacity: 10, perMinute: 6 }, later)));
    expect(again.filter((t) => t.isAllowed)).toHaveLength(1);
  });

  it.runIf(databaseKind === 'PostgreSQL server')('shares one budget between two app instances (two connection pools)', async () => {
    const other = await openDatabase({ seedDemo: false });
    try {
      const now = new Date('2022-04-01T11:00:00Z');
      const limit = { capacity: 10, perMinute: 6 };
      const takes = await Promise.all(Array.from({ length: 60 }, (_, i) => takeBucketToken(i % 2 ? db : other.db, 'test:203.0.113.2', limit, now)));
      expect(takes.filter((t) => t.isAllowed)).toHaveLength(10);
    } finally {
      await other.close();
    }
  });

  it('cannot be dodged with a forged X-Forwarded-For: the limit keys on the peer address', async () => {
    const post = (forwardedFor: string) =>
      checkRoute(new NextRequest('http://localhost/api/check', { method: 'POST', headers: { 'content-type': 'application/json', [PEER_HEADER]: '203.0.113.3', 'x-forwarded-for': forwardedFor }, body: '{}' }));
    const started = Date.now();
    const replies: Response[] = [];
    for (let i = 0; i < CHECK_LIMIT.capacity + 10; i++) replies.push(await post(`10.0.${i >> 8}.${i & 255}`));
    const statuses = replies.map((r) => r.status);
    expect(statuses.slice(0, CHECK_LIMIT.capacity).every((s) => s === 400)).toBe(true);
    // At most the burst plus what refilled while the requests were sent.
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(CHECK_LIMIT.capacity + Math.ceil(((Date.now() - started) / 60_000) * CHECK_LIMIT.perMinute));
    const refused = replies.find((r) => r.status === 429);
    expect(refused?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused?.json()).toMatchObject({ code: 'check.rate-limited' });
    // Another peer is not affected.
    const other = await checkRoute(new NextRequest('http://localhost/api/check', { method: 'POST', headers: { 'content-type': 'application/json', [PEER_HEADER]: '203.0.113.4' }, body: '{}' }));
    expect(other.status).toBe(400);
  });
});

describe(`throttle sweep on ${databaseKind}`, () => {
  it('forgets idle buckets and throttles but keeps a lock that still holds', async () => {
    const { admitSignInAttempt, sweepThrottles } = await import('@/lib/db/queries/throttles');
    const then = new Date('2022-04-01T12:00:00Z');
    await takeBucketToken(db, 'test:idle', { capacity: 5, perMinute: 5 }, then);
    await admitSignInAttempt(db, 'idle-user', '198.51.100.50', [0], then);
    await admitSignInAttempt(db, 'locked-user', '198.51.100.51', [7200], then);
    const later = new Date(then.getTime() + 3601_000);
    expect(await sweepThrottles(db, 3600, later)).toBe(2);
    const left = await db.execute(sql`select username from sign_in_throttles`);
    expect(JSON.stringify(left)).toContain('locked-user');
  });
});
