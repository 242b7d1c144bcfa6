import { parseInstant } from '../time/parse-instant';
import type { LngLat, Stay } from '../trajectory/types';

/** A place the resident typed in: where, which day, and from–to in their own wall-clock time. */
export type ManualPlace = { lngLat: LngLat; date: string; from: string; to: string; name?: string };

export type ManualPlaceError = { index: number; field: 'lngLat' | 'date' | 'from' | 'to'; problem: 'invalid' | 'order' };

/**
 * Turns the resident's hand-entered places into stays, reading dates and times as wall time in `timeZone`
 * (the browser's). A `to` earlier than `from` is a mistake, not a visit past midnight: the resident adds a
 * second row for the next day. Returns the first problem per row instead of throwing, for the form.
 *
 * @example
 * manualPlacesToStays([{ lngLat: [126.8567, 37.5561], date: '2020-03-07', from: '10:40', to: '12:10' }], 'Asia/Seoul')
 * // → { stays: [{ kind: 'stay', lngLat: [126.8567, 37.5561], start: 1583545200000, end: 1583550600000 }], errors: [] }
 */
export function manualPlacesToStays(places: readonly ManualPlace[], timeZone: string): { stays: Stay[]; errors: ManualPlaceError[] } {
  const stays: Stay[] = [];
  const errors: ManualPlaceError[] = [];
  places.forEach((place, index) => {
    const [lng, lat] = place.lngLat;
    if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) {
      errors.push({ index, field: 'lngLat', problem: 'invalid' });
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(place.date)) {
      errors.push({ index, field: 'date', problem: 'invalid' });
      return;
    }
    const start = readWallTime(place.date, place.from, timeZone);
    if (start === undefined) {
      errors.push({ index, field: 'from', problem: 'invalid' });
      return;
    }
    const end = readWallTime(place.date, place.to, timeZone);
    if (end === undefined) {
      errors.push({ index, field: 'to', problem: 'invalid' });
      return;
    }
    if (end < start) {
      errors.push({ index, field: 'to', problem: 'order' });
      return;
    }
    const name = place.name?.trim();
    stays.push({ kind: 'stay', lngLat: [lng, lat], start, end, ...(name ? { place: name } : {}) });
  });
  return { stays: stays.sort((a, b) => a.start - b.start), errors };
}

function readWallTime(date: string, time: string, timeZone: string): number | undefined {
  if (!/^\d{2}:\d{2}$/.test(time)) return undefined;
  try {
    return parseInstant(`${date}T${time}:00`, timeZone).time;
  } catch {
    return undefined;
  }
}
