import type { CaseTrack, TrajectoryPart } from '../trajectory/types';
import { localDayStart, localDaysBetween } from './local-day';
import type { DayTracks, DayVisit } from './types';

const partSpan = (part: TrajectoryPart): [number, number] =>
  part.kind === 'stay' ? [part.start, part.end] : [part.times[0], part.times[part.times.length - 1]];

/**
 * Cuts published case tracks into local days: each visit goes, whole, into every day it touches, so a
 * track spanning days appears in each. Visits keep their index in the case's track (`seq`) so days can be
 * merged back without duplicates. Days in order; cases in the order given. Does not mutate its input.
 *
 * @example
 * splitTracksByDay([{ caseCode: 'C-1', parts: [stayFrom23hTo01h] }], 'Asia/Shanghai').map((d) => d.day)
 * // → ['2022-04-01', '2022-04-02']
 */
export function splitTracksByDay(tracks: readonly CaseTrack[], timeZone: string): DayTracks[] {
  const byDay = new Map<string, Map<string, DayVisit[]>>();
  for (const track of tracks) {
    track.parts.forEach((part, seq) => {
      const [from, to] = partSpan(part);
      for (const day of localDaysBetween(from, to, timeZone)) {
        let cases = byDay.get(day);
        if (!cases) byDay.set(day, (cases = new Map()));
        let visits = cases.get(track.caseCode);
        if (!visits) cases.set(track.caseCode, (visits = []));
        visits.push({ seq, part });
      }
    });
  }
  return [...byDay.keys()].sort().map((day) => {
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    return {
      day,
      start: localDayStart(day, timeZone),
      end: localDayStart(next, timeZone),
      cases: [...byDay.get(day)!].map(([caseCode, visits]) => ({ caseCode, visits })),
    };
  });
}

/**
 * Merges day files back into one track per case: visits deduplicated by `seq` and put in track order,
 * cases in code order — what GET /api/case-tracks answered for the same days.
 *
 * @example
 * mergeDayTracks(decodedDays) // → [{ caseCode: 'C-1', parts: [...] }]
 */
export function mergeDayTracks(days: readonly DayTracks[]): CaseTrack[] {
  const byCase = new Map<string, Map<number, TrajectoryPart>>();
  for (const day of days) {
    for (const { caseCode, visits } of day.cases) {
      let parts = byCase.get(caseCode);
      if (!parts) byCase.set(caseCode, (parts = new Map()));
      for (const visit of visits) if (!parts.has(visit.seq)) parts.set(visit.seq, visit.part);
    }
  }
  return [...byCase.keys()]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((caseCode) => ({
      caseCode,
      parts: [...byCase.get(caseCode)!].sort((a, b) => a[0] - b[0]).map(([, part]) => part),
    }));
}
