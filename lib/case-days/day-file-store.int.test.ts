import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getManifest } from '@/app/api/case-tracks/days/route';
import getDayFileHandler from '@/pages/api/case-tracks/days/[file]';
import type { Db } from '@/lib/db/client';
import { listPublishedCaseTracksForIndex, saveCaseTracks, setCasesPublished } from '@/lib/db/queries/cases';
import { getCoverageBasis } from '@/lib/db/queries/coverage-basis';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import type { CaseTrack } from '@/lib/trajectory/types';
import { buildCaseDaysInBackground } from './case-days';
import { decodeDayFile } from './day-file-codec';
import { createCaseDayStore, type CaseDayStore } from './day-file-store';
import type { CaseDayManifest } from './types';

let db: Db;
let dir: string;
let store: CaseDayStore;

// Noon in Shanghai on 1–3 April 2022.
const noon = (day: number) => Date.UTC(2022, 3, day, 4);
const stayOn = (code: string, day: number, lng = 121.47): CaseTrack => ({
  caseCode: code,
  parts: [{ kind: 'stay', lngLat: [lng, 31.23], start: noon(day), end: noon(day) + 3_600_000, place: `Shop ${code}` }],
});
const published = () => listPublishedCaseTracksForIndex(db);
const filesOf = (manifest: CaseDayManifest | undefined) => Object.fromEntries((manifest?.days ?? []).map((d) => [d.day, d.file]));
const mtimes = () => Object.fromEntries(fs.readdirSync(dir).map((name) => [name, fs.statSync(path.join(dir, name)).mtimeMs]));

