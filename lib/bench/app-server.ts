/**
 * Starts the production build (building first if it is not current) on a loopback port, for benchmarks that
 * need the running app: on a fresh embedded database with the demo data, or on the PostgreSQL database
 * `databaseUrl` names (as it is). The check rate limit is lifted for the run: the bench sends on purpose.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error -- plain ESM helper shared with `npm start`, without type declarations
import { isBuildCurrent } from '../cli/build-state.mjs';
// @ts-expect-error -- plain ESM constant shared with `npm start`, without type declarations
import { SERVER_NODE_FLAGS } from '../cli/server-node-flags.mjs';

export type RunningApp = { baseUrl: string; pid: number | undefined; stop: () => Promise<void> };

async function waitForReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not answer ${url} within ${timeoutMs / 1000} s`);
}

export type StartAppOptions = {
  /** Serve this PostgreSQL database instead of a fresh embedded one (no demo seeding). */
  databaseUrl?: string;
  /** Serve this embedded database folder (already seeded; no demo seeding) instead of a fresh one. It is kept on stop. */
  dataDir?: string;
  /** More environment for the server (e.g. GRIDWATCH_TZ). */
  env?: Record<string, string>;
  readyTimeoutMs?: number;
};

export async function startApp(port = 3900, options: StartAppOptions = {}): Promise<RunningApp> {
  if (!(isBuildCurrent as () => boolean)()) {
    const build = spawnSync(process.execPath, ['lib/cli/build.mjs'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gridwatch-bench-app-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GRIDWATCH_DATA_DIR: dataDir,
    GRIDWATCH_DEMO: options.databaseUrl || options.dataDir ? 'off' : 'on',
    GRIDWATCH_CHECK_BURST: '100000',
    GRIDWATCH_CHECK_PER_MINUTE: '100000',
    NEXT_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  // What `npm start` runs: the Node server with the peer header and the fast lane (lib/api/fast-lane.ts).
  const server: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'lib/cli/serve.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', options.databaseUrl ? 'inherit' : 'ignore'],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForReady(`${baseUrl}/api/zones`, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    throw error;
  }
  return {
    baseUrl,
    pid: server.pid,
    stop: async () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
