import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { databaseKind, resetTables, testDb } from '@/lib/testing/test-support';
import { jsonRequest, sessionCookieFor } from '@/lib/testing/staff-test-support';
import { getStaffCase } from '@/lib/db/queries/case-edits';
import type { ImportPreview } from '@/lib/cases/import-preview';
import { POST as saveCase } from './route';
import { POST as previewImport } from './preview/route';

const fixtureBase64 = (name: string) => fs.readFileSync(path.join(process.cwd(), 'lib/import/spreadsheet/fixtures', name)).toString('base64');
/** Korean case routes (DS4C) with their own headers: patient_id, global_num, date, province, city, type, latitude, longitude. */
const ds4c = { name: 'PatientRoute.csv', base64: fixtureBase64('ds4c-patient-route-seoul.csv') };
const DS4C_COLUMNS = { caseCode: 0, date: 2, place: 5, lat: 6, lng: 7 };
const xlsx = { name: '病例轨迹.xlsx', base64: fixtureBase64('cases-zh.xlsx') };

let db: Db;
let staff: string;

beforeAll(async () => {
  db = await testDb();
  await resetTables(db);
  staff = await sessionCookieFor(db, 'staff', 'sheet-importer');
});

const preview = (body: unknown, lang = 'zh-CN') => {
  const request = jsonRequest('POST', '/api/staff/cases/preview', body, staff);
  request.headers.set('accept-language', lang);
  return previewImport(request);
};

describe(`the workspace's spreadsheet import: column mapping, XLSX bytes, datum, on ${databaseKind}`, () => {
  it('refuses a sheet with unknown headers by a coded error in the reader’s language, naming what it could not map and carrying the header', async () => {
    for (const [lang, text] of [
      ['zh-CN', '表头缺少必需的列：病例编号/caseCode'],
      ['en', 'The header lacks required columns: 病例编号/caseCode'],
    ] as const) {
      const response = await preview({ file: ds4c }, lang);
      expect(response.status).toBe(422);
      const body = (await response.json()) as { code: string; error: string; sheet: { header: string[]; columns: Record<string, number>; missing: string[]; sample: string[] } };
      expect(body.code).toBe('sheet.columns-missing');
      expect(body.error).toContain(text);
      expect(body.sheet).toEqual({
        header: ['patient_id', 'global_num', 'date', 'province', 'city', 'type', 'latitude', 'longitude'],
        // "type" reads as a classification: the mapping step shows it, and staff may change it.
        columns: { classification: 5, lng: 7, lat: 6, date: 2 },
        missing: ['caseCode'],
        sample: ['1000000024', '348', '2020-02-18', 'Seoul', 'Guro-gu', 'public_transportation', '37.48526', '126.901487'],
      });
    }
  });

  it('applies the mapping staff chose, on the server, with the same reader as the CLI; the preview saves nothing, the import saves it', async () => {
    const response = await preview({ file: ds4c, columns: DS4C_COLUMNS });
    expect(response.status).toBe(200);
    const { preview: seen } = (await response.json()) as { preview: ImportPreview };
    expect(seen.newCases.map((c) => [c.caseCode, c.visits.length])).toEqual([
      ['1000000024', 3],
      ['1000000039', 3],
      ['1000000040', 3],
      ['1000000047', 1],
      ['1000000055', 2],
    ]);
    // A date without a time range is the whole day, approximate: said in the reader's language.
    expect(seen.warnings).toContainEqual({ kind: 'parser', text: '第 2 行的时间段“2020-02-18”按约定时段处理，标记为近似时间。' });
    expect(await getStaffCase(db, '1000000024')).toBeUndefined();

    const saved = await saveCase(jsonRequest('POST', '/api/staff/cases', { file: ds4c, columns: DS4C_COLUMNS, expectedVersions: seen.expectedVersions }, staff));
    expect(saved.status, await saved.clone().text()).toBe(201);
    const stored = await getStaffCase(db, '1000000055');
    expect(stored?.visits.map((v) => [v.place, v.startsAt, v.geometry.coordinates])).toEqual([
      ['store', '2020-02-23T16:00:00.000Z', [126.828485, 37.539702]],
      ['restaurant', '2020-02-24T16:00:00.000Z', [126.8321582, 37.539735]],
    ]);
  });

  it('reads an XLSX sent as bytes, and moves GCJ-02 coordinates to WGS84 when staff say so', async () => {
    const wgs = (await (await preview({ file: xlsx })).json()) as { preview: ImportPreview };
    expect(wgs.preview.newCases.map((c) => [c.caseCode, c.visits.map((v) => v.place)])).toEqual([
      ['C-201', ['人民医院发热门诊', '永辉超市']],
      ['C-202', ['地铁2号线人民广场站']],
    ]);
    expect(wgs.preview.warnings.map((w) => (w.kind === 'parser' ? w.text : w.kind))).toEqual(
      expect.arrayContaining(['第 6 行（C-202 待核实的餐馆）没有坐标，需要在地图上标出地点。', '第 7 行没有日期，已跳过。']),
    );
    expect(wgs.preview.newCases[0].visits[0].lngLat).toEqual([121.4737, 31.2304]);
    const gcj = (await (await preview({ file: xlsx, datum: 'gcj02' })).json()) as { preview: ImportPreview };
    const [lng, lat] = gcj.preview.newCases[0].visits[0].lngLat;
    // GCJ-02 → WGS84 moves Shanghai points about 0.0045° west and 0.002° north (some 500 m).
    expect(121.4737 - lng).toBeCloseTo(0.0045, 3);
    expect(lat - 31.2304).toBeCloseTo(0.0019, 3);
  });

  it('refuses a malformed mapping or file by coded errors naming the field, in both languages', async () => {
    const badShape = await preview({ file: ds4c, columns: { caseCode: 'patient_id' } }, 'en');
    expect(badShape.status).toBe(422);
    expect(await badShape.json()).toMatchObject({ code: 'form.field-invalid', field: 'columns' });
    const outOfRange = await preview({ file: ds4c, columns: { ...DS4C_COLUMNS, caseCode: 12 } });
    expect(outOfRange.status).toBe(400);
    expect(await outOfRange.json()).toMatchObject({ code: 'sheet.column-mapping-invalid', error: '列对应无效：caseCode 指向第 13 列，但表头只有 8 列。' });
    const notBase64 = await preview({ file: { name: 'x.xlsx', base64: '%%%' } }, 'en');
    expect(await notBase64.json()).toMatchObject({ code: 'form.field-invalid', field: 'file.base64' });
    const broken = await preview({ file: { name: 'x.xlsx', base64: Buffer.from('PK\u0003\u0004 not a workbook').toString('base64') } }, 'en');
    expect(broken.status).toBe(422);
    expect(await broken.json()).toMatchObject({ code: 'sheet.unreadable' });
  });
});
