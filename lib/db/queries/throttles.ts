import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../client';

/*
 * Rate limits and sign-in throttles shared by every app instance. Each decision is ONE `INSERT … ON CONFLICT
 * DO UPDATE … RETURNING`: PostgreSQL locks the row for the statement, so concurrent requests on any
 * instance are decided one after another (60 at once against a budget of 5 admit exactly 5). PGlite runs
 * the same SQL on its single connection.
 */

/** The decision's instant: the caller's (tests) or the database's, one clock for every instance. */
const instantOf = (now: Date | undefined): SQL => (now ? sql`${now.toISOString()}::timestamptz` : sql`statement_timestamp()`);

export type BucketTake = { isAllowed: boolean; tokens: number };
export type BucketLease = { granted: number; tokens: number };

/**
 * Takes up to `wanted` tokens from the bucket `key` (full at `capacity`, refilled at `perMinute`) in one atomic
 * statement: as many as it holds whole, at most `wanted`, after putting back `returned` tokens an earlier lease
 * did not spend (so a lease that lapses costs the client nothing). An instance leases several at once for a busy client
 * and spends them itself (lib/api/token-lease.ts), so a client sending hundreds of checks a second costs a few
 * writes, not hundreds.
 *
 * @example
 * await takeBucketTokens(db, 'check:203.0.113.7', { capacity: 60, perMinute: 60 }, 4) // → { granted: 4, tokens: 56 }
 */
export async function takeBucketTokens(
  db: Db,
  key: string,
  limit: { capacity: number; perMinute: number },
  wanted: number,
  now?: Date,
  returned = 0,
): Promise<BucketLease> {
  const at = instantOf(now);
  const want = Math.max(1, Math.floor(wanted));
  const back = Math.max(0, Math.floor(returned));
  const refilled = sql`least(${limit.capacity}::float8, b.tokens + ${back}::float8 + greatest(0, extract(epoch from (${at} - b.refilled_at))) * ${limit.perMinute / 60}::float8)`;
  const granted = sql`least(${want}::int, floor(${refilled})::int)`;
  const first = Math.min(want, Math.floor(limit.capacity));
  const [row] = rowsOf<{ tokens: number; last_granted: number }>(
    await db.execute(sql`
      insert into rate_limit_buckets as b (key, tokens, refilled_at, is_last_allowed, last_granted)
      values (${key}, ${limit.capacity - first}::float8, ${at}, ${first >= 1}, ${first}::int)
      on conflict (key) do update set
        tokens = ${refilled} - ${granted},
        refilled_at = greatest(b.refilled_at, ${at}),
        is_last_allowed = ${granted} >= 1,
        last_granted = ${granted}
      returning tokens, last_granted`),
  );
  return { granted: Number(row.last_granted), tokens: Number(row.tokens) };
}

/**
 * Takes one token from the bucket `key`, atomically.
 *
 * @example
 * await takeBucketToken(db, 'check:203.0.113.7', { capacity: 60, perMinute: 60 }) // → { isAllowed: true, tokens: 59 }
 */
export async function takeBucketToken(
  db: Db,
  key: string,
  limit: { capacity: number; perMinute: number },
  now?: Date,
): Promise<BucketTake> {
  const take = await takeBucketTokens(db, key, limit, 1, now);
  return { isAllowed: take.granted >= 1, tokens: take.tokens };
}

/** `seconds[n - 1]` as SQL: the lock earned by the n-th attempt (the last entry for any later one). */
const secondsAfter = (n: SQL, seconds: readonly number[]): SQL =>
  sql`make_interval(secs => (${`{${seconds.join(',')}}`}::int[])[least(${n}, ${seconds.length})])`;

/** The username as typed, known or not, and the client key; `*` is the account-wide row. */
const ACCOUNT_WIDE = '*';

/** `waitSeconds`: until the pair's next attempt may come (its own lock or the account-wide backoff), by the database's clock. */
export type Admission = { isAdmitted: boolean; attempts: number; waitSeconds: number };

