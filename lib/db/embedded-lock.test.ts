import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireEmbeddedLock, EmbeddedDatabaseBusyError } from './embedded-lock';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('acquireEmbeddedLock', () => {
  it('refuses a folder held by another live process, naming it', async () => {
    const dir = tempDir();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      fs.writeFileSync(path.join(dir, 'gridwatch.lock'), JSON.stringify({ pid: sleeper.pid, role: 'app', startedAt: '' }));
      expect(() => acquireEmbeddedLock(dir, 'cli')).toThrow(EmbeddedDatabaseBusyError);
      expect(() => acquireEmbeddedLock(dir, 'cli')).toThrow(new RegExp(`pid ${sleeper.pid}, app`));
    } finally {
      sleeper.kill();
    }
  });

  it('takes over a lock left by a dead process', async () => {
    const dir = tempDir();
    const done = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => done.on('exit', resolve));
    fs.writeFileSync(path.join(dir, 'gridwatch.lock'), JSON.stringify({ pid: done.pid, role: 'app', startedAt: '' }));
    const release = acquireEmbeddedLock(dir, 'cli');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'gridwatch.lock'), 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(dir, 'gridwatch.lock'))).toBe(false);
  });
});
