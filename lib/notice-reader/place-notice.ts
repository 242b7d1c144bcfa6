import { matchPlace, type Gazetteer, type PlaceMatch } from './match-place';
import type { NoticeEntry } from './read-notice';

/** A notice entry with its place phrases matched against the gazetteer. */
export type PlacedEntry = NoticeEntry & { placeMatch?: PlaceMatch; fromMatch?: PlaceMatch; toMatch?: PlaceMatch };

/**
 * Matches every place phrase of a read notice (a visit's place, a movement's ends).
 *
 * @example
 * placeNotice(readNotice(text, options), gazetteer, { region: '深圳市' })
 */
export function placeNotice(entries: readonly NoticeEntry[], gazetteer: Gazetteer, options: { region?: string } = {}): PlacedEntry[] {
  const match = (phrase: string | undefined) => (phrase ? matchPlace(phrase, gazetteer, options) : undefined);
  return entries.map((entry) => {
    const placed: PlacedEntry = { ...entry };
    const placeMatch = match(entry.place);
    const fromMatch = match(entry.from);
    const toMatch = match(entry.to);
    if (placeMatch) placed.placeMatch = placeMatch;
    if (fromMatch) placed.fromMatch = fromMatch;
    if (toMatch) placed.toMatch = toMatch;
    return placed;
  });
}

/** A visit of the draft track, in the case editor's terms (a place with a time span, or a line with vertex times). */
export type DraftVisit =
  | { place: string; lngLat: [number, number]; start: number; end: number; isApproximate: boolean; text: string }
  | { place: string; lngLats: [number, number][]; times: number[]; isApproximate: boolean; text: string };

/** Why an entry did not become part of the draft: staff see these listed, to place by hand or leave out. */
export type LeftOut = { text: string; reason: 'no-time' | 'no-place' | 'region-only' | 'not-placed' | 'event' };

/** Where staff put a place phrase: a gazetteer candidate they accepted or a point they clicked. */
export type PlaceChoice = Record<string, [number, number] | undefined>;

const regionOnly = (m: PlaceMatch | undefined) => m?.status === 'region';

/**
 * Turns a placed notice into a draft track: a visit for each entry with a time and a placed location, a movement
 * for each leg whose two ends are placed; everything else listed as left out with its reason. Locations come only
 * from `choices` (what staff accepted or clicked) or from a `matched` phrase — never from an ambiguous one.
 *
 * @example
 * draftFromNotice(placeNotice(entries, gazetteer), { '汕头站': [116.68, 23.39] })
 */
export function draftFromNotice(entries: readonly PlacedEntry[], choices: PlaceChoice = {}): { visits: DraftVisit[]; leftOut: LeftOut[] } {
  const visits: DraftVisit[] = [];
  const leftOut: LeftOut[] = [];
  const locate = (phrase: string | undefined, match: PlaceMatch | undefined): [number, number] | undefined => {
    if (!phrase) return undefined;
    if (choices[phrase]) return choices[phrase];
    return match?.status === 'matched' ? match.candidates[0].entry.lngLat : undefined;
  };
  for (const entry of entries) {
    if (entry.kind === 'event') {
      leftOut.push({ text: entry.text, reason: 'event' });
      continue;
    }
    if (entry.start === undefined || entry.end === undefined) {
      leftOut.push({ text: entry.text, reason: 'no-time' });
      continue;
    }
    const isApproximate = entry.time?.isApproximate ?? true;
    if (entry.kind === 'visit') {
      const lngLat = locate(entry.place, entry.placeMatch);
      if (lngLat) visits.push({ place: entry.place!, lngLat, start: entry.start, end: entry.end, isApproximate, text: entry.text });
      else leftOut.push({ text: entry.text, reason: regionOnly(entry.placeMatch) ? 'region-only' : entry.place ? 'not-placed' : 'no-place' });
      continue;
    }
    const from = locate(entry.from, entry.fromMatch);
    const to = locate(entry.to, entry.toMatch);
    if (from && to && (from[0] !== to[0] || from[1] !== to[1])) {
      visits.push({ place: `${entry.from} → ${entry.to}`, lngLats: [from, to], times: [entry.start, entry.end], isApproximate, text: entry.text });
    } else if (to) {
      // Only the destination is placed: the case was there from its arrival, which the text does not pin.
      visits.push({ place: entry.to!, lngLat: to, start: entry.start, end: entry.end, isApproximate: true, text: entry.text });
    } else {
      const isRegion = regionOnly(entry.fromMatch) || regionOnly(entry.toMatch);
      leftOut.push({ text: entry.text, reason: isRegion ? 'region-only' : entry.from || entry.to ? 'not-placed' : 'no-place' });
    }
  }
  return { visits, leftOut };
}
