import fs from 'node:fs';
import path from 'node:path';

/** Thrown when another live process owns the embedded database folder. */
export class EmbeddedDatabaseBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
    readonly ownerRole: string,
  ) {
    super(
      `The embedded database in ${dataDir} is open in another process (pid ${ownerPid}, ${ownerRole}). ` +
        `PGlite allows one owner at a time: stop that process first, or point DATABASE_URL at a PostgreSQL server.`,
    );
    this.name = 'EmbeddedDatabaseBusyError';
  }
}

type LockRecord = { pid: number; role: string; startedAt: string };

const LOCK_FILE = 'gridwatch.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockRecord | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockRecord;
  } catch {
    return undefined;
  }
}

/**
 * Takes the single-owner lock of an embedded database folder, or throws EmbeddedDatabaseBusyError.
 * A lock left by a dead process (SIGKILL, crash) is taken over. Returns a release function, which is
 * also run at process exit.
 */
export function acquireEmbeddedLock(dataDir: string, role: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const record: LockRecord = { pid: process.pid, role, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(record), { flag: 'wx' });
      const release = () => {
        const current = readLock(file);
        if (current?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readLock(file);
      if (owner && owner.pid !== process.pid && isAlive(owner.pid)) {
        throw new EmbeddedDatabaseBusyError(dataDir, owner.pid, owner.role);
      }
      // Stale (dead owner, or our own pid from a previous module instance): take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock file ${file}`);
}
