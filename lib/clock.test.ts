import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { now, parseClockText } from './clock';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gridwatch-clock-'));
const file = path.join(dir, 'clock');
afterEach(() => fs.rmSync(file, { force: true }));

describe('the injected clock', () => {
  it('reads an ISO instant with an offset, and blank as the real time', () => {
    expect(parseClockText('2020-04-01T10:00:00+09:00\n', 'f')?.toISOString()).toBe('2020-04-01T01:00:00.000Z');
    expect(parseClockText('  ', 'f')).toBeNull();
  });

  it('refuses a date without an offset or a non-date, naming the file', () => {
    expect(() => parseClockText('2020-04-01T10:00:00', 'clock.txt')).toThrow(/clock\.txt/);
    expect(() => parseClockText('tomorrow', 'clock.txt')).toThrow(/ISO instant/);
  });

  it('follows the file while it exists, and the system time without it', () => {
    fs.writeFileSync(file, '2020-03-20T12:00:00Z');
    expect(now({ clockFile: file }).toISOString()).toBe('2020-03-20T12:00:00.000Z');
    fs.writeFileSync(file, '2020-04-03T12:00:00Z');
    expect(now({ clockFile: file }).toISOString()).toBe('2020-04-03T12:00:00.000Z');
    fs.rmSync(file);
    const before = Date.now();
    expect(now({ clockFile: file }).getTime()).toBeGreaterThanOrEqual(before);
  });

  it('is the system time when no clock file is configured', () => {
    const before = Date.now();
    const t = now().getTime();
    expect(t).toBeGreaterThanOrEqual(before);
    expect(t).toBeLessThanOrEqual(Date.now());
  });
});
