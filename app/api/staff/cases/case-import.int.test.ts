import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { jsonRequest, sessionCookieFor } from '@/lib/db/staff-test-support';
import { getStaffCase } from '@/lib/db/queries/case-edits';
import { listAuditEntries } from '@/lib/db/queries/audit';
import { saveCaseTracks } from '@/lib/db/queries/cases';
import { isAppError } from '@/lib/errors/app-error';
import { runImport } from '@/lib/import/run-import';
import type { ImportPreview } from '@/lib/cases/import-preview';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { POST as saveCase } from './route';
import { POST as previewImport } from './preview/route';

const H = 3_600_000;
const T0 = Date.parse('2022-04-01T00:00:00Z');
const stay = (i: number): TrajectoryPart => ({ kind: 'stay', lngLat: [126.885 + i / 10_000, 37.495], start: T0 + i * H, end: T0 + i * H + H / 2, place: `Place ${i}` });
/** The interchange GeoJSON with one visit for `code`: what shrank C-009's nine published visits to one. */
const oneVisitFile = (code: string) =>
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { caseCode: code, place: 'Place 0', start: new Date(T0).toISOString(), end: new Date(T0 + H / 2).toISOString() }, geometry: { type: 'Point', coordinates: [126.885, 37.495] } },
      { type: 'Feature', properties: { caseCode: 'NEW-1', place: 'Elsewhere', start: new Date(T0).toISOString(), end: new Date(T0 + H).toISOString() }, geometry: { type: 'Point', coordinates: [126.9, 37.5] } },
    ],
  });

let db: Db;
let staff: string;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  staff = await sessionCookieFor(db, 'staff', 'importer');
  await saveCaseTracks(db, [{ caseCode: 'C-009', parts: Array.from({ length: 9 }, (_, i) => stay(i)) }], { label: 'test' }, { publish: true });
});

const placesOf = async (code: string) => (await getStaffCase(db, code))?.visits.map((v) => v.place);

