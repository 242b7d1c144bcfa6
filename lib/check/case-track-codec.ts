import type { CaseTrack, LngLat, TrajectoryPart } from '../trajectory/types';
import type { CoverageBasis } from './coverage';

/**
 * The compact wire form of published case tracks (GET /api/case-tracks). Coordinates are integers in
 * 1e-7 degrees (the 7 decimals the database serves, so nothing is lost) and times integer milliseconds;
 * a movement's vertices are delta-encoded from the previous vertex, which keeps the JSON numbers short.
 * Place names are written once in a table and referenced by index (−1: no place).
 */
export type CompactCaseTracks = {
  v: 1;
  places: string[];
  /** Per case: its code and its parts, each `[0, place, lng, lat, start, end]` (stay) or `[1, place, lng, lat, t, dlng, dlat, dt, …]` (movement). */
  cases: [code: string, parts: number[][]][];
};

/** GET /api/case-tracks: the window's tracks, and what the whole published data covers (for `computeCoverage`). */
export type CaseTracksAnswer = CompactCaseTracks & { coverageBasis: CoverageBasis };

const SCALE = 1e7;
const toInt = (degrees: number) => Math.round(degrees * SCALE);
const toDegrees = (value: number) => value / SCALE;

/**
 * Encodes case tracks in the compact wire form. Does not mutate its input.
 *
 * @example
 * encodeCaseTracks([{ caseCode: 'C-1', parts: [{ kind: 'stay', lngLat: [126.9, 37.5], start: 0, end: 60_000, place: 'Shop' }] }])
 * // → { v: 1, places: ['Shop'], cases: [['C-1', [[0, 0, 1269000000, 375000000, 0, 60000]]]] }
 */
export function encodeCaseTracks(tracks: readonly CaseTrack[]): CompactCaseTracks {
  const places: string[] = [];
  const placeIndex = new Map<string, number>();
  const placeOf = (place: string | undefined) => {
    if (place === undefined) return -1;
    let index = placeIndex.get(place);
    if (index === undefined) {
      index = places.push(place) - 1;
      placeIndex.set(place, index);
    }
    return index;
  };
  const cases = tracks.map((track): [string, number[][]] => [
    track.caseCode,
    track.parts.map((part) => {
      if (part.kind === 'stay') return [0, placeOf(part.place), toInt(part.lngLat[0]), toInt(part.lngLat[1]), part.start, part.end];
      const row = [1, placeOf(part.place)];
      let previous: [number, number, number] = [0, 0, 0];
      part.lngLats.forEach((lngLat, i) => {
        const current: [number, number, number] = [toInt(lngLat[0]), toInt(lngLat[1]), part.times[i]];
        row.push(current[0] - previous[0], current[1] - previous[1], current[2] - previous[2]);
        previous = current;
      });
      return row;
    }),
  ]);
  return { v: 1, places, cases };
}

/**
 * Decodes the compact wire form back into case tracks for the overlap engine. Throws a TypeError for a
 * body that is not version 1 of the form.
 *
 * @example
 * decodeCaseTracks(await (await fetch('/api/case-tracks?from=…&to=…')).json())
 * // → [{ caseCode: 'C-1', parts: [{ kind: 'stay', lngLat: [126.9, 37.5], start: 0, end: 60000, place: 'Shop' }] }]
 */
export function decodeCaseTracks(compact: CompactCaseTracks): CaseTrack[] {
  if (compact?.v !== 1 || !Array.isArray(compact.cases) || !Array.isArray(compact.places)) {
    throw new TypeError('Not a compact case-track body (version 1).');
  }
  const withPlace = (index: number) => (index >= 0 ? { place: compact.places[index] } : {});
  return compact.cases.map(([caseCode, rows]) => ({
    caseCode,
    parts: rows.map((row): TrajectoryPart => {
      if (row[0] === 0) {
        return { kind: 'stay', lngLat: [toDegrees(row[2]), toDegrees(row[3])], start: row[4], end: row[5], ...withPlace(row[1]) };
      }
      const lngLats: LngLat[] = [];
      const times: number[] = [];
      let [lng, lat, time] = [0, 0, 0];
      for (let i = 2; i + 2 < row.length; i += 3) {
        lng += row[i];
        lat += row[i + 1];
        time += row[i + 2];
        lngLats.push([toDegrees(lng), toDegrees(lat)]);
        times.push(time);
      }
      return { kind: 'movement', lngLats, times, ...withPlace(row[1]) };
    }),
  }));
}
