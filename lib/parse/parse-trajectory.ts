import { guardStack } from './guard-stack';
import { parseCsv } from './parse-csv';
import { parseGeolifePlt } from './parse-geolife-plt';
import { parseGeoJson } from './parse-geojson';
import { parseGoogleLocationHistory } from './parse-google-location-history';
import { parseGpx } from './parse-gpx';
import { parseKml } from './parse-kml';
import { sniffTrajectoryFormat } from './sniff-format';
import type { ParsedTrajectory, ParseTrajectoryOptions } from './types';

export { parseCaseTracks } from './parse-case-tracks';
export type { ParsedTrajectory, ParseTrajectoryOptions, TrajectoryFormat } from './types';

/**
 * Reads a resident's trajectory file in any supported format, sniffed from the file name and content unless
 * `options.format` is given. Throws only TrajectoryParseError for bad input; the message names the line or record.
 *
 * @example
 * parseTrajectoryFile(fileText, { fileName: 'walk.gpx', timeZone: 'Asia/Shanghai' })
 * // → { format: 'gpx', parts: [...], warnings: ['GPX: 3 of 120 points had no <time> and were dropped'], pointCount: 117 }
 */
export function parseTrajectoryFile(text: string, options: ParseTrajectoryOptions = {}): ParsedTrajectory {
  const format = options.format ?? sniffTrajectoryFormat(text, options.fileName);
  return guardStack(format, () => {
    switch (format) {
      case 'gpx':
        return parseGpx(text, options);
      case 'kml':
        return parseKml(text, options);
      case 'geojson':
        return parseGeoJson(text, options);
      case 'csv':
        return parseCsv(text, options);
      case 'google-location-history':
        return parseGoogleLocationHistory(text, options);
      case 'geolife-plt':
        return parseGeolifePlt(text, options);
    }
  });
}
