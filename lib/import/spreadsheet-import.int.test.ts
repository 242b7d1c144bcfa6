import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as exportRoute } from '@/app/api/staff/exports/[file]/route';
import { rowsOf, type Db } from '@/lib/db/client';
import { jsonRequest, paramsOf, sessionCookieFor } from '@/lib/db/staff-test-support';
import { listPublishedCaseVisits } from '@/lib/db/queries/cases';
import { databaseKind, resetTables, testDb } from '@/lib/db/test-support';
import { buildExport } from '@/lib/export/build-export';
import { readCsvRows, readXlsxRows } from '@/lib/import/spreadsheet/read-sheet-rows';
import { decodeTextFile } from '@/lib/parse/decode-text-file';
import { runImport } from './run-import';

const TZ = 'Asia/Shanghai';
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(process.cwd(), 'lib/import/spreadsheet/fixtures', name)));
const communities = fs.readFileSync(path.join(process.cwd(), 'lib/db/fixtures/two-communities.geojson'), 'utf8');
const exportOptions = { timeZone: TZ, noEpidemicDays: 14, now: new Date('2022-04-10T12:00:00+08:00') };

/** Each published visit as comparable text: code, place, start, end, geometry, approximate. */
async function storedVisits(db: Db): Promise<string[]> {
  const visits = await listPublishedCaseVisits(db);
  return visits.features.map((f) => [f.properties.caseCode, f.properties.place, f.properties.start, f.properties.end, JSON.stringify(f.geometry.coordinates), f.properties.timeGenerated ?? false].join(' | '));
}

