// npm run build: `next build`, then a stamp of the sources it was built from (read by `npm start`).
import { spawnSync } from 'node:child_process';
import { buildCheckWorker } from './build-check-worker.mjs';
import { recordBuild } from './build-state.mjs';

// No telemetry: the machines this runs on have no internet.
const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
if (result.status !== 0) process.exit(result.status ?? 1);
// The server's check worker threads load their own bundle (Next.js does not bundle worker entry points).
await buildCheckWorker();
recordBuild();