/**
 * Admits one sign-in attempt for (username, client) — or refuses it — in one statement. An admitted
 * attempt counts at once and blocks the pair for the lock its count earns (`lockSeconds[n - 1]`), so a
 * burst of concurrent attempts cannot all slip through before the failures are recorded. A client with
 * attempts already counted (it has failed since its last success) must also wait out the account-wide
 * backoff; a client with none is always admitted.
 */
export async function admitSignInAttempt(
  db: Db,
  username: string,
  client: string,
  lockSeconds: readonly number[],
  now?: Date,
): Promise<Admission> {
  const at = instantOf(now);
  const accountBlockedUntil = sql`coalesce((select a.blocked_until from sign_in_throttles a where a.username = ${username} and a.client = ${ACCOUNT_WIDE}), '-infinity'::timestamptz)`;
  const isAdmitted = sql`(t.blocked_until <= ${at} and ${accountBlockedUntil} <= ${at})`;
  const [row] = rowsOf<{ attempts: number; is_last_admitted: boolean; wait_seconds: number }>(
    await db.execute(sql`
      insert into sign_in_throttles as t (username, client, attempts, blocked_until, is_last_admitted, updated_at)
      values (${username}, ${client}, 1, ${at} + ${secondsAfter(sql`1`, lockSeconds)}, true, ${at})
      on conflict (username, client) do update set
        attempts = case when ${isAdmitted} then t.attempts + 1 else t.attempts end,
        blocked_until = case when ${isAdmitted} then ${at} + ${secondsAfter(sql`t.attempts + 1`, lockSeconds)} else t.blocked_until end,
        is_last_admitted = ${isAdmitted},
        updated_at = ${at}
      returning attempts, is_last_admitted, ceil(greatest(0, extract(epoch from greatest(blocked_until, ${accountBlockedUntil}) - ${at})))::int as wait_seconds`),
  );
  return { isAdmitted: row.is_last_admitted, attempts: row.attempts, waitSeconds: Number(row.wait_seconds) };
}

/**
 * Counts a failed sign-in against the account (from any client) and sets the account-wide backoff its
 * count earns; the count restarts after `windowSeconds` without failures. Returns the new count.
 */
export async function recordAccountFailure(
  db: Db,
  username: string,
  backoffSeconds: readonly number[],
  windowSeconds: number,
  now?: Date,
): Promise<number> {
  const at = instantOf(now);
  const count = sql`(case when t.updated_at < ${at} - make_interval(secs => ${windowSeconds}) then 1 else t.attempts + 1 end)`;
  const [row] = rowsOf<{ attempts: number }>(
    await db.execute(sql`
      insert into sign_in_throttles as t (username, client, attempts, blocked_until, is_last_admitted, updated_at)
      values (${username}, ${ACCOUNT_WIDE}, 1, ${at} + ${secondsAfter(sql`1`, backoffSeconds)}, false, ${at})
      on conflict (username, client) do update set
        attempts = ${count},
        blocked_until = ${at} + ${secondsAfter(count, backoffSeconds)},
        updated_at = ${at}
      returning attempts`),
  );
  return row.attempts;
}

/** Forgets a client's failures on an account after it signed in (the account-wide count stays). */
export async function clearSignInThrottle(db: Db, username: string, client: string): Promise<void> {
  await db.execute(sql`delete from sign_in_throttles where username = ${username} and client = ${client}`);
}

/**
 * Deletes buckets untouched for `idleSeconds` (refilled by then: absent and full mean the same) and
 * throttles neither blocking nor touched for as long; returns how many rows went.
 */
export async function sweepThrottles(db: Db, idleSeconds: number, now?: Date): Promise<number> {
  const at = instantOf(now);
  const before = sql`${at} - make_interval(secs => ${idleSeconds})`;
  const buckets = rowsOf(await db.execute(sql`delete from rate_limit_buckets where refilled_at < ${before} returning 1`));
  const throttles = rowsOf(
    await db.execute(sql`delete from sign_in_throttles where updated_at < ${before} and blocked_until < ${at} returning 1`),
  );
  return buckets.length + throttles.length;
}
