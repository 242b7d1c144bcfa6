import type { Fix } from '../trajectory/fixes-to-parts';
import { ParseContext, residentSettings, toParsedTrajectory, type Where } from './parse-context';
import type { CommonParseOptions, ParsedTrajectory } from './types';

const HEADER_LINES = 6;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})$/;

/**
 * Reads a Microsoft GeoLife `.plt` file: six header lines, then `lat,lon,0,altitude_feet,days,date,time` with the
 * date and time in GMT. Errors name the 1-based line.
 *
 * @example
 * parseGeolifePlt('Geolife trajectory\nWGS 84\nAltitude is in Feet\nReserved 3\n0,2,255,My Track,0,0,2,8421376\n0\n39.999976,116.326565,0,492,39755.4261111111,2008-11-03,10:13:36')
 * // → { format: 'geolife-plt', parts: [{ kind: 'stay', lngLat: [116.326565, 39.999976], start: 1225707216000, end: 1225707216000 }], ... }
 */
export function parseGeolifePlt(text: string, options: CommonParseOptions = {}): ParsedTrajectory {
  const context = new ParseContext('geolife-plt', options, residentSettings(options));
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  if (!/^geolife trajectory/i.test(lines[0]?.trim() ?? '')) {
    context.failAt({ line: 1 }, 'parse.plt-first-line');
  }
  if (lines.length <= HEADER_LINES) context.fail('parse.plt-no-points');
  const fixes: Fix[] = [];
  for (let i = HEADER_LINES; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const where: Where = { line: i + 1 };
    context.spend();
    const fix = context.record((): Fix => {
      const fields = line.split(',').map((field) => field.trim());
      if (fields.length < 7) context.failAt(where, 'parse.plt-fields', { count: fields.length });
      const lat = context.number(fields[0], 'latitude', where);
      const lng = context.number(fields[1], 'longitude', where);
      const lngLat = context.lngLat(lng, lat, where);
      return { lngLat, time: readGmt(fields[5], fields[6], where, context) };
    });
    if (fix) fixes.push(fix);
  }
  context.settleSkipped(fixes.length === 0);
  if (fixes.length === 0) context.fail('parse.plt-no-points');
  return toParsedTrajectory('geolife-plt', context, context.assemble([{ label: [{ kind: 'file' }], fixes }], []));
}

/** GeoLife times are GMT whatever the time zone option says. */
function readGmt(dateText: string, timeText: string, where: Where, context: ParseContext): number {
  const date = DATE.exec(dateText);
  const time = TIME.exec(timeText);
  const raw = `${dateText} ${timeText}`;
  if (!date || !time) return context.failAt(where, 'parse.plt-date-time-shape', { value: raw });
  const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const [hour, minute, second] = [Number(time[1]), Number(time[2]), Number(time[3])];
  const instant = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(instant);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    context.failAt(where, 'parse.plt-date-time-invalid', { value: raw });
  }
  return context.checkTime(instant, raw, 'time', where);
}
