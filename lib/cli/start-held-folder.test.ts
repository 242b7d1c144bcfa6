import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('npm start on a data folder another process holds', () => {
  it('exits non-zero at once, naming the owner’s pid, before building or serving', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-start-'));
    dirs.push(dir);
    const owner = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(path.join(dir, 'gridwatch.lock'), JSON.stringify({ pid: owner.pid, role: 'app', startedAt: '' }));
      const env = { ...process.env, GRIDWATCH_DATA_DIR: dir, DATABASE_URL: '', PORT: '3999' };
      const second = spawnSync(process.execPath, ['lib/cli/start.mjs'], { env, encoding: 'utf8', timeout: 20_000 });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`pid ${owner.pid}`);
      expect(second.stdout).not.toMatch(/building/);
    } finally {
      owner.kill();
    }
  });
});
