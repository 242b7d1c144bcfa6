import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The injected clock file the e2e server reads (e2e/helpers/start-server.sh, lib/clock.ts). */
const clockFile = () => path.join(os.tmpdir(), `gridwatch-e2e-clock-${process.env.E2E_PORT ?? 3100}`);

/** Moves the server's "now" to an instant (ISO with an offset); it applies to the next request. */
export function setServerClock(instant: string): void {
  fs.writeFileSync(clockFile(), instant);
}

/** Gives the server its real clock back. */
export function clearServerClock(): void {
  fs.rmSync(clockFile(), { force: true });
}
