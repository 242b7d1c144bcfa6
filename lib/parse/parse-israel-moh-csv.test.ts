import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoInstant } from '../time/parse-instant';
import { parseIsraelMohCsv } from './parse-israel-moh-csv';
import { arbitraryInput, bbox, expectTotal, expectValidParts, NOW, parseError, readFixture, timeRange } from './test-support';
import { warningTexts } from './warning-text';

const options = { now: NOW };
const text = readFixture('israel-moh-csv/israel_moh_exposure_points_2020-04-05_slice.csv');
const HEADER = 'OBJECTID,Name,Place,Comments,stayTimes,fromTime,toTime,from_utc,to_utc,sourceOID,longitude,latitude';

describe('parseIsraelMohCsv on the MoH exposure points (2020-04-05 slice)', () => {
  const result = parseIsraelMohCsv(text, options);
  const parts = result.tracks.flatMap((track) => track.parts);

  it('makes one confirmed case IL-<OBJECTID> per kept row', () => {
    expectValidParts(parts);
    expect(result.format).toBe('israel-moh-csv');
    expect(result.tracks).toHaveLength(200);
    expect(result.pointCount).toBe(200);
    expect(result.tracks[0]).toEqual({
      caseCode: 'IL-172774',
      classification: 'confirmed',
      parts: [
        {
          kind: 'stay',
          lngLat: [35.00022368300006, 32.804004905000056],
          start: 1584848700000,
          end: 1584851400000,
          place: "בית כנסת מורשה - רח' השילוח 6 חיפה",
        },
      ],
    });
    expect(timeRange(parts)).toEqual(['2020-03-22T03:00:00.000Z', '2020-03-30T06:00:00.000Z']);
    expect(bbox(parts)).toEqual([34.55286030000008, 30.611103400000047, 35.688650073000076, 33.07413611900006]);
  });

  it('reports every dirty row with its line: 4 reversed rows skipped, 3 overnight rows repaired, 6 zero-length kept', () => {
    expect(warningTexts(result.warnings, 'en')).toEqual([
      'Israel MoH CSV line 103: toTime 2020-03-22 08:00 is before fromTime 2020-03-25 12:00 Israel time (stayTimes "12:00 - 08:00"); skipped',
      'Israel MoH CSV line 109: toTime 2020-03-23 20:00 is before fromTime 2020-03-23 21:00 Israel time (stayTimes "21:00 - 20:00"); skipped',
      ...[135, 136, 137, 138, 139, 140].map(
        (line) => `Israel MoH CSV line ${line}: the visit has zero length (stayTimes "08:00 - 08:00"); kept as an instant`,
      ),
      'Israel MoH CSV line 188: toTime 2020-03-15 18:45 is before fromTime 2020-03-22 18:30 Israel time (stayTimes "18:30 - 18:45"); skipped',
      'Israel MoH CSV line 202: toTime 2020-03-27 01:00 is before fromTime 2020-03-27 23:15 (stayTimes "23:15 - 01:00"); read as ending the next day, 2020-03-28 01:00 Israel time',
      'Israel MoH CSV line 203: toTime 2020-03-23 08:00 is before fromTime 2020-04-21 08:00 Israel time (stayTimes "08:00 - 08:00"); skipped',
      'Israel MoH CSV line 204: toTime 2020-03-25 00:00 is before fromTime 2020-03-25 19:00 (stayTimes "19:00 - 00:00"); read as ending the next day, 2020-03-26 00:00 Israel time',
      'Israel MoH CSV line 205: toTime 2020-03-25 07:00 is before fromTime 2020-03-25 19:00 (stayTimes "19:00 - 07:00"); read as ending the next day, 2020-03-26 07:00 Israel time',
    ]);
    const overnight = result.tracks.find((track) => track.caseCode === 'IL-173034')?.parts[0];
    // 23:15 (+03:00, after the 2020-03-27 DST change) to 01:00 the next morning.
    expect(overnight).toMatchObject({ start: Date.UTC(2020, 2, 27, 20, 15), end: Date.UTC(2020, 2, 27, 22, 0) });
  });

  it('matches stayTimes, which is fromTime in Asia/Jerusalem time on both sides of the DST change', () => {
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const stayTimes = new Map(rows.map((row) => [`IL-${row.OBJECTID}`, row.stayTimes]));
    const offsets = new Set<string>();
    for (const track of result.tracks) {
      const [stay] = track.parts;
      if (stay.kind !== 'stay') throw new Error('expected a stay');
      const local = formatIsoInstant(stay.start, 'Asia/Jerusalem');
      offsets.add(local.slice(19));
      expect(stayTimes.get(track.caseCode)?.startsWith(local.slice(11, 16))).toBe(true);
    }
    expect([...offsets].sort()).toEqual(['+02:00', '+03:00']);
  });

  it.each([
    [`${HEADER}\n1,,A,,,abc,1584851400000,,,1,35,32`, 'Israel MoH CSV line 2: fromTime "abc" is not a number; skipped'],
    [
      `${HEADER}\n1,,A,,,1584848700000,1584851400000,,,1,35,132`,
      'Israel MoH CSV line 2: latitude 132 is outside [-90, 90]; skipped',
    ],
    [`${HEADER}\n,,A,,,1584848700000,1584851400000,,,1,35,32`, 'Israel MoH CSV line 2: OBJECTID is missing; skipped'],
  ])('skips a broken row with a warning naming its line (%#)', (input, warning) => {
    const ok = '\n2,,B,,,1584848700000,1584851400000,,,1,35,32';
    const parsed = parseIsraelMohCsv(input + ok, options);
    expect(warningTexts(parsed.warnings, 'en')).toEqual([warning]);
    expect(parsed.tracks.map((track) => track.caseCode)).toEqual(['IL-2']);
  });

  it('fails when no row can be read, or the columns are missing', () => {
    expect(parseError(() => parseIsraelMohCsv(`${HEADER}\n1,,A,,,abc,1,,,1,35,32`, options)).message).toBe(
      'Israel MoH CSV: no case track could be read from the file',
    );
    expect(parseError(() => parseIsraelMohCsv('OBJECTID,Place\n1,A', options)).message).toBe(
      'Israel MoH CSV line 1: the header needs OBJECTID, fromTime, toTime, longitude and latitude columns',
    );
  });

  it('returns valid tracks or throws TrajectoryParseError for any input', () => {
    const base = text.split('\r\n').slice(0, 12).join('\r\n');
    fc.assert(
      fc.property(arbitraryInput(base), (input) => expectTotal(() => parseIsraelMohCsv(input, options))),
      { numRuns: 300 },
    );
  });
});
