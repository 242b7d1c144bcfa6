/**
 * npm run bench:notices — reads every notice of the 2020 Guangdong corpus and reports, as one JSON line: the
 * share of notices with at least one dated visit or movement, the share of clauses with a written date or clock
 * time that the reader pinned, and the share of place phrases the 2020 gazetteer matched (clearly, ambiguously,
 * not at all), with the reading time per notice.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { buildGazetteer, matchPlace } from '@/lib/notice-reader/match-place';
import { readGazetteer } from '@/lib/notice-reader/read-gazetteer';
import { readNotice } from '@/lib/notice-reader/read-notice';
import { normalizeNotice } from '@/lib/notice-reader/normalize-notice';

const corpusDir = path.join(process.cwd(), 'lib/notice-reader/corpus');
const notices = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(corpusDir, 'china_case_tracks_text_guangdong_2020.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const gazetteerFile = fs.readFileSync(path.join(corpusDir, 'china_epidemic_pois_2020-04.csv'), 'utf8');
const { entries } = readGazetteer(gazetteerFile, { format: 'csv', datum: 'gcj02', source: 'pois-2020' });
const gazetteer = buildGazetteer(entries);

// The corpus carries no publication dates; its events run Dec 2019 – Apr 2020, so read it as published at its end.
const published = { year: 2020, month: 4, day: 30 };
const DATE_WORD = /\d{1,2}月\d{1,2}[日号]|(?<![月\d])\d{1,2}[日号]|当天|当日|次日|同日/;
const CLOCK_WORD = /\d{1,2}:\d{2}|\d{1,2}[时点]|凌晨|上午|中午|下午|傍晚|晚上/;

let withDatedPlace = 0;
let dateClauses = 0;
let datesRead = 0;
let clockClauses = 0;
let clocksRead = 0;
const places = { matched: 0, ambiguous: 0, unmatched: 0, region: 0 };
const started = performance.now();
for (const notice of notices) {
  const read = readNotice(notice.detail_info ?? '', { published, timeZone: 'Asia/Shanghai' });
  if (read.some((e) => e.kind !== 'event' && e.start !== undefined)) withDatedPlace += 1;
  for (const entry of read) {
    const text = normalizeNotice(entry.text);
    if (DATE_WORD.test(text)) {
      dateClauses += 1;
      if (entry.dateWritten) datesRead += 1;
    }
    if (CLOCK_WORD.test(text)) {
      clockClauses += 1;
      if (entry.time?.startMinute !== undefined) clocksRead += 1;
    }
    for (const phrase of [entry.place, entry.from, entry.to]) {
      if (!phrase) continue;
      const match = matchPlace(phrase, gazetteer, { region: notice.city });
      places[match.status] += 1;
      if (process.env.SHOW && match.status !== 'unmatched' && match.status !== 'region' && Math.random() < 0.3) console.error(match.status, phrase, '→', match.candidates.slice(0, 2).map((c) => `${c.entry.name}(${c.entry.region ?? ''},${c.score})`).join(' '));
    }
  }
}
const readingMs = performance.now() - started;
const share = (n: number, d: number) => Math.round((n / Math.max(1, d)) * 1000) / 1000;
const phraseCount = places.matched + places.ambiguous + places.unmatched + places.region;
console.log(
  JSON.stringify({
    bench: 'notices',
    notices: notices.length,
    gazetteerEntries: entries.length,
    shareWithDatedVisitOrMovement: share(withDatedPlace, notices.length),
    clausesWithDate: dateClauses,
    shareOfDatesRead: share(datesRead, dateClauses),
    clausesWithClockOrPartOfDay: clockClauses,
    shareOfClocksRead: share(clocksRead, clockClauses),
    placePhrases: phraseCount,
    placeMatched: share(places.matched, phraseCount),
    placeAmbiguous: share(places.ambiguous, phraseCount),
    placeUnmatched: share(places.unmatched, phraseCount),
    placeRegion: share(places.region, phraseCount),
    msPerNotice: Math.round((readingMs / notices.length) * 100) / 100,
  }),
);
