import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Fault test: the importing process is killed with SIGKILL in the middle of its transaction. The embedded
 * database must open cleanly afterwards with nothing of that import in it, and with every write that was
 * acknowledged before. Runs on the embedded database only (its own folder, its own processes).
 */

const cli = (script: string, args: string[], env: NodeJS.ProcessEnv) =>
  spawn('node', ['--conditions=react-server', '--import', 'tsx', `lib/cli/${script}.ts`, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });

function finish(child: ReturnType<typeof cli>): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

function communities(count: number, prefix: string) {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => {
      const [x, y, d] = [126.8 + (i % 60) * 0.003, 37.4 + Math.floor(i / 60) * 0.003, 0.002];
      return {
        type: 'Feature',
        properties: { code: `${prefix}-${i}`, name: `${prefix} ${i}`, district: 'Fault-gu' },
        geometry: { type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] },
      };
    }),
  };
}

async function exportedCodes(env: NodeJS.ProcessEnv): Promise<string[]> {
  const result = await finish(cli('export', ['communities'], env));
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { features: { properties: { code: string } }[] }).features.map((f) => f.properties.code);
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('an import killed with SIGKILL on the embedded database', () => {
  it('leaves nothing half-saved, keeps acknowledged writes, and the database opens cleanly', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-kill-'));
    const env: NodeJS.ProcessEnv = { ...process.env, GRIDWATCH_DATA_DIR: path.join(dir, 'db'), GRIDWATCH_DEMO: 'off' };
    delete env.DATABASE_URL;
    const file = (name: string, content: unknown) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, JSON.stringify(content));
      return p;
    };
    try {
      // An acknowledged write before the crash.
      const first = await finish(cli('import', ['communities', file('first.geojson', communities(3, 'KEEP'))], env));
      expect(first.code, first.stderr).toBe(0);

      // A long import (thousands of rows in one transaction), killed once it has started saving.
      const long = cli('import', ['communities', file('long.geojson', communities(3000, 'LOST'))], env);
      const killed = finish(long);
      await new Promise<void>((resolve) => {
        long.stdout?.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('in one transaction')) setTimeout(resolve, 1500);
        });
      });
      long.kill('SIGKILL');
      const outcome = await killed;
      expect(outcome.signal).toBe('SIGKILL');
      expect(outcome.stdout).not.toMatch(/Imported communities/);

      // The lock left by the dead process is taken over; nothing of the killed import is there.
      expect((await exportedCodes(env)).sort()).toEqual(['KEEP-0', 'KEEP-1', 'KEEP-2']);

      // And the database still takes writes.
      const again = await finish(cli('import', ['communities', file('after.geojson', communities(2, 'AFTER'))], env));
      expect(again.code, again.stderr).toBe(0);
      expect(await exportedCodes(env)).toHaveLength(5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
