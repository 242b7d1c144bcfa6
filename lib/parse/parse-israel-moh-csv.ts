import { formatIsoInstant, parseInstant } from '../time/parse-instant';
import { groupCaseTracks, type CaseItem } from './group-case-tracks';
import { ParseContext, type Where } from './parse-context';
import { findColumn, readCsv } from './read-csv';
import type { ParseCaseTracksOptions, ParsedCaseTracks } from './types';

const HOUR = 3_600_000;
const ISRAEL = 'Asia/Jerusalem';
/** A visit whose end is up to this long after its start once moved to the next day is read as overnight. */
const MAX_OVERNIGHT_HOURS = 12;

/**
 * Reads the Israel Ministry of Health exposure points (ArcGIS export as CSV: `OBJECTID`, `Place`, `stayTimes`,
 * `fromTime`/`toTime` in epoch ms UTC, `longitude`, `latitude`), one case `IL-<OBJECTID>` per row. Dirty rows are
 * never dropped silently: a `toTime` before `fromTime` within a day, where moving the end to the next day gives a
 * visit of at most 12 h ("23:15 - 01:00", "19:00 - 00:00"), is read as overnight with a warning; other reversed rows
 * (typo years, "21:00 - 20:00") are skipped with a warning; zero-length visits are kept as instants with a warning.
 * Tracks are `confirmed` unless `options.classification` says otherwise.
 *
 * @example
 * parseIsraelMohCsv('OBJECTID,Place,stayTimes,fromTime,toTime,longitude,latitude\n172774,Haifa,05:45-06:30,1584848700000,1584851400000,35.0002,32.804')
 * // → { tracks: [{ caseCode: 'IL-172774', parts: [{ kind: 'stay', lngLat: [35.0002, 32.804], start: 1584848700000, end: 1584851400000, place: 'Haifa' }] }], ... }
 */
export function parseIsraelMohCsv(text: string, options: ParseCaseTracksOptions = {}): ParsedCaseTracks {
  const context = new ParseContext('israel-moh-csv', options, { isTolerant: true });
  const table = readCsv(text, context);
  const column = (name: string) => findColumn(table.header, [name.toLowerCase()]);
  const columns = {
    id: column('OBJECTID'),
    place: column('Place'),
    name: column('Name'),
    stayTimes: column('stayTimes'),
    from: column('fromTime'),
    to: column('toTime'),
    lng: column('longitude'),
    lat: column('latitude'),
  };
  const missing = (['id', 'from', 'to', 'lng', 'lat'] as const).filter((key) => columns[key] === undefined);
  if (missing.length > 0) {
    context.failAt({ line: 1 }, 'parse.header-israel-moh');
  }
  const cell = (cells: string[], index: number | undefined) => (index === undefined ? '' : (cells[index] ?? ''));

  const items: CaseItem[] = [];
  for (const row of table.rows) {
    const where: Where = { line: row.line };
    const item = context.record((): CaseItem => {
      const id = cell(row.cells, columns.id);
      if (!id) context.failAt(where, 'parse.value-missing', { field: 'OBJECTID' });
      const lngLat = context.lngLat(
        context.number(cell(row.cells, columns.lng), 'longitude', where),
        context.number(cell(row.cells, columns.lat), 'latitude', where),
        where,
      );
      const stayTimes = cell(row.cells, columns.stayTimes);
      const saidText = { 'zh-CN': stayTimes ? `（stayTimes "${stayTimes}"）` : '', en: stayTimes ? ` (stayTimes "${stayTimes}")` : '' };
      const from = context.checkTime(
        context.number(cell(row.cells, columns.from), 'fromTime', where),
        cell(row.cells, columns.from),
        'fromTime',
        where,
      );
      let to = context.checkTime(
        context.number(cell(row.cells, columns.to), 'toTime', where),
        cell(row.cells, columns.to),
        'toTime',
        where,
      );
      if (to < from) {
        const local = (time: number) => formatIsoInstant(time, ISRAEL).slice(0, 16).replace('T', ' ');
        const nextDay = sameWallTimeNextDay(to);
        if (nextDay >= from && nextDay - from <= MAX_OVERNIGHT_HOURS * HOUR) {
          context.warnAt(where, 'parse.warning-israel-overnight', { to: local(to), from: local(from), said: saidText, next: local(nextDay) });
          to = nextDay;
        } else {
          context.failAt(where, 'parse.israel-to-before-from', { to: local(to), from: local(from), said: saidText });
        }
      } else if (to === from) {
        context.warnAt(where, 'parse.warning-israel-zero-length', { said: saidText });
      }
      const place = cell(row.cells, columns.place) || cell(row.cells, columns.name) || undefined;
      return { caseCode: `IL-${id}`, stays: [context.stay(lngLat, from, to, where, place)] };
    });
    if (item) items.push(item);
  }
  // The exposure points are places confirmed patients visited.
  return groupCaseTracks('israel-moh-csv', items, context, options.classification ?? 'confirmed');
}

/** The same Israel wall-clock time one calendar day later (23 or 25 hours later across a DST change). */
function sameWallTimeNextDay(time: number): number {
  const wall = formatIsoInstant(time, ISRAEL);
  const nextDate = new Date(Date.parse(`${wall.slice(0, 10)}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);
  return parseInstant(`${nextDate}${wall.slice(10, 19)}`, ISRAEL).time;
}
