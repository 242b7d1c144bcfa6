import { describe, expect, it } from 'vitest';
import { missingSheetColumns } from './case-sheet-columns';
import { columnLetter, readColumnMappingNeed, withColumn } from './column-mapping';

describe('column mapping step', () => {
  const need = { header: ['patient_id', 'global_num', 'date', 'province', 'city', 'type', 'latitude', 'longitude'], columns: { classification: 5, lng: 7, lat: 6, date: 2 }, missing: ['caseCode'], sample: ['1000000024'] };

  it('reads what the server sent, dropping columns that point past the header', () => {
    expect(readColumnMappingNeed(need)).toEqual(need);
    expect(readColumnMappingNeed({ ...need, columns: { date: 2, lat: 99, bogus: 1 } })?.columns).toEqual({ date: 2 });
    expect(readColumnMappingNeed({ ...need, missing: ['password'] })).toBeUndefined();
    expect(readColumnMappingNeed('sheet')).toBeUndefined();
  });

  it('maps a field to a cell, one field per cell, and completes the DS4C sheet', () => {
    let columns = withColumn(need.columns, 'caseCode', 0);
    expect(missingSheetColumns(columns)).toEqual([]);
    // "type" was read as a classification; making it the place frees it.
    columns = withColumn(columns, 'place', 5);
    expect(columns).toEqual({ lng: 7, lat: 6, date: 2, caseCode: 0, place: 5 });
    expect(withColumn(columns, 'lat', undefined)).toEqual({ lng: 7, date: 2, caseCode: 0, place: 5 });
    expect(missingSheetColumns(withColumn(columns, 'lat', undefined))).toEqual(['lat']);
    expect(need.columns).toEqual({ classification: 5, lng: 7, lat: 6, date: 2 });
  });

  it('names columns by their spreadsheet letters', () => {
    expect([0, 7, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'H', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