describe(`imports that never overwrite a published case by surprise, on ${databaseKind}`, () => {
  it('previews the file: the published case it would shrink, the new case, saving nothing', async () => {
    const response = await previewImport(jsonRequest('POST', '/api/staff/cases/preview', { file: { name: 'one.geojson', text: oneVisitFile('C-009') } }, staff));
    expect(response.status).toBe(200);
    const { preview } = (await response.json()) as { preview: ImportPreview };
    expect(preview.publishedChanged).toEqual(['C-009']);
    expect(preview.changedCases).toMatchObject([{ caseCode: 'C-009', status: 'published', version: 1, kept: 1 }]);
    expect(preview.changedCases[0].removed).toHaveLength(8);
    expect(preview.newCases.map((c) => c.caseCode)).toEqual(['NEW-1']);
    expect(preview.expectedVersions).toEqual({ 'C-009': 1, 'NEW-1': null });
    expect(await placesOf('NEW-1')).toBeUndefined();
  });

  it('refuses (409, nothing saved) an API import that would change a published case unless staff confirmed that case', async () => {
    const refused = await saveCase(jsonRequest('POST', '/api/staff/cases', { file: { name: 'one.geojson', text: oneVisitFile('C-009') } }, staff));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'import.published-change', publishedChanged: ['C-009'] });
    expect(await placesOf('C-009')).toHaveLength(9);
    expect(await placesOf('NEW-1')).toBeUndefined();
  });

  it('refuses an import whose preview is stale: a case changed after the preview', async () => {
    const stale = await saveCase(
      jsonRequest('POST', '/api/staff/cases', { file: { name: 'one.geojson', text: oneVisitFile('C-009') }, replacePublished: ['C-009'], expectedVersions: { 'C-009': 1, 'NEW-1': null, 'X-1': 3 } }, staff),
    );
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe('import.preview-stale');
    expect(await placesOf('C-009')).toHaveLength(9);
  });

  it('replaces the confirmed published case, and the audit keeps its track before and after', async () => {
    const saved = await saveCase(jsonRequest('POST', '/api/staff/cases', { file: { name: 'one.geojson', text: oneVisitFile('C-009') }, replacePublished: ['C-009'], expectedVersions: { 'C-009': 1, 'NEW-1': null } }, staff));
    expect(saved.status).toBe(201);
    expect(await placesOf('C-009')).toEqual(['Place 0']);
    const stored = await getStaffCase(db, 'C-009');
    expect(stored).toMatchObject({ status: 'published', version: 2 });
    const [entry] = await listAuditEntries(db, { objectType: 'case', objectId: String(stored!.id) });
    expect(entry).toMatchObject({ action: 'update', actor: 'importer' });
    expect((entry.before as { visitCount: number }).visitCount).toBe(9);
    expect(entry.after).toMatchObject({ visitCount: 1, replacedPublished: true, version: 2 });
  });

  it('the import command’s code path refuses a published change without --replace-published and proceeds with it', async () => {
    await saveCaseTracks(db, [{ caseCode: 'P-2', parts: [stay(0), stay(1)] }], { label: 'test' }, { publish: true });
    const file = oneVisitFile('P-2');
    const refusal = await runImport(db, 'cases', file, { fileName: 'p.geojson', timeZone: 'Asia/Seoul' }).catch((error: unknown) => error);
    expect(isAppError(refusal) && refusal.code).toBe('import.published-change');
    expect(isAppError(refusal) && refusal.params.codes).toBe('P-2');
    expect(await placesOf('P-2')).toHaveLength(2);
    const summary = await runImport(db, 'cases', file, { fileName: 'p.geojson', timeZone: 'Asia/Seoul', replacePublished: true });
    expect(summary.preview?.publishedChanged).toEqual(['P-2']);
    expect(await placesOf('P-2')).toEqual(['Place 0']);
  });

  it('imports a motionless GPX (a phone at rest) as one stay from its first to its last fix, and the audit says so', async () => {
    const fixes = [0, 5, 10, 15].map((m) => `<trkpt lat="37.495" lon="126.885"><time>${new Date(T0 + m * 60_000).toISOString()}</time></trkpt>`).join('');
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>${fixes}</trkseg></trk></gpx>`;
    const summary = await runImport(db, 'cases', gpx, { fileName: 'STILL-1.gpx', timeZone: 'Asia/Seoul' });
    expect(summary.inserted).toBe(1);
    const stored = (await getStaffCase(db, 'STILL-1'))!;
    expect(stored.visits).toHaveLength(1);
    expect(stored.visits[0]).toMatchObject({ geometry: { type: 'Point', coordinates: [126.885, 37.495] }, startsAt: new Date(T0).toISOString(), endsAt: new Date(T0 + 15 * 60_000).toISOString(), coordTimes: null });
    const [entry] = await listAuditEntries(db, { objectType: 'case', objectId: String(stored.id) });
    expect((entry.after as { normalised: unknown[] }).normalised).toEqual([{ part: 1, change: 'motionless', vertices: 4 }]);
  });

  if (process.env.DATABASE_URL) {
    it('npm run import -- cases exits non-zero naming the published cases it would change, and imports nothing; --replace-published proceeds', async () => {
      await saveCaseTracks(db, [{ caseCode: 'CLI-1', parts: [stay(0), stay(1), stay(2)] }], { label: 'test' }, { publish: true });
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gw-import-')), 'cases.geojson');
      fs.writeFileSync(file, oneVisitFile('CLI-1'));
      const command = async (extra: string[]) => {
        try {
          const { stdout, stderr } = await promisify(execFile)('node', ['--conditions=react-server', '--import', 'tsx', 'lib/cli/import.ts', 'cases', file, ...extra], { env: process.env, timeout: 90_000 });
          return { code: 0, stdout, stderr };
        } catch (error) {
          const e = error as { code?: number; stdout?: string; stderr?: string };
          return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
        }
      };
      const refused = await command([]);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toMatch(/published tracks of CLI-1/);
      expect(refused.stderr).toMatch(/--replace-published/);
      expect(await placesOf('CLI-1')).toHaveLength(3);
      const dryRun = await command(['--dry-run']);
      expect(dryRun.code).toBe(0);
      expect(dryRun.stdout).toMatch(/CLI-1 \(published, version 1\): 0 visits added, 2 removed/);
      const replaced = await command(['--replace-published']);
      expect(replaced.code).toBe(0);
      expect(replaced.stdout).toMatch(/Imported cases/);
      expect(await placesOf('CLI-1')).toEqual(['Place 0']);
    });
  }
});
