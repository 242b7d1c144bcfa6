import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { readCaseSheet } from './read-case-sheet';

const TZ = 'Asia/Shanghai';
const NOW = Date.parse('2022-05-01T00:00:00Z');
const at = (local: string) => Date.parse(`${local}+08:00`);

describe('readCaseSheet', () => {
  it('reads the date + time-range layout with Chinese headers, marking half days approximate', () => {
    const sheet = readCaseSheet(
      [
        ['病例编号', '地点', '经度', '纬度', '日期', '时间段'],
        ['C-1', '菜市场', '116.48', '39.92', '2022-04-01', '10:00-11:30'],
        ['C-1', '超市', '116.47', '39.91', '2022-04-01', '上午'],
      ],
      { timeZone: TZ, now: NOW },
    );
    expect(sheet.tracks).toEqual([
      {
        caseCode: 'C-1',
        parts: [
          { kind: 'stay', lngLat: [116.47, 39.91], start: at('2022-04-01T08:00:00'), end: at('2022-04-01T12:00:00'), isTimeApproximate: true, place: '超市' },
          { kind: 'stay', lngLat: [116.48, 39.92], start: at('2022-04-01T10:00:00'), end: at('2022-04-01T11:30:00'), place: '菜市场' },
        ],
      },
    ]);
    expect(sheet.warnings).toEqual([{ code: 'sheet.row-time-approximate', params: { row: 3, value: '上午' } }]);
  });

  it('reads English start/end headers, an end given as a bare time, and classifications', () => {
    const sheet = readCaseSheet(
      [
        ['caseCode', 'classification', 'place', 'lon', 'lat', 'start', 'end'],
        ['C-2', '无症状', 'Bakery', '121.41', '31.21', '2022-04-01 08:00', '08:30'],
        ['C-2', '', 'Backwards', '121.41', '31.21', '2022-04-01 09:00', '2022-04-01 08:00'],
        ['C-2', 'sick', 'Odd', '121.41', '31.21', '2022-04-01 10:00', ''],
      ],
      { timeZone: TZ, now: NOW },
    );
    expect(sheet.tracks).toEqual([
      { caseCode: 'C-2', classification: 'asymptomatic', parts: [{ kind: 'stay', lngLat: [121.41, 31.21], start: at('2022-04-01T08:00:00'), end: at('2022-04-01T08:30:00'), place: 'Bakery' }] },
    ]);
    expect(sheet.warnings).toEqual([
      { code: 'sheet.row-end-before-start', params: { row: 3 } },
      { code: 'sheet.row-no-time', params: { row: 4, field: 'end' } },
    ]);
  });

  it('lists rows without coordinates as unplaced and reports every skipped row by number and reason', () => {
    const sheet = readCaseSheet(
      [
        ['病例编号', '地点', '经度', '纬度', '日期', '时间段'],
        ['C-3', '东门', '', '', '2022-04-03', '09:00-09:30'],
        ['', '无编号', '116.47', '39.91', '2022-04-03', '09:00-09:30'],
        [],
        ['C-3', '时间写错', '116.47', '39.91', '2022-04-03', '十点左右'],
        ['C-3', '经度写错', '东经116', '39.91', '2022-04-03', '10:00-11:00'],
        ['C-3', '反了', '116.47', '39.91', '2022-04-03', '11:00-10:00'],
        ['C-3', '未来', '116.47', '39.91', '2030-01-01', '10:00-11:00'],
        ['C-3', '没日期', '116.47', '39.91', '', '10:00-11:00'],
        ['C-3', '好的', '116.47', '39.91', '2022-04-03', '12:00-13:00'],
      ],
      { timeZone: TZ, now: NOW },
    );
    expect(sheet.unplaced).toEqual([{ row: 2, caseCode: 'C-3', place: '东门', start: '2022-04-03T01:00:00.000Z', end: '2022-04-03T01:30:00.000Z', isTimeApproximate: false }]);
    expect(sheet.warnings.map((w) => [w.code, w.params.row])).toEqual([
      ['sheet.row-unplaced', 2],
      ['sheet.row-no-case-code', 3],
      ['sheet.row-bad-time', 5],
      ['sheet.row-bad-coordinates', 6],
      ['sheet.row-future', 8],
      ['sheet.row-no-time', 9],
    ]);
    // 11:00-10:00 is read as running past midnight (11:00 to 10:00 the next day), so that row is kept.
    expect(sheet.tracks[0].parts.map((p) => p.place)).toEqual(['反了', '好的']);
    expect(sheet.rowCount).toBe(8);
  });

  it('shifts GCJ-02 coordinates to WGS84', () => {
    const sheet = readCaseSheet([['病例编号', '经度', '纬度', '日期'], ['C-4', '116.4801', '39.9212', '2022-04-01']], { timeZone: TZ, now: NOW, datum: 'gcj02' });
    const [lng, lat] = (sheet.tracks[0].parts[0] as { lngLat: number[] }).lngLat;
    expect(lng).toBeCloseTo(116.4740, 3);
    expect(lat).toBeCloseTo(39.9198, 3);
  });

  it('uses a column mapping given by staff for headers it does not know', () => {
    const rows = [['编号X', '场所X', 'E', 'N', '哪天', '几点'], ['C-5', '药店', '116.4', '39.9', '2022-04-01', '下午']];
    expect(() => readCaseSheet(rows, { timeZone: TZ, now: NOW })).toThrow(AppError);
    const sheet = readCaseSheet(rows, { timeZone: TZ, now: NOW, columns: { caseCode: 0, place: 1, lng: 2, lat: 3, date: 4, timeRange: 5 } });
    expect(sheet.tracks[0].caseCode).toBe('C-5');
    expect(() => readCaseSheet(rows, { timeZone: TZ, columns: { caseCode: 9, date: 4 } })).toThrow(/column-mapping-invalid/);
  });

  it('refuses a sheet as a whole only when it is empty, too big or lacks required columns', () => {
    expect(() => readCaseSheet([['病例编号', '日期']], { timeZone: TZ })).toThrow(/sheet.empty/);
    expect(() => readCaseSheet([['病例编号', '日期'], ['C', '2022-01-01'], ['C', '2022-01-02']], { timeZone: TZ, maxRows: 1 })).toThrow(/too-many-rows/);
    try {
      readCaseSheet([['地点', '开始时间'], ['x', '2022-01-01']], { timeZone: TZ });
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe('sheet.columns-missing');
      expect((error as AppError).params.missing).toBe('病例编号/caseCode, 结束时间/end');
      // The mapping step starts from what was found.
      expect((error as AppError).details).toEqual({ sheet: { header: ['地点', '开始时间'], columns: { place: 0, start: 1 }, missing: ['caseCode', 'end'], sample: ['x', '2022-01-01'] } });
    }
  });

  it('reads a sheet with unknown headers through the columns staff mapped', () => {
    const rows = [
      ['patient_id', 'date', 'type', 'latitude', 'longitude'],
      ['1000000024', '2020-02-18', 'public_transportation', '37.48526', '126.901487'],
    ];
    expect(() => readCaseSheet(rows, { timeZone: 'Asia/Seoul', now: NOW })).toThrow(/columns-missing/);
    const sheet = readCaseSheet(rows, { timeZone: 'Asia/Seoul', now: NOW, columns: { caseCode: 0, date: 1, place: 2, lat: 3, lng: 4 } });
    expect(sheet.warnings.map((w) => w.code)).toEqual(['sheet.row-time-approximate']);
    expect(sheet.tracks).toEqual([
      { caseCode: '1000000024', parts: [{ kind: 'stay', lngLat: [126.901487, 37.48526], start: Date.parse('2020-02-18T00:00:00+09:00'), end: Date.parse('2020-02-19T00:00:00+09:00'), isTimeApproximate: true, place: 'public_transportation' }] },
    ]);
  });

  it('does not mutate its input', () => {
    const rows = [['病例编号', '日期'], ['C-6', '2022-04-01']];
    const copy = structuredClone(rows);
    readCaseSheet(rows, { timeZone: TZ, now: NOW });
    expect(rows).toEqual(copy);
  });
});
