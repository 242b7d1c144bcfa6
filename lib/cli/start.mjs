// npm start: builds when there is no current build, then serves it on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { isBuildCurrent } from './build-state.mjs';

if (!isBuildCurrent()) {
  console.log('Gridwatch: no current production build; building first (a few minutes on a 2-core machine)…');
  const build = spawnSync(process.execPath, ['lib/cli/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT || '3000';
// serve.mjs is `next start` plus the peer address header (see there).
const server = spawn(process.execPath, ['lib/cli/serve.mjs', '--port', port], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