/** Calls the Pages Router day-file handler with a minimal request and a recording response. */
async function getDayFile(file: string, headers: Record<string, string>) {
  const recorded = { status: 0, headers: {} as Record<string, string>, body: Buffer.alloc(0) as Buffer, json: undefined as unknown };
  const response = {
    setHeader: (name: string, value: string) => void (recorded.headers[name.toLowerCase()] = value),
    status: (code: number) => ((recorded.status = code), response),
    json: (value: unknown) => void (recorded.json = value),
    end: (body?: Buffer | string) => {
      recorded.body = Buffer.from(body ?? '');
      if (recorded.headers['content-type']?.startsWith('application/json')) recorded.json = JSON.parse(recorded.body.toString());
    },
  };
  await getDayFileHandler({ method: 'GET', query: { file }, headers, cookies: {} } as never, response as never);
  return recorded;
}

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridwatch-case-days-'));
  store = createCaseDayStore({ dir, timeZone: 'Asia/Shanghai' });
  await saveCaseTracks(db, [stayOn('D-1', 1), stayOn('D-2', 2), stayOn('D-3', 3)], { label: 'test' }, { publish: true });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe(`case day files on ${databaseKind}`, () => {
  it('are built for every day with a published case, compressed and written beside a manifest', async () => {
    const build = await store.build(await published());
    expect(build.rebuiltDays).toEqual(['2022-04-01', '2022-04-02', '2022-04-03']);
    const files = filesOf(store.manifest()?.manifest);
    for (const file of Object.values(files)) {
      const raw = fs.readFileSync(path.join(dir, file));
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${file}.br`)))).toEqual(raw);
      expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${file}.gz`)))).toEqual(raw);
    }
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))).toEqual(store.manifest()?.manifest);
  });

  it('a publish rebuilds only the days it changes; the other files are not touched', async () => {
    const before = filesOf(store.manifest()?.manifest);
    const times = mtimes();
    await saveCaseTracks(db, [stayOn('D-4', 2, 121.5)], { label: 'test' }, { publish: true });
    const build = await store.build(await published());
    expect(build.rebuiltDays).toEqual(['2022-04-02']);
    expect(build.keptDays).toBe(2);
    const after = filesOf(store.manifest()?.manifest);
    expect(after['2022-04-01']).toBe(before['2022-04-01']);
    expect(after['2022-04-03']).toBe(before['2022-04-03']);
    expect(after['2022-04-02']).not.toBe(before['2022-04-02']);
    for (const day of ['2022-04-01', '2022-04-03']) {
      expect(fs.statSync(path.join(dir, after[day])).mtimeMs).toBe(times[after[day]]);
    }
    const day2 = decodeDayFile(fs.readFileSync(path.join(dir, after['2022-04-02'])));
    expect(day2.cases.map((c) => c.caseCode)).toEqual(['D-2', 'D-4']);
    // The previous file stays for clients holding the previous manifest.
    expect(fs.existsSync(path.join(dir, before['2022-04-02']))).toBe(true);
  });

  it('an unpublish removes a day left without cases; nothing else is rebuilt', async () => {
    await setCasesPublished(db, ['D-3'], false, { label: 'test' });
    const build = await store.build(await published());
    expect(build).toMatchObject({ rebuiltDays: [], removedDays: ['2022-04-03'], keptDays: 2 });
    expect(store.manifest()?.manifest.days.map((d) => d.day)).toEqual(['2022-04-01', '2022-04-02']);
  });

  it('another instance builds the same bytes, and a restart loads them without a build', async () => {
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridwatch-case-days-'));
    try {
      const other = createCaseDayStore({ dir: otherDir, timeZone: 'Asia/Shanghai' });
      await other.build(await published());
      expect(other.manifest()?.body).toBe(store.manifest()?.body);
      const restarted = createCaseDayStore({ dir, timeZone: 'Asia/Shanghai' });
      expect(await restarted.loadFromDisk()).toBe(true);
      expect(restarted.manifest()?.etag).toBe(store.manifest()?.etag);
      expect((await restarted.build(await published())).rebuiltDays).toEqual([]);
    } finally {
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('carry the coverage basis in the manifest (as GET /api/coverage answers it), a new basis giving a new ETag', async () => {
    const basis = await getCoverageBasis(db);
    const before = store.manifest()!;
    await store.setBasis(basis);
    expect(store.manifest()?.manifest.basis).toEqual(basis);
    expect(basis).toMatchObject({ caseCount: 3, dataFrom: new Date(noon(1)).toISOString(), dataTo: new Date(noon(2) + 3_600_000).toISOString() });
    expect(store.manifest()?.etag).not.toBe(before.etag);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'))).toEqual(store.manifest()?.manifest);
    // The same basis again changes nothing; a build keeps it.
    const etag = store.manifest()?.etag;
    await store.setBasis(structuredClone(basis));
    expect(store.manifest()?.etag).toBe(etag);
    await store.build(await published());
    expect(store.manifest()?.manifest.basis).toEqual(basis);
  });

  it('are served: the manifest with an ETag (304 when unchanged), the files immutable and pre-compressed', async () => {
    await buildCaseDaysInBackground(await published());
    const first = await getManifest(new NextRequest('http://localhost/api/case-tracks/days'));
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toMatch(/max-age=30/);
    const manifest = (await first.json()) as CaseDayManifest;
    expect(manifest.days.map((d) => d.day)).toEqual(['2022-04-01', '2022-04-02']);
    const etag = first.headers.get('etag')!;
    const again = await getManifest(new NextRequest('http://localhost/api/case-tracks/days', { headers: { 'if-none-match': etag } }));
    expect(again.status).toBe(304);

    const file = manifest.days[1].file;
    const get = (encoding: string, name = file) => getDayFile(name, { 'accept-encoding': encoding });
    const br = await get('gzip, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const raw = (await get('identity')).body;
    expect((await get('identity')).headers['content-encoding']).toBeUndefined();
    expect(zlib.brotliDecompressSync(br.body)).toEqual(raw);
    expect(zlib.gunzipSync((await get('gzip')).body)).toEqual(raw);
    expect(decodeDayFile(raw).cases.map((c) => c.caseCode)).toEqual(['D-2', 'D-4']);

    const missing = await get('br', `2022-04-09.${'0'.repeat(20)}.bin`);
    expect(missing.status).toBe(404);
    expect((missing.json as { code: string }).code).toBe('check.day-file-not-found');
    expect((await get('br', '../manifest.json')).status).toBe(404);
  });
});
