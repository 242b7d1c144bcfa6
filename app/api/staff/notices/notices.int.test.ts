import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { count } from 'drizzle-orm';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { jsonRequest, sessionCookieFor } from '@/lib/db/staff-test-support';
import { gazetteerPlaces } from '@/lib/db/schema';
import { listAuditEntries } from '@/lib/db/queries/audit';
import { listGazetteerEntries, replaceGazetteer } from '@/lib/db/queries/gazetteer';
import { runImport } from '@/lib/import/run-import';
import { readGazetteer } from '@/lib/notice-reader/read-gazetteer';
import type { PlacedEntry } from '@/lib/notice-reader/place-notice';
import { POST as readNoticeRoute } from './read/route';

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'lib/db/fixtures', name), 'utf8');
let staff: string;
let official: string;

const post = (body: unknown, cookie?: string, language = 'zh-CN') => {
  const request = jsonRequest('POST', '/api/staff/notices/read', body, cookie);
  request.headers.set('accept-language', language);
  return readNoticeRoute(new NextRequest(request));
};

beforeAll(async () => {
  const db = await testDb();
  await resetTables(db);
  await runImport(db, 'communities', fixture('two-communities.geojson'), { timeZone: 'Asia/Seoul' });
  staff = await sessionCookieFor(db, 'staff');
  official = await sessionCookieFor(db, 'official');
});

describe(`notice reading and gazetteers (${databaseKind})`, () => {
  it('imports a gazetteer in WGS84, replaces it whole on a second import of the same source, and audits both', async () => {
    const db = await testDb();
    const text = 'poi_name,lat,lon,tag,source\n景田花园,22.55,114.03,住宅区,深圳市卫生健康委员会\n汕头站,23.39,116.68,,汕头市卫生健康委员会\n';
    const first = readGazetteer(text, { format: 'csv', datum: 'gcj02', source: 'pois-test' });
    expect(await replaceGazetteer(db, 'pois-test', first.entries, { label: 'test' })).toEqual({ removed: 0, inserted: 2 });
    const second = readGazetteer(text.split('\n').slice(0, 2).join('\n'), { format: 'csv', datum: 'gcj02', source: 'pois-test' });
    expect(await replaceGazetteer(db, 'pois-test', second.entries, { label: 'test' })).toEqual({ removed: 2, inserted: 1 });
    expect((await db.select({ n: count() }).from(gazetteerPlaces))[0].n).toBe(1);
    const audit = await listAuditEntries(db, { objectType: 'gazetteer', objectId: 'pois-test' });
    expect(audit.map((a) => a.after)).toEqual([{ places: 1 }, { places: 2 }]);
    // The district's own names come along: both communities, placed on their surface.
    const entries = await listGazetteerEntries(db);
    expect(entries.map((e) => `${e.source}:${e.name}`).sort()).toEqual(['community:Hillside', 'community:Riverside', 'pois-test:景田花园']);
    const riverside = entries.find((e) => e.name === 'Riverside')!;
    expect(riverside.lngLat[0]).toBeGreaterThan(126);
  });

  it('reads a pasted notice into dated entries with ranked places, saving nothing', async () => {
    const db = await testDb();
    const before = (await listAuditEntries(db)).length;
    const response = await post({ text: '1月19日11：00到景田花园小区探亲，1月20日到深圳，21日出现发热', published: '2020-02-10', region: '深圳市' }, staff);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { entries: (PlacedEntry & { start?: number })[]; timeZone: string };
    expect(body.entries.map((e) => e.kind)).toEqual(['visit', 'visit', 'event']);
    expect(body.entries[0].placeMatch).toMatchObject({ status: 'matched', candidates: [{ entry: { name: '景田花园', source: 'pois-test' } }] });
    expect(body.entries[1].placeMatch?.status).toBe('region');
    expect(typeof body.entries[0].start).toBe('number');
    expect((await listAuditEntries(db)).length).toBe(before);
  });

  it('answers bad input with a coded error in the reader’s language, and refuses officials', async () => {
    const zh = await post({ text: '', published: '2020-02-10' }, staff);
    expect(zh.status).toBe(422);
    expect(await zh.json()).toMatchObject({ code: 'notice.text-invalid', error: expect.stringContaining('通报正文') });
    const en = await post({ text: '1月19日', published: '2020-13-01' }, staff, 'en');
    expect(en.status).toBe(422);
    expect(await en.json()).toMatchObject({ code: 'notice.published-invalid', error: expect.stringContaining('publication day') });
    expect((await post({ text: '1月19日', published: '2020-02-10' }, official)).status).toBe(403);
  });
});