describe(`case spreadsheets in and out (${databaseKind})`, () => {
  let db: Db;
  // Opening the embedded database (migrations included) is the hook's cost, not the first test's.
  beforeAll(async () => {
    db = await testDb();
  });
  beforeEach(async () => {
    await resetTables(db);
  });

  it('imports a GBK CSV in the date + time-range layout with Chinese headers, reporting skipped and unplaced rows', async () => {
    const summary = await runImport(db, 'cases', fixture('cases-gbk.csv'), { fileName: '病例.csv', timeZone: TZ, publish: true });
    expect(summary).toMatchObject({ inserted: 3, updated: 0, visits: 5 });
    expect(summary.unplaced?.map((row) => [row.row, row.caseCode, row.place])).toEqual([[6, 'C-102', '幸福里小区东门']]);
    expect(summary.sheetWarnings?.filter((w) => w.code !== 'sheet.row-time-approximate').map((w) => `${w.code}@${w.params.row}`)).toEqual([
      'sheet.row-unplaced@6',
      'sheet.row-no-case-code@7',
      'sheet.row-bad-time@8',
      'sheet.row-bad-coordinates@9',
    ]);
    expect(await storedVisits(db)).toEqual([
      'C-101 | 朝阳菜市场 | 2022-04-01T02:00:00.000Z | 2022-04-01T03:30:00.000Z | [116.4801,39.9212] | false',
      'C-101 | 社区卫生服务站 | 2022-04-01T06:00:00.000Z | 2022-04-01T06:40:00.000Z | [116.4822,39.923] | false',
      'C-101 | 华联超市 | 2022-04-02T00:00:00.000Z | 2022-04-02T04:00:00.000Z | [116.479,39.919] | true',
      'C-102 | 地铁站B口 | 2022-04-02T04:00:00.000Z | 2022-04-02T10:00:00.000Z | [116.47,39.91] | true',
      'C-104 | =HYPERLINK("http://evil.example";"点我") | 2022-04-03T00:00:00.000Z | 2022-04-03T00:30:00.000Z | [116.46,39.9] | false',
    ]);
    const classes = rowsOf<{ code: string; classification: string }>(await db.execute(sql`SELECT code, classification FROM cases ORDER BY code`));
    expect(classes.map((r) => `${r.code}:${r.classification}`)).toEqual(['C-101:confirmed', 'C-102:asymptomatic', 'C-104:confirmed']);
  });

  it('imports the same sheet saved as UTF-16 (LE and BE, with a BOM) exactly as the GBK original', async () => {
    await runImport(db, 'cases', fixture('cases-gbk.csv'), { fileName: '病例.csv', timeZone: TZ, publish: true });
    const fromGbk = await storedVisits(db);
    const text = decodeTextFile(fixture('cases-gbk.csv')).text;
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    for (const bytes of [le, be]) {
      await resetTables(db);
      const summary = await runImport(db, 'cases', bytes, { fileName: '病例.csv', timeZone: TZ, publish: true });
      expect(summary).toMatchObject({ inserted: 3, updated: 0, visits: 5 });
      expect(await storedVisits(db)).toEqual(fromGbk);
    }
  });

  it('imports an XLSX with Chinese headers and Excel dates, shifting GCJ-02 when asked', async () => {
    const summary = await runImport(db, 'cases', fixture('cases-zh.xlsx'), { fileName: 'cases.xlsx', timeZone: TZ, publish: true, datum: 'gcj02' });
    expect(summary).toMatchObject({ inserted: 2, visits: 3 });
    expect(summary.unplaced?.map((row) => row.place)).toEqual(['待核实的餐馆']);
    const visits = await listPublishedCaseVisits(db);
    expect(visits.features.map((f) => [f.properties.caseCode, f.properties.place, f.properties.start])).toEqual([
      ['C-201', '人民医院发热门诊', '2022-04-05T00:30:00.000Z'],
      ['C-201', '永辉超市', '2022-04-05T04:00:00.000Z'],
      ['C-202', '地铁2号线人民广场站', '2022-04-06T10:00:00.000Z'],
    ]);
    // GCJ-02 → WGS84 moves Shanghai points about 0.0045° west and 0.002° north (some 500 m).
    const [lng, lat] = (visits.features[0].geometry as { coordinates: number[] }).coordinates;
    expect(121.4737 - lng).toBeCloseTo(0.0045, 3);
    expect(lat - 31.2304).toBeCloseTo(0.0019, 3);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`exports cases as ${format.toUpperCase()} with formulas neutralised, and the file imports back to the same tracks`, async () => {
      await runImport(db, 'cases', fixture('cases-gbk.csv'), { fileName: '病例.csv', timeZone: TZ, publish: true });
      const movement = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { caseCode: 'C-105', place: '+公交 12 路', coordTimes: ['2022-04-02T01:00:00Z', '2022-04-02T01:10:00Z', '2022-04-02T01:20:00Z'] },
            geometry: { type: 'LineString', coordinates: [[116.47, 39.91], [116.48, 39.92], [116.49, 39.925]] },
          },
        ],
      };
      await runImport(db, 'cases', JSON.stringify(movement), { fileName: 'c105.geojson', timeZone: TZ, publish: true });
      const before = await storedVisits(db);
      const file = await buildExport(db, 'cases', format, exportOptions);
      const bytes = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body;
      const rows = format === 'csv' ? readCsvRows(bytes).rows : await readXlsxRows(bytes);
      const cells = rows.flat();
      expect(cells).toContain(`'=HYPERLINK("http://evil.example";"点我")`);
      expect(cells).toContain(`'+公交 12 路`);
      expect(cells.filter((cell) => /^[=+@]/.test(cell))).toEqual([]);

      await resetTables(db);
      const summary = await runImport(db, 'cases', bytes, { fileName: file.fileName, timeZone: TZ, publish: true });
      expect(summary.sheetWarnings?.filter((w) => w.code !== 'sheet.row-time-approximate')).toEqual([]);
      expect(await storedVisits(db)).toEqual(before);
    });
  }

  it('writes the daily report from the database: cases, zones by kind, rounds, no-epidemic status', async () => {
    await runImport(db, 'communities', communities, { timeZone: TZ });
    const ids = rowsOf<{ id: number; code: string }>(await db.execute(sql`SELECT id, code FROM communities ORDER BY code`));
    const riverside = Number(ids[0].id);
    const zone = (kind: string, name: string, effectiveFrom: string, liftedAt: string | null) => ({
      type: 'Feature',
      properties: { kind, name, effectiveFrom, liftedAt },
      geometry: { type: 'Polygon', coordinates: [[[126.885, 37.495], [126.895, 37.495], [126.895, 37.505], [126.885, 37.505], [126.885, 37.495]]] },
    });
    await runImport(
      db,
      'zones',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          zone('sealed', 'S1', '2022-04-01T00:00:00+08:00', null),
          zone('sealed', 'S2', '2022-04-01T00:00:00+08:00', null),
          zone('controlled', 'K1', '2022-04-01T00:00:00+08:00', '2022-04-05T20:00:00+08:00'),
          zone('precaution', 'P1', '2022-04-04T00:00:00+08:00', null),
        ],
      }),
      { timeZone: TZ },
    );
    // Two cases visited Riverside, one reported on the 5th and one on the 6th.
    const cases = 'caseCode,place,lon,lat,start,end\nR-1,Market,126.89,37.50,2022-04-05 09:00,2022-04-05 10:00\nR-2,Park,126.89,37.50,2022-04-06 09:00,2022-04-06 10:00';
    await runImport(db, 'cases', cases, { fileName: 'r.csv', timeZone: TZ, publish: true });
    await db.execute(sql`INSERT INTO testing_rounds (community_id, round_number, tested_on, people_tested, positives) VALUES
      (${riverside}, 1, '2022-04-05', 1200, 2), (${riverside}, 2, '2022-04-05', 300, 0), (${riverside}, 3, '2022-04-04', 999, 9)`);
    const file = await buildExport(db, 'daily-report', 'csv', { ...exportOptions, day: '2022-04-05' });
    expect(file.fileName).toBe('daily-report-2022-04-05.csv');
    const [header, ...rows] = readCsvRows(new TextEncoder().encode(String(file.body))).rows;
    expect(header).toEqual(['日期', '区', '社区编码', '社区', '当日新增病例', '封控区', '管控区', '防范区', '检测人数', '阳性人数', '无疫小区', '无疫起始']);
    expect(rows).toEqual([
      ['2022-04-05', 'Test-gu', 'T-2', 'Hillside', '0', '0', '0', '0', '0', '0', '否', ''],
      ['2022-04-05', 'Test-gu', 'T-1', 'Riverside', '1', '2', '0', '1', '1500', '2', '否', ''],
    ]);
    await expect(buildExport(db, 'daily-report', 'csv', { ...exportOptions, day: '2022-13-45' })).rejects.toMatchObject({ code: 'export.day-invalid' });
  });

  it('serves the exports to staff and officials only, as downloads, with coded errors', async () => {
    await runImport(db, 'cases', fixture('cases-gbk.csv'), { fileName: '病例.csv', timeZone: TZ, publish: true });
    const get = (file: string, cookie?: string, query = '') => {
      const request = jsonRequest('GET', `/api/staff/exports/${file}${query}`, undefined, cookie);
      request.headers.set('accept-language', 'zh-CN');
      return exportRoute(request, paramsOf({ file }));
    };
    expect((await get('cases.xlsx')).status).toBe(401);
    expect((await get('cases.xlsx', await sessionCookieFor(db, 'admin'))).status).toBe(403);
    const official = await sessionCookieFor(db, 'official');
    const xlsx = await get('cases.xlsx', official);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.headers.get('content-disposition')).toContain("filename*=UTF-8''cases.xlsx");
    const rows = await readXlsxRows(new Uint8Array(await xlsx.arrayBuffer()));
    expect(rows.map((row) => row[0])).toEqual(['病例编号', 'C-101', 'C-101', 'C-101', 'C-102', 'C-104']);
    const staff = await sessionCookieFor(db, 'staff');
    const template = await get('case-template.csv', staff);
    const templateBytes = new Uint8Array(await template.arrayBuffer());
    expect([...templateBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(templateBytes)).toBe('病例编号(caseCode),分类(classification),地点(place),经度(lon),纬度(lat),日期(date),时间段(timeRange),开始时间(start),结束时间(end)');
    const unknown = await get('passwords.csv', staff);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'export.kind-unknown', error: '没有名为 passwords.csv 的导出。' });
    const badDay = await get('daily-report.xlsx', staff, '?day=yesterday');
    expect(badDay.status).toBe(400);
    expect(await badDay.json()).toMatchObject({ code: 'export.day-invalid' });
  });
});
