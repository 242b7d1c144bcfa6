import 'server-only';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { settings as processSettings, type Settings } from '@/lib/env';
import * as schema from './schema';
import { acquireEmbeddedLock } from './embedded-lock';
import { seedDemoIfEmpty } from './seed-demo';
import { markDatabaseDown, markDatabaseUp } from './health';

/** The one database type the queries see: PGlite and postgres-js are both Drizzle PgDatabases. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseHandle = {
  db: Db;
  kind: 'embedded' | 'server';
  close: () => Promise<void>;
};

export type OpenOptions = {
  settings?: Settings;
  /** Who holds the embedded lock, shown to a second process that is refused. */
  role?: string;
  /** Load the demo data into an empty database (defaults to the GRIDWATCH_DEMO setting). */
  seedDemo?: boolean;
  /**
   * Cancel statements and lock waits past the settings' limits (the app's request-serving pool; CLI
   * imports and migrations may run longer). PostgreSQL only: PGlite is one session, so no lock is shared.
   */
  hasTimeouts?: boolean;
};

const migrationsFolder = path.join(process.cwd(), 'drizzle');
/** Any constant: serialises migrations of several processes starting against one server. */
const MIGRATION_LOCK_KEY = 72_270_001;

async function openEmbedded(dataDir: string, role: string): Promise<DatabaseHandle> {
  const release = acquireEmbeddedLock(dataDir, role);
  try {
    const client = new PGlite(dataDir, { extensions: { postgis } });
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    await migratePglite(db as never, { migrationsFolder });
    return {
      db,
      kind: 'embedded',
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function migrateServer(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
  } finally {
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    await client.end();
  }
}

async function openServer(url: string, timeouts: Settings['databaseTimeouts'] | undefined): Promise<DatabaseHandle> {
  await migrateServer(url);
  // Sent as startup parameters, so every pooled connection has them from its first statement.
  const connection = timeouts ? { statement_timeout: timeouts.statementMs, lock_timeout: timeouts.lockMs } : {};
  const client = postgres(url, { max: 10, onnotice: () => {}, connect_timeout: 10, connection });
  return {
    db: drizzlePostgres(client, { schema }) as unknown as Db,
    kind: 'server',
    close: () => client.end(),
  };
}

/**
 * Opens the database named by the settings (a PostgreSQL server with DATABASE_URL, else the embedded
 * PGlite + PostGIS folder), applies the migrations and, when asked, loads the demo data into an empty one.
 * The app opens it once per process through `getDb`; CLI commands and tests call this directly.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const settings = options.settings ?? processSettings;
  const handle = settings.databaseUrl
    ? await openServer(settings.databaseUrl, options.hasTimeouts ? settings.databaseTimeouts : undefined)
    : await openEmbedded(path.resolve(settings.dataDir), options.role ?? `pid ${process.pid}`);
  if (options.seedDemo ?? settings.isDemo) await seedDemoIfEmpty(handle.db);
  return handle;
}

const globalForDb = globalThis as typeof globalThis & { gridwatchDb?: Promise<DatabaseHandle> };

/** The process's database, opened once (PGlite holds ~1 GB and takes seconds to open). */
export async function getDb(): Promise<Db> {
  globalForDb.gridwatchDb ??= openDatabase({ role: 'app', hasTimeouts: true }).then(
    (handle) => {
      markDatabaseUp();
      return handle;
    },
    (error: unknown) => {
      globalForDb.gridwatchDb = undefined;
      markDatabaseDown();
      throw error;
    },
  );
  return (await globalForDb.gridwatchDb).db;
}

/**
 * Tries the database with one trivial statement and records the outcome for the proxy (pages answer 503
 * while it is down). Never throws.
 */
export async function probeDatabase(): Promise<void> {
  try {
    await (await getDb()).execute(sql`select 1`);
    markDatabaseUp();
  } catch {
    markDatabaseDown();
  }
}

/** Rows of a raw `db.execute` result: postgres-js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
