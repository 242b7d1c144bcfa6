import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name)));

describe('decodeText', () => {
  it('detects GBK (as GB18030) when the bytes are not UTF-8', () => {
    const { text, encoding } = decodeText(fixture('cases-gbk.csv'));
    expect(encoding).toBe('gb18030');
    expect(text.split('\r\n')[0]).toBe('病例编号,分类,地点,经度,纬度,日期,时间段');
  });
  it('reads UTF-8 with and without a BOM, and UTF-16 with one', () => {
    const utf8 = new TextEncoder().encode('病例编号,地点');
    expect(decodeText(utf8)).toEqual({ text: '病例编号,地点', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '病例编号,地点', encoding: 'utf-8' });
    const utf16 = Buffer.from('\uFEFF病例编号\t地点', 'utf16le');
    expect(decodeText(new Uint8Array(utf16))).toEqual({ text: '病例编号\t地点', encoding: 'utf-16le' });
  });
});
