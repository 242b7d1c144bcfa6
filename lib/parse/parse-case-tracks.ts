import { groupCaseTracks, type CaseItem } from './group-case-tracks';
import { ParseContext } from './parse-context';
import { readCsvRecords } from './parse-csv';
import { readGeoJson } from './parse-geojson';
import { parseIsraelMohCsv } from './parse-israel-moh-csv';
import { readKml } from './parse-kml';
import { parseTaiwanG0vGeoJson } from './parse-taiwan-g0v-geojson';
import { parseGeolifePlt } from './parse-geolife-plt';
import { parseGoogleLocationHistory } from './parse-google-location-history';
import { parseGpx } from './parse-gpx';
import { formatLabel, TrajectoryParseError } from './parse-error';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { sniffCaseTrackFormat } from './sniff-format';
import { guardStack } from './guard-stack';
import type { CaseTrackFormat, CommonParseOptions, ParseCaseTracksOptions, ParsedCaseTracks, ParsedTrajectory } from './types';

/** The case code of a file that holds one case: the one given, else the file's name without its extension. */
const oneCaseCode = (options: ParseCaseTracksOptions): string | undefined =>
  options.caseCode?.trim() ||
  options.fileName
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .trim() ||
  undefined;

const ONE_CASE_READERS = {
  gpx: { label: { 'zh-CN': 'GPX', en: 'GPX' }, read: parseGpx },
  'google-location-history': { label: { 'zh-CN': 'Google 位置记录', en: 'Google location history' }, read: parseGoogleLocationHistory },
  'geolife-plt': { label: { 'zh-CN': 'GeoLife', en: 'GeoLife' }, read: parseGeolifePlt },
} satisfies Partial<Record<CaseTrackFormat, { label: { 'zh-CN': string; en: string }; read: (text: string, options: CommonParseOptions) => ParsedTrajectory }>>;

/**
 * A case's own GPS or phone log (what a resident would upload), read by the resident's parser: its stays
 * and movements, as they are, become the one case's track.
 */
function oneCaseFromLog(format: keyof typeof ONE_CASE_READERS, text: string, options: ParseCaseTracksOptions): ParsedCaseTracks {
  const { label, read } = ONE_CASE_READERS[format];
  const caseCode = oneCaseCode(options);
  if (!caseCode) throw new TrajectoryParseError(format, 'parse.one-case-needs-code', { at: label, format: label.en });
  // Published data is refused at its first unreadable record, not checked without it as a resident's file is.
  const log = read(text, { ...options, skipUnreadable: false });
  const classification = options.classification ? { classification: options.classification } : {};
  return {
    format,
    tracks: [{ caseCode, parts: log.parts, ...classification }],
    warnings: log.warnings,
    pointCount: log.pointCount,
    ...(log.assumedTimeZone ? { assumedTimeZone: log.assumedTimeZone } : {}),
  };
}

/**
 * Reads published case tracks for the staff/CLI import: the interchange GeoJSON (`caseCode`, `classification`,
 * `place`, `start`/`end`, `coordTimes`), the case CSV (`caseCode,place,lon,lat,start,end`), a KML, GPX, Google
 * location history or GeoLife file holding one case (named by `options.caseCode` or the file name), the Israel
 * MoH exposure points CSV and the Taiwan g0v footprints GeoJSON. Staff-made files fail on the first bad record; the two published data sets skip dirty rows
 * with a warning naming each.
 *
 * @example
 * parseCaseTracks('caseCode,place,lon,lat,start,end\nC1,Market,121.5,25.0,2020-02-16 18:00,2020-02-16 19:00', { timeZone: 'Asia/Taipei' })
 * // → { format: 'csv', tracks: [{ caseCode: 'C1', parts: [{ kind: 'stay', lngLat: [121.5, 25], start: 1581847200000, end: 1581850800000, place: 'Market' }] }], ... }
 */
export function parseCaseTracks(text: string, options: ParseCaseTracksOptions = {}): ParsedCaseTracks {
  const format = options.format ?? sniffCaseTrackFormat(text, options.fileName);
  return guardStack(format, () => {
    switch (format) {
      case 'israel-moh-csv':
        return parseIsraelMohCsv(text, options);
      case 'taiwan-g0v-geojson':
        return parseTaiwanG0vGeoJson(text, options);
      case 'geojson': {
        const context = new ParseContext('geojson', options);
        const records = readGeoJson(readJson(text, context), context, { isCaseTrack: true, defaultCaseCode: options.caseCode });
        const items: CaseItem[] = records.map((record) => ({
          caseCode: record.caseCode ?? '',
          classification: record.classification,
          runs: record.runs,
          stays: record.stays,
          fixes: record.stamped,
        }));
        return groupCaseTracks('geojson', items, context, options.classification);
      }
      case 'csv': {
        const context = new ParseContext('csv', options);
        const records = readCsvRecords(readCsv(text, context), context, { isCaseTrack: true, defaultCaseCode: options.caseCode });
        const items: CaseItem[] = records.map((record) => ({
          caseCode: record.caseCode ?? '',
          classification: record.classification,
          stays: record.stay ? [record.stay] : [],
          fixes: record.fix ? [record.fix] : [],
        }));
        return groupCaseTracks('csv', items, context, options.classification);
      }
      case 'gpx':
      case 'google-location-history':
      case 'geolife-plt':
        return oneCaseFromLog(format, text, options);
      case 'kml': {
        const context = new ParseContext('kml', options, { isTolerant: true });
        const caseCode = oneCaseCode(options);
        if (!caseCode) return context.fail('parse.one-case-needs-code', { at: formatLabel('kml'), format: 'KML' });
        const { runs, stays } = readKml(text, context);
        return groupCaseTracks('kml', [{ caseCode, runs, stays }], context, options.classification);
      }
    }
  });
}
