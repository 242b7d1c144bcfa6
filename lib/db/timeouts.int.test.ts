import { describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { NextResponse } from 'next/server';
import { settings } from '@/lib/env';
import { withErrors } from '@/lib/api/respond';
import { databaseKind } from './test-support';
import { openDatabase } from './client';
import { listZones } from './queries/zones';
import { listCommunities } from './queries/communities';

/**
 * Issue 20: one table lock held 25 s filled the pool and every endpoint waited. With lock_timeout on the
 * app's connections, a request that needs the locked table answers 503 (Retry-After) while the lock is
 * still held, and requests that do not need it are answered normally.
 */
describe.runIf(settings.databaseUrl)(`a stuck lock costs one request, not the pool (${databaseKind})`, () => {
  it('answers 503 to a request waiting on a held lock, and serves others meanwhile', async () => {
    const handle = await openDatabase({ settings: { ...settings, databaseTimeouts: { statementMs: 30_000, lockMs: 300 } }, seedDemo: false, hasTimeouts: true });
    const holder = postgres(settings.databaseUrl!, { max: 1, onnotice: () => {} });
    try {
      let isLockHeld = false;
      await holder.begin(async (tx) => {
        await tx`lock table zones in access exclusive mode`;
        isLockHeld = true;
        const blocked = await withErrors(async () => NextResponse.json(await listZones(handle.db)));
        expect(isLockHeld).toBe(true);
        expect(blocked.status).toBe(503);
        expect(blocked.headers.get('retry-after')).toBe('30');
        expect(await blocked.json()).toMatchObject({ code: 'server.database-unavailable' });
        // Ten more at once (the pool's size): each is answered, none waits for the lock's release.
        const many = await Promise.all(Array.from({ length: 10 }, () => withErrors(async () => NextResponse.json(await listZones(handle.db)))));
        expect(many.map((r) => r.status)).toEqual(Array(10).fill(503));
        const other = await withErrors(async () => NextResponse.json(await listCommunities(handle.db)));
        expect(other.status).toBe(200);
      });
    } finally {
      await holder.end();
      await handle.close();
    }
  });
});
