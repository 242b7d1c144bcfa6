import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { listZones } from '@/lib/db/queries/zones';

const run = promisify(execFile);

/** Runs `npm run import -- …` as a user would, with the test process's database settings. */
async function importCommand(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--conditions=react-server', '--import', 'tsx', 'lib/cli/import.ts', ...args], {
      env: process.env,
      timeout: 90_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function writeTemp(name: string, content: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gw-import-')), name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const zone = (name: string, ring: number[][]) => ({
  type: 'Feature',
  properties: { name, kind: 'controlled', effectiveFrom: '2022-10-05T08:00:00+08:00' },
  geometry: { type: 'Polygon', coordinates: [ring] },
});
const square = [[114.4, 22.7], [114.41, 22.7], [114.41, 22.71], [114.4, 22.71], [114.4, 22.7]];
const bowTie = [[114.4, 22.7], [114.41, 22.71], [114.41, 22.7], [114.4, 22.71], [114.4, 22.7]];

beforeAll(async () => {
  await resetTables(await testDb());
});

describe(`npm run import on ${databaseKind}`, () => {
  it('answers a usage error with exit code 2', async () => {
    const result = await importCommand(['parcels', 'x.geojson']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage: npm run import -- <communities\|grid-cells\|zones\|cases\|places> FILE/);
  });

  if (process.env.DATABASE_URL) {
    it('imports a file, and refuses a broken one whole, naming the feature, changing nothing', async () => {
      const good = await importCommand(['zones', writeTemp('good.geojson', { type: 'FeatureCollection', features: [zone('Guanhai Xuan', square)] })]);
      expect(good.code).toBe(0);
      expect(good.stdout).toMatch(/Imported zones .*: 1 new, 0 updated/);
      const broken = await importCommand([
        'zones',
        writeTemp('broken.geojson', { type: 'FeatureCollection', features: [zone('Fine', square), zone('Bad', bowTie)] }),
      ]);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/broken\.geojson: feature 2: boundary intersects itself/);
      expect(broken.stderr).toMatch(/Nothing was imported/);
      expect((await listZones(await testDb())).features.map((f) => f.properties.name)).toEqual(['Guanhai Xuan']);
    });

    it('converts GCJ-02 input to WGS84 with --datum gcj02', async () => {
      const file = writeTemp('gcj.geojson', { type: 'FeatureCollection', features: [zone('Shifted', square)] });
      expect((await importCommand(['zones', file, '--datum', 'gcj02'])).code).toBe(0);
      const shifted = (await listZones(await testDb())).features.find((f) => f.properties.name === 'Shifted')!;
      const [lng, lat] = shifted.geometry.coordinates[0][0][0];
      // Near Huizhou GCJ-02 positions sit ~510 m east and ~290 m south of GPS: the stored corner moves back.
      expect(114.4 - lng).toBeGreaterThan(0.004);
      expect(114.4 - lng).toBeLessThan(0.006);
      expect(lat - 22.7).toBeGreaterThan(0.002);
      expect(lat - 22.7).toBeLessThan(0.0035);
    });
  } else {
    it('refuses to open the embedded database while another process holds it, and says why', async () => {
      // This test process holds the embedded database (testDb above): the command must not open it too.
      const result = await importCommand(['zones', writeTemp('z.geojson', { type: 'FeatureCollection', features: [zone('X', square)] })]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/open in another process \(pid \d+, app\)/);
      expect(result.stderr).toMatch(/Nothing was imported/);
    });
  }
});
