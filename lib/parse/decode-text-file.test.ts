import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './decode-text-file';

const spreadsheetFixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, '../import/spreadsheet/fixtures', name)));
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

const GEOJSON = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"名称":"医院"},"geometry":{"type":"Point","coordinates":[126.9,37.5]}}]}';

describe('decodeTextFile', () => {
  it('detects GBK (as GB18030) when the bytes are not UTF-8', () => {
    const { text, encoding } = decodeTextFile(spreadsheetFixture('cases-gbk.csv'));
    expect(encoding).toBe('gb18030');
    expect(text.split('\r\n')[0]).toBe('病例编号,分类,地点,经度,纬度,日期,时间段');
  });

  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    const utf8 = new TextEncoder().encode('病例编号,地点');
    expect(decodeTextFile(utf8)).toEqual({ text: '病例编号,地点', encoding: 'utf-8' });
    expect(decodeTextFile(withBom([0xef, 0xbb, 0xbf], utf8))).toEqual({ text: '病例编号,地点', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE by their BOM, dropping it', () => {
    expect(decodeTextFile(withBom([0xff, 0xfe], Buffer.from('病例编号\t地点', 'utf16le')))).toEqual({ text: '病例编号\t地点', encoding: 'utf-16le' });
    expect(decodeTextFile(withBom([0xfe, 0xff], utf16be('病例编号\t地点')))).toEqual({ text: '病例编号\t地点', encoding: 'utf-16be' });
  });

  it('turns a UTF-16 GeoJSON file into the same text as its UTF-8 original (the parser then reads it)', () => {
    const le = decodeTextFile(withBom([0xff, 0xfe], Buffer.from(GEOJSON, 'utf16le'))).text;
    const be = decodeTextFile(withBom([0xfe, 0xff], utf16be(GEOJSON))).text;
    expect(le).toBe(GEOJSON);
    expect(be).toBe(GEOJSON);
    // Without the BOM sniffing, UTF-8 decoding yields NULs between the characters and JSON.parse refuses it.
    expect(() => JSON.parse(new TextDecoder().decode(Buffer.from(GEOJSON, 'utf16le')))).toThrow();
  });

  it('keeps an empty file empty', () => {
    expect(decodeTextFile(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
    expect(decodeTextFile(new Uint8Array([0xff, 0xfe]))).toEqual({ text: '', encoding: 'utf-16le' });
  });
});
