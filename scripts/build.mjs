// npm run build: `next build`, then a stamp of the sources it was built from (read by `npm start`).
import { spawnSync } from 'node:child_process';
import { recordBuild } from './build-state.mjs';

const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
recordBuild();
