import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from './read-case-file';
import { caseVisitsToSheetRows, type CaseVisitLike } from './spreadsheet/case-sheet-rows';
import { readXlsxRows } from './spreadsheet/read-sheet-rows';
import { writeCsv, writeXlsx } from './spreadsheet/write-sheet';

const TZ = 'Asia/Shanghai';
const NOW = Date.parse('2022-05-01T00:00:00Z');
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, 'spreadsheet', 'fixtures', name)));
const at = (local: string) => Date.parse(`${local}+08:00`);

describe('readCaseFile: spreadsheets', () => {
  it('reads a GBK CSV with Chinese headers in the date + time-range layout', async () => {
    const file = await readCaseFile(fixture('cases-gbk.csv'), { fileName: '病例.csv', timeZone: TZ, now: NOW });
    expect(file.format).toBe('csv');
    expect(file.sheet?.encoding).toBe('gb18030');
    expect(file.tracks.map((t) => [t.caseCode, t.classification, t.parts.map((p) => p.place)])).toEqual([
      ['C-101', 'confirmed', ['朝阳菜市场', '社区卫生服务站', '华联超市']],
      ['C-102', 'asymptomatic', ['地铁站B口']],
      ['C-104', 'confirmed', ['=HYPERLINK("http://evil.example";"点我")']],
    ]);
    const [market, clinic] = file.tracks[0].parts;
    expect(market).toMatchObject({ start: at('2022-04-01T10:00:00'), end: at('2022-04-01T11:30:00') });
    expect(clinic).toMatchObject({ start: at('2022-04-01T14:00:00'), end: at('2022-04-01T14:40:00') });
    expect(file.unplaced).toEqual([{ row: 6, caseCode: 'C-102', place: '幸福里小区东门', start: '2022-04-03T01:00:00.000Z', end: '2022-04-03T01:30:00.000Z', isTimeApproximate: false }]);
    expect(file.warnings.map((w) => `${w.code}@${w.params.row}`)).toEqual([
      'sheet.row-time-approximate@4',
      'sheet.row-time-approximate@5',
      'sheet.row-unplaced@6',
      'sheet.row-no-case-code@7',
      'sheet.row-bad-time@8',
      'sheet.row-bad-coordinates@9',
    ]);
  });

  it('reads an XLSX with Excel date cells, a blank row and a row without coordinates', async () => {
    const file = await readCaseFile(fixture('cases-zh.xlsx'), { fileName: 'cases.xlsx', timeZone: TZ, now: NOW });
    expect(file.format).toBe('xlsx');
    expect(file.tracks.map((t) => [t.caseCode, t.parts.map((p) => [p.place, p.kind === 'stay' && p.start, p.kind === 'stay' && p.end])])).toEqual([
      ['C-201', [['人民医院发热门诊', at('2022-04-05T08:30:00'), at('2022-04-05T09:15:00')], ['永辉超市', at('2022-04-05T12:00:00'), at('2022-04-05T18:00:00')]]],
      ['C-202', [['地铁2号线人民广场站', at('2022-04-06T18:00:00'), at('2022-04-06T18:40:00')]]],
    ]);
    expect(file.unplaced.map((u) => [u.row, u.caseCode, u.place])).toEqual([[6, 'C-202', '待核实的餐馆']]);
    expect(file.warnings.map((w) => `${w.code}@${w.params.row}`)).toContain('sheet.row-no-time@7');
  });

  it('keeps a CSV of timed fixes (a GPS log) on the trajectory reader', async () => {
    const text = 'lon,lat,time\n116.3,39.9,2022-04-01T10:00:00Z\n116.31,39.9,2022-04-01T10:05:00Z';
    const file = await readCaseFile(new TextEncoder().encode(text), { fileName: 'log.csv', caseCode: 'C-9', timeZone: TZ, now: NOW });
    expect(file.tracks).toEqual([{ caseCode: 'C-9', parts: [expect.objectContaining({ kind: 'movement' })] }]);
  });
});

describe('case export rows round-trip through the import', () => {
  const features: CaseVisitLike[] = [
    { type: 'Feature', geometry: { type: 'Point', coordinates: [-73.9857, 40.7484] }, properties: { caseCode: 'C-1', classification: 'confirmed', place: '=cmd|"/c calc"!A1', start: '2022-04-01T02:00:00.000Z', end: '2022-04-01T03:30:00.000Z' } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [116.47, 39.91] }, properties: { caseCode: 'C-1', classification: 'confirmed', place: '超市', start: '2022-04-01T00:00:00.000Z', end: '2022-04-01T04:00:00.000Z', timeGenerated: true } },
    {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[116.47, 39.91], [116.48, 39.92], [116.49, 39.925]] },
      properties: { caseCode: '-C2', classification: 'asymptomatic', place: null, start: '2022-04-02T01:00:00.000Z', end: '2022-04-02T01:20:00.000Z', coordTimes: ['2022-04-02T01:00:00.000Z', '2022-04-02T01:10:00.000Z', '2022-04-02T01:20:00.000Z'] },
    },
  ];
  const expected = [
    {
      caseCode: 'C-1',
      classification: 'confirmed',
      parts: [
        { kind: 'stay', lngLat: [116.47, 39.91], start: Date.parse('2022-04-01T00:00:00Z'), end: Date.parse('2022-04-01T04:00:00Z'), place: '超市', isTimeApproximate: true },
        { kind: 'stay', lngLat: [-73.9857, 40.7484], start: Date.parse('2022-04-01T02:00:00Z'), end: Date.parse('2022-04-01T03:30:00Z'), place: '=cmd|"/c calc"!A1' },
      ],
    },
    {
      caseCode: '-C2',
      classification: 'asymptomatic',
      parts: [{ kind: 'movement', lngLats: [[116.47, 39.91], [116.48, 39.92], [116.49, 39.925]], times: ['2022-04-02T01:00:00Z', '2022-04-02T01:10:00Z', '2022-04-02T01:20:00Z'].map(Date.parse) }],
    },
  ];

  it('CSV: neutralised formulas, then the same tracks back', async () => {
    const csv = writeCsv(caseVisitsToSheetRows(features, TZ));
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(csv).toContain(`'-C2`);
    expect(csv).not.toMatch(/(^|,)=/m);
    const file = await readCaseFile(new TextEncoder().encode(csv), { fileName: 'out.csv', timeZone: 'UTC', now: NOW });
    expect(file.warnings).toEqual([]);
    expect(file.tracks).toEqual(expected);
  });

  it('XLSX: coordinates as numbers, text neutralised, then the same tracks back', async () => {
    const bytes = await writeXlsx(caseVisitsToSheetRows(features, TZ), '病例');
    const rows = await readXlsxRows(bytes);
    expect(rows[1][2]).toBe(`'=cmd|"/c calc"!A1`);
    const file = await readCaseFile(bytes, { fileName: 'out.xlsx', timeZone: 'UTC', now: NOW });
    expect(file.tracks).toEqual(expected);
  });
});
