import type { NoticeEntry } from './read-notice';

/** A hand-read place of a notice: a local day or range ("2020-01-17/2020-01-19") and the place as written. */
export type ExpectedPlace = { days: string; place: string };

export type SampleScore = {
  /** Hand-read places the reader found with an overlapping day. */
  found: number;
  expected: number;
  /** Reader entries (visits and movements with a day and a place phrase) that name a hand-read place. */
  placesNamed: number;
  placesRight: number;
  /** Of those, the ones on a hand-read day of that place. */
  datesRight: number;
};

const localDay = (t: number, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(t);

function dayRange(days: string): [string, string] {
  const [from, to = from] = days.split('/');
  return [from, to];
}

const samePlace = (phrase: string, expected: string) => phrase.includes(expected) || (phrase.length >= 2 && expected.includes(phrase));

/**
 * Compares what the reader read from one notice with a hand reading of it: recall of the hand-read places (same
 * place, overlapping day), precision of the reader's place phrases, and of their days.
 */
export function scoreNotice(entries: readonly NoticeEntry[], expected: readonly ExpectedPlace[], timeZone: string): SampleScore {
  const dated = entries.filter((e) => e.kind !== 'event' && e.start !== undefined && e.end !== undefined);
  const spanOf = (e: NoticeEntry): [string, string] => [localDay(e.start!, timeZone), localDay(e.end! - 1, timeZone)];
  const overlaps = (a: [string, string], b: [string, string]) => a[0] <= b[1] && b[0] <= a[1];
  const phrases = (e: NoticeEntry) => [e.place, e.from, e.to].filter((p): p is string => Boolean(p));
  let found = 0;
  for (const want of expected) {
    if (dated.some((e) => overlaps(spanOf(e), dayRange(want.days)) && phrases(e).some((p) => samePlace(p, want.place)))) found += 1;
  }
  let placesNamed = 0;
  let placesRight = 0;
  let datesRight = 0;
  for (const entry of dated) {
    if (phrases(entry).length === 0) continue;
    placesNamed += 1;
    const matching = expected.filter((want) => phrases(entry).some((p) => samePlace(p, want.place)));
    if (matching.length === 0) continue;
    placesRight += 1;
    if (matching.some((want) => overlaps(spanOf(entry), dayRange(want.days)))) datesRight += 1;
  }
  return { found, expected: expected.length, placesNamed, placesRight, datesRight };
}
