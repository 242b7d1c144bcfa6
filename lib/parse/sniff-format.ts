import { TrajectoryParseError } from './parse-error';
import type { CaseTrackFormat, TrajectoryFormat } from './types';

const HEAD_LENGTH = 8192;

function headOf(text: string): string {
  return text
    .slice(0, HEAD_LENGTH)
    .replace(/^\uFEFF/, '')
    .trimStart();
}

function extensionOf(fileName: string | undefined): string {
  const match = fileName ? /\.([a-z0-9]+)$/i.exec(fileName.trim()) : null;
  return match ? match[1].toLowerCase() : '';
}

function refuseZip(head: string, extension: string, format: TrajectoryFormat | CaseTrackFormat): void {
  if (head.startsWith('PK\u0003\u0004') || extension === 'kmz' || extension === 'zip') {
    throw new TrajectoryParseError(format, 'parse.zip-archive');
  }
}

function isGoogleJson(head: string): boolean {
  const google = /"(locations|semanticSegments|timelineObjects)"\s*:/.exec(head);
  const geojson = /"type"\s*:\s*"(FeatureCollection|Feature)"/.exec(head);
  if (head.startsWith('[') && /"startTime"\s*:/.test(head) && !geojson) return true;
  return google !== null && (geojson === null || google.index < geojson.index);
}

/**
 * The format of a resident's trajectory file, from its extension and, where that is not decisive, its content.
 *
 * @example
 * sniffTrajectoryFormat('Geolife trajectory\r\nWGS 84\r\n...', '20081103101336.plt') // → 'geolife-plt'
 */
export function sniffTrajectoryFormat(text: string, fileName?: string): TrajectoryFormat {
  const head = headOf(text);
  const extension = extensionOf(fileName);
  refuseZip(head, extension, extension === 'kmz' ? 'kml' : 'csv');
  if (extension === 'gpx' || extension === 'kml' || extension === 'geojson' || extension === 'csv') return extension;
  if (extension === 'plt') return 'geolife-plt';
  if (head.startsWith('<')) {
    if (/<(\w+:)?gpx[\s>]/i.test(head)) return 'gpx';
    if (/<(\w+:)?kml[\s>]/i.test(head)) return 'kml';
    throw new TrajectoryParseError('gpx', 'parse.xml-unknown');
  }
  if (head.startsWith('{') || head.startsWith('[')) return isGoogleJson(head) ? 'google-location-history' : 'geojson';
  if (/^geolife trajectory/i.test(head)) return 'geolife-plt';
  return 'csv';
}

/**
 * The format of a case-track file for the staff import, from its extension and content.
 *
 * @example
 * sniffCaseTrackFormat('OBJECTID,Name,Place,Comments,stayTimes,fromTime,toTime,...') // → 'israel-moh-csv'
 */
export function sniffCaseTrackFormat(text: string, fileName?: string): CaseTrackFormat {
  const head = headOf(text);
  const extension = extensionOf(fileName);
  refuseZip(head, extension, extension === 'kmz' ? 'kml' : 'csv');
  if (extension === 'kml' || (head.startsWith('<') && /<(\w+:)?kml[\s>]/i.test(head))) return 'kml';
  if (extension === 'gpx' || (head.startsWith('<') && /<(\w+:)?gpx[\s>]/i.test(head))) return 'gpx';
  if (head.startsWith('<')) {
    throw new TrajectoryParseError('kml', 'parse.case-xml-unknown');
  }
  if (extension === 'plt' || /^geolife trajectory/i.test(head)) return 'geolife-plt';
  if (extension === 'geojson' || extension === 'json' || head.startsWith('{') || head.startsWith('[')) {
    if (isGoogleJson(head)) return 'google-location-history';
    return head.includes('"案號"') ? 'taiwan-g0v-geojson' : 'geojson';
  }
  const header = head.split(/\r?\n/, 1)[0].toLowerCase();
  if (header.includes('objectid') && header.includes('fromtime') && header.includes('totime')) return 'israel-moh-csv';
  return 'csv';
}
