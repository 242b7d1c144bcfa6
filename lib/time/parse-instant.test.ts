import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoInstant, isValidTimeZone, parseInstant, timeZoneOffset } from './parse-instant';

describe('parseInstant', () => {
  it('takes ISO 8601 with Z or an offset as is', () => {
    expect(parseInstant('2020-03-22T03:45:00Z', 'Asia/Jerusalem')).toEqual({ time: 1584848700000, hadOffset: true });
    expect(parseInstant('2024-03-05T08:12:00.000+08:00', 'UTC')).toEqual({ time: Date.UTC(2024, 2, 5, 0, 12), hadOffset: true });
    expect(parseInstant('2020-02-16T18:00:00-0330', 'UTC').time).toBe(Date.UTC(2020, 1, 16, 21, 30));
    expect(parseInstant('2020-02-16T18:00+08', 'UTC').time).toBe(Date.UTC(2020, 1, 16, 10));
  });

  it('keeps milliseconds and drops digits beyond them (GPSBabel writes seven)', () => {
    expect(parseInstant('1901-12-13T20:45:52.2073437Z', 'UTC').time).toBe(Date.UTC(1901, 11, 13, 20, 45, 52, 207));
    expect(parseInstant('2020-02-16T01:02:11.5Z', 'UTC').time).toBe(Date.UTC(2020, 1, 16, 1, 2, 11, 500));
  });

  it('reads a date-time without offset as wall time in the zone', () => {
    expect(parseInstant('2020-02-16T18:00:00', 'Asia/Taipei')).toEqual({ time: Date.UTC(2020, 1, 16, 10), hadOffset: false });
    expect(parseInstant('2020/02/16 18:00', 'Asia/Shanghai').time).toBe(Date.UTC(2020, 1, 16, 10));
    expect(parseInstant('2020-02-16 18:00:00', 'Asia/Seoul').time).toBe(Date.UTC(2020, 1, 16, 9));
    expect(parseInstant('2020-02-16', 'Asia/Taipei').time).toBe(Date.UTC(2020, 1, 15, 16));
    expect(parseInstant('2020-2-6 8:05', 'UTC').time).toBe(Date.UTC(2020, 1, 6, 8, 5));
  });

  it('follows the Asia/Jerusalem DST change of 2020-03-27 (+02:00 → +03:00 at 02:00)', () => {
    expect(parseInstant('2020-03-26 12:00', 'Asia/Jerusalem').time).toBe(Date.UTC(2020, 2, 26, 10));
    expect(parseInstant('2020-03-27 01:59', 'Asia/Jerusalem').time).toBe(Date.UTC(2020, 2, 26, 23, 59));
    expect(parseInstant('2020-03-27 03:00', 'Asia/Jerusalem').time).toBe(Date.UTC(2020, 2, 27, 0));
    expect(parseInstant('2020-03-27 12:00', 'Asia/Jerusalem').time).toBe(Date.UTC(2020, 2, 27, 9));
    // 02:30 never happened that night; like Temporal's 'compatible' it is read with the old offset (= 03:30).
    expect(parseInstant('2020-03-27 02:30', 'Asia/Jerusalem').time).toBe(Date.UTC(2020, 2, 27, 0, 30));
    // 01:30 happened twice on 2020-10-25 (+03:00, then +02:00): the earlier one wins.
    expect(parseInstant('2020-10-25 01:30', 'Asia/Jerusalem').time).toBe(Date.UTC(2020, 9, 24, 22, 30));
  });

  it.each([
    'abc',
    '',
    '2020-02-30T10:00:00Z',
    '2020-13-01',
    '2020-02-16T24:00:00',
    '2020-02-16T18:60',
    '2020-04-15T19.45:00:00',
    '2020-02-16T18:00:00+15:00',
    '16/02/2020 18:00',
    '1584848700000',
  ])('throws a RangeError for %j', (text) => {
    expect(() => parseInstant(text, 'UTC')).toThrow(RangeError);
  });

  it('never throws anything but RangeError, and is exact for offset ISO strings', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseInstant(text, 'Asia/Shanghai');
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
        }
      }),
    );
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (date) => {
        expect(parseInstant(date.toISOString(), 'Asia/Taipei').time).toBe(date.getTime());
      }),
    );
  });

  it('round-trips formatIsoInstant wall times in any zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }),
        fc.constantFrom('Asia/Jerusalem', 'Asia/Shanghai', 'America/New_York', 'Europe/London', 'UTC'),
        (seconds, zone) => {
          const time = seconds * 1000;
          const wall = formatIsoInstant(time, zone).slice(0, 19);
          const back = parseInstant(wall, zone).time;
          // In a repeated hour the wall time is ambiguous; the earlier reading is at most an hour before.
          expect(time - back === 0 || time - back === 3_600_000).toBe(true);
        },
      ),
    );
  });
});

describe('parseInstant on canonical UTC text (read by position)', () => {
  const outcome = (text: string) => {
    try {
      return parseInstant(text, 'Asia/Seoul');
    } catch (error) {
      return (error as Error).name;
    }
  };
  const two = (n: number) => String(n).padStart(2, '0');

  it('reads YYYY-MM-DDTHH:MM:SS[.sss]Z as the general reader reads the same time with +00:00, impossible dates refused alike', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 39 }),
        fc.integer({ min: 0, max: 29 }),
        fc.integer({ min: 0, max: 69 }),
        fc.integer({ min: 0, max: 69 }),
        fc.option(fc.integer({ min: 0, max: 999 })),
        (year, month, day, hour, minute, second, millis) => {
          const text = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${millis === null ? '' : `.${String(millis).padStart(3, '0')}`}`;
          expect(outcome(`${text}Z`)).toEqual(outcome(`${text}+00:00`));
        },
      ),
      { numRuns: 2_000 },
    );
    expect(outcome('2000-02-29T00:00:00Z')).toEqual({ time: Date.UTC(2000, 1, 29), hadOffset: true });
    expect(outcome('1900-02-29T00:00:00Z')).toBe('RangeError');
    expect(outcome('2021-02-29T12:00:00.000Z')).toBe('RangeError');
    expect(outcome(new Date(Date.UTC(2022, 3, 3, 2, 0, 30, 7)).toISOString())).toEqual({ time: Date.UTC(2022, 3, 3, 2, 0, 30, 7), hadOffset: true });
  });
});

describe('formatIsoInstant', () => {
  it('writes wall time with the offset in force', () => {
    expect(formatIsoInstant(Date.UTC(2020, 1, 16, 10), 'Asia/Taipei')).toBe('2020-02-16T18:00:00+08:00');
    expect(formatIsoInstant(Date.UTC(2020, 2, 26, 10), 'Asia/Jerusalem')).toBe('2020-03-26T12:00:00+02:00');
    expect(formatIsoInstant(Date.UTC(2020, 2, 27, 9), 'Asia/Jerusalem')).toBe('2020-03-27T12:00:00+03:00');
    expect(formatIsoInstant(Date.UTC(2020, 0, 1, 12), 'America/St_Johns')).toBe('2020-01-01T08:30:00-03:30');
  });
});

describe('timeZoneOffset and isValidTimeZone', () => {
  it('give the zone offset and recognise IANA names', () => {
    expect(timeZoneOffset(Date.UTC(2020, 2, 27, 12), 'Asia/Jerusalem')).toBe(3 * 3_600_000);
    expect(timeZoneOffset(Date.UTC(2020, 2, 26, 12), 'Asia/Jerusalem')).toBe(2 * 3_600_000);
    expect(isValidTimeZone('Asia/Taipei')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
