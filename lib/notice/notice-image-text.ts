import { noticePlaces, zoneLabel, type CaseNotice } from './case-notice-text';

/**
 * Text the server-drawn preview image can show. Its built-in font has Latin glyphs only, so a place name in
 * another script is left out of its row (the row keeps its number and times; the notice text beside the image
 * names it); everything else is the English notice's wording.
 */
export type NoticeImageText = {
  /** The days of the visits in the district's zone: "2020-03-07" or "2020-03-07 – 2020-03-08". */
  days: string;
  /** The zone those days and times are in: "GMT+9 · Asia/Seoul". */
  zone: string;
  rows: { number: number; when: string; place: string }[];
  /** Places beyond `maxRows`, said as "+N more". */
  more: number;
};

const LATIN = /^[\u0020-\u024f\u2010-\u2027\u2030-\u205e]*$/;

/** YYYY-MM-DD of an instant in a zone. */
function localDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/**
 * The preview image's header and place list, with days and times in the district's zone (not UTC: a visit at
 * 00:30 in Seoul is on the 7th there, though it is the 6th in UTC).
 *
 * @example
 * noticeImageText(notice, 'Asia/Seoul', 12)
 * // → { days: '2020-03-07', zone: 'GMT+9 · Asia/Seoul', rows: [{ number: 1, when: '7 Mar 09:50–10:30', place: 'Restaurant · Deungchon-dong' }, …], more: 0 }
 */
export function noticeImageText(notice: CaseNotice, timeZone: string, maxRows: number): NoticeImageText {
  const visits = [...notice.visits].sort((x, y) => Date.parse(x.start) - Date.parse(y.start));
  const first = visits[0] ? localDate(visits[0].start, timeZone) : '';
  const last = visits.length ? localDate(visits.reduce((end, v) => (Date.parse(v.end) > Date.parse(end) ? v.end : end), visits[0].end), timeZone) : '';
  const places = noticePlaces(notice, 'en', timeZone);
  const shown = places.length > maxRows ? places.slice(0, maxRows - 1) : places;
  return {
    days: first === last ? first : `${first} – ${last}`,
    zone: zoneLabel(timeZone, visits[0]?.start ?? notice.reportedAt),
    rows: shown.map(({ number, when, place }) => {
      // Movements are named "A → B"; the arrow is not in the font, the en dash is.
      const drawable = place.replace(/\s*→\s*/g, ' – ');
      return { number, when, place: LATIN.test(drawable) ? drawable : '' };
    }),
    more: places.length - shown.length,
  };
}
