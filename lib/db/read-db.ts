import 'server-only';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { settings } from '@/lib/env';
import { getDb, type Db } from './client';
import * as schema from './schema';
import { logger } from '@/lib/log/logger';

/*
 * Public reads on a streaming standby (DATABASE_READ_URL), everything else on the primary. When the standby
 * cannot answer, the read runs again on the primary at once (reads are idempotent) and the standby is left
 * alone for STANDBY_REST_MS before one request tries it again: a dead standby costs no request, only load
 * on the primary.
 */

/** How long a failed standby rests before it is tried again. */
export const STANDBY_REST_MS = 5_000;

/**
 * Errors that mean "this server cannot answer now", not "this query is wrong": connection failures, a server
 * shutting down or starting (57P01–57P03), a query cancelled by a conflict with WAL replay (40001 on a
 * standby), and class 08 (connection exceptions).
 */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', '57P01', '57P02', '57P03', '40001']);

/**
 * Whether an error means the server could not answer (so another server may).
 *
 * @example
 * isServerUnavailable(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })) // → true
 */
export function isServerUnavailable(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'));
}

/** The driver's or the server's error code, on the error or its cause. */
function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown })?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

type StandbyState = { db: Db; restUntil: number; failures: number };
const globalForStandby = globalThis as typeof globalThis & { gridwatchStandbys?: Map<string, StandbyState> };

function standby(url: string): StandbyState {
  const standbys = (globalForStandby.gridwatchStandbys ??= new Map());
  let state = standbys.get(url);
  if (!state) {
    // Short connect timeout: a standby host that does not answer must not hold a public read for long.
    const client = postgres(url, { max: 10, onnotice: () => {}, connect_timeout: 2, idle_timeout: 60 });
    state = { db: drizzle(client, { schema }) as unknown as Db, restUntil: 0, failures: 0 };
    standbys.set(url, state);
  }
  return state;
}

/** Whether the standby at `url` (default DATABASE_READ_URL) is resting after a failure, and how often it failed. */
export function standbyStatus(url = settings.databaseReadUrl): { isResting: boolean; failures: number } {
  const state = url ? globalForStandby.gridwatchStandbys?.get(url) : undefined;
  return { isResting: Boolean(state && state.restUntil > Date.now()), failures: state?.failures ?? 0 };
}

/**
 * Runs a public read on the standby when one is configured and not resting, else (or when it fails to
 * answer) on the primary. `preferPrimary`: the reader just wrote, or is staff (they see their own save).
 *
 * @example
 * const zones = await readFromStandby((db) => listZones(db, filter))
 */
export async function readFromStandby<T>(read: (db: Db) => Promise<T>, options: { preferPrimary?: boolean; url?: string } = {}): Promise<T> {
  const url = options.url ?? settings.databaseReadUrl;
  if (!url || options.preferPrimary) return read(await getDb());
  const state = standby(url);
  if (state.restUntil > Date.now()) return read(await getDb());
  try {
    return await read(state.db);
  } catch (error) {
    if (!isServerUnavailable(error)) throw error;
    state.failures += 1;
    state.restUntil = Date.now() + STANDBY_REST_MS;
    logger.warn({ code: errorCode(error), restSeconds: STANDBY_REST_MS / 1000 }, 'the read standby did not answer; reading from the primary');
    return read(await getDb());
  }
}
