// npm start: builds when there is no current build, then serves it on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { isBuildCurrent } from './build-state.mjs';
import { liveDataFolderOwner } from './data-folder-owner.mjs';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

// A second instance on the same embedded data folder would serve errors and take the database over
// when the first stops: refuse at once, naming the owner.
if (!process.env.DATABASE_URL?.trim()) {
  const dataDir = path.resolve(process.env.GRIDWATCH_DATA_DIR?.trim() || '.data');
  const owner = liveDataFolderOwner(dataDir);
  if (owner) {
    console.error(`Gridwatch: the data folder ${dataDir} is in use by another process (pid ${owner.pid}, ${owner.role}). Stop it first, or start this one with another GRIDWATCH_DATA_DIR or a DATABASE_URL.`);
    process.exit(1);
  }
}

if (!isBuildCurrent()) {
  console.log('Gridwatch: no current production build; building first (a few minutes on a 2-core machine)…');
  const build = spawnSync(process.execPath, ['lib/cli/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT || '3000';
// serve.mjs is `next start` plus the peer address header (see there).
const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'lib/cli/serve.mjs', '--port', port], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
