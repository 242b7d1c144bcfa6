import type { PlaceMatch } from './match-place';
import type { PlaceChoice, PlacedEntry } from './place-notice';

/** The phrases of an entry with their matches: a visit's place, a movement's two ends. */
export function phrasesOf(entry: PlacedEntry): { phrase: string; match: PlaceMatch }[] {
  const pairs: [string | undefined, PlaceMatch | undefined][] = [
    [entry.place, entry.placeMatch],
    [entry.from, entry.fromMatch],
    [entry.to, entry.toMatch],
  ];
  return pairs.flatMap(([phrase, match]) => (phrase && match ? [{ phrase, match }] : []));
}

/**
 * The choices a read notice starts with: each clearly matched phrase at its best candidate; ambiguous and
 * unmatched phrases unset, for staff to choose or click.
 *
 * @example
 * initialChoices(entries) // → { '汕头站': [116.68, 23.39] }
 */
export function initialChoices(entries: readonly PlacedEntry[]): PlaceChoice {
  const choices: PlaceChoice = {};
  for (const entry of entries) {
    for (const { phrase, match } of phrasesOf(entry)) {
      if (match.status === 'matched') choices[phrase] = match.candidates[0].entry.lngLat;
    }
  }
  return choices;
}

/** A time span as the district reads it: "01-19 11:00–24:00", with the day shown once when it does not change. */
export function formatNoticeSpan(start: number | undefined, end: number | undefined, timeZone: string): string | undefined {
  if (start === undefined || end === undefined) return undefined;
  const format = (t: number) =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(t)
        .map((p) => [p.type, p.value]),
    );
  const a = format(start);
  const b = format(end - 1);
  const endClock = format(end);
  const endText = endClock.hour === '00' && endClock.minute === '00' ? '24:00' : `${endClock.hour}:${endClock.minute}`;
  const sameDay = a.month === b.month && a.day === b.day;
  return `${a.month}-${a.day} ${a.hour}:${a.minute}–${sameDay ? '' : `${b.month}-${b.day} `}${endText}`;
}
