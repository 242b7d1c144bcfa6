import { PbfReader, PbfWriter } from 'pbf';
import type { LngLat, TrajectoryPart } from '../trajectory/types';
import type { DayTracks, DayVisit } from './types';

/**
 * The day file: one local day of published case tracks as a protocol buffer (read and written with `pbf`,
 * the encoder behind Mapbox vector tiles and geobuf), laid out in columns. Schema (field numbers):
 *
 *   DayFile { 1 version = 2; 2 day: string; 3 start: sint (s); 4 end: sint (s); 5 places: repeated string;
 *             6 codes: repeated string (the cases, in order);
 *             per case:   7 visits: packed varint (how many of the case's visits follow);
 *             per visit:  8 seqGap: packed varint (seq − previous seq of the case − 1);
 *                         9 place: packed varint (index + 1; 0 = none);
 *                        10 size: packed varint (0 = a stay, n ≥ 2 = a movement of n vertices);
 *             per vertex: 11 x, 12 y, 13 t: packed sint (residuals, below);
 *             per stay:  14 duration: packed sint (s) }
 *
 * Coordinates are integers in 1e-6° (≈ 0.11 m) and times integer seconds. Each vertex is stored as its
 * difference from a prediction: the previous vertex of the same case (the first from 0 and the day's
 * start), and inside a movement from its third vertex on the previous vertex plus the previous step
 * (a phone sampling a walk or a ride at a steady rate leaves only its noise). Columns of like numbers
 * compress far better than interleaved records: at city scale (the bench's 4.8M jittered fixes) brotli
 * makes 15 MB of 14 days where the record-per-visit layout made 22 MB; what is left is the fixes' 5 m
 * GPS noise at 0.1 m resolution (lib/case-days/README.md). A stay's time is its start; its duration is
 * in its own column. The encoding is deterministic — the same tracks give the same bytes on any machine
 * — so the file's hash is its address.
 */
export const DAY_FILE_VERSION = 2;
export const COORD_SCALE = 1e6;
export const TIME_UNIT_MS = 1000;

const toCoord = (degrees: number) => Math.round(degrees * COORD_SCALE);
const toUnit = (ms: number) => Math.round(ms / TIME_UNIT_MS);

/**
 * Rounds a part to what a day file can hold (1e-6°, whole seconds): `decodeDayFile(encodeDayFile(x))`
 * gives exactly `quantizePart` of every part. Does not mutate its input.
 *
 * @example
 * quantizePart({ kind: 'stay', lngLat: [126.9876543, 37.5], start: 1_400, end: 61_600 })
 * // → { kind: 'stay', lngLat: [126.987654, 37.5], start: 1000, end: 62000 }
 */
export function quantizePart(part: TrajectoryPart): TrajectoryPart {
  // `+ 0` turns −0 into 0, as decoding does.
  const q = (lngLat: LngLat): LngLat => [toCoord(lngLat[0]) / COORD_SCALE + 0, toCoord(lngLat[1]) / COORD_SCALE + 0];
  const place = part.place === undefined ? {} : { place: part.place };
  if (part.kind === 'stay') {
    return { kind: 'stay', lngLat: q(part.lngLat), start: toUnit(part.start) * TIME_UNIT_MS + 0, end: toUnit(part.end) * TIME_UNIT_MS + 0, ...place };
  }
  return { kind: 'movement', lngLats: part.lngLats.map(q), times: part.times.map((t) => toUnit(t) * TIME_UNIT_MS + 0), ...place };
}

/** The columns of a day file, in the schema's order. */
type Columns = {
  visits: number[];
  seqGap: number[];
  place: number[];
  size: number[];
  x: number[];
  y: number[];
  t: number[];
  duration: number[];
};

/**
 * Encodes one day of case tracks. Deterministic; does not mutate its input.
 *
 * @example
 * const bytes = encodeDayFile(splitTracksByDay(tracks, 'Asia/Shanghai')[0]);
 */
export function encodeDayFile(day: DayTracks): Uint8Array {
  const places: string[] = [];
  const placeIds = new Map<string, number>();
  const placeId = (place: string | undefined) => {
    if (place === undefined) return 0;
    let id = placeIds.get(place);
    if (id === undefined) {
      id = places.push(place);
      placeIds.set(place, id);
    }
    return id;
  };
  const dayStart = toUnit(day.start);
  const columns: Columns = { visits: [], seqGap: [], place: [], size: [], x: [], y: [], t: [], duration: [] };
  for (const c of day.cases) {
    columns.visits.push(c.visits.length);
    // The previous vertex of this case, and the step that led to it (used inside a movement only).
    let x = 0;
    let y = 0;
    let t = dayStart;
    let lastSeq = -1;
    for (const { seq, part } of c.visits) {
      columns.seqGap.push(seq - lastSeq - 1);
      lastSeq = seq;
      columns.place.push(placeId(part.place));
      const lngLats = part.kind === 'stay' ? [part.lngLat] : part.lngLats;
      const times = part.kind === 'stay' ? [part.start] : part.times;
      columns.size.push(part.kind === 'stay' ? 0 : lngLats.length);
      let dx = 0;
      let dy = 0;
      let dt = 0;
      for (let i = 0; i < lngLats.length; i++) {
        const vx = toCoord(lngLats[i][0]);
        const vy = toCoord(lngLats[i][1]);
        const vt = toUnit(times[i]);
        const hasStep = i >= 2;
        columns.x.push(vx - x - (hasStep ? dx : 0));
        columns.y.push(vy - y - (hasStep ? dy : 0));
        columns.t.push(vt - t - (hasStep ? dt : 0));
        dx = vx - x;
        dy = vy - y;
        dt = vt - t;
        x = vx;
        y = vy;
        t = vt;
      }
      if (part.kind === 'stay') columns.duration.push(toUnit(part.end) - toUnit(part.start));
    }
  }

  const pbf = new PbfWriter();
  pbf.writeVarintField(1, DAY_FILE_VERSION);
  pbf.writeStringField(2, day.day);
  pbf.writeSVarintField(3, dayStart);
  pbf.writeSVarintField(4, toUnit(day.end));
  for (const place of places) pbf.writeStringField(5, place);
  for (const c of day.cases) pbf.writeStringField(6, c.caseCode);
  pbf.writePackedVarint(7, columns.visits);
  pbf.writePackedVarint(8, columns.seqGap);
  pbf.writePackedVarint(9, columns.place);
  pbf.writePackedVarint(10, columns.size);
  pbf.writePackedSVarint(11, columns.x);
  pbf.writePackedSVarint(12, columns.y);
  pbf.writePackedSVarint(13, columns.t);
  pbf.writePackedSVarint(14, columns.duration);
  return pbf.finish();
}

type RawDay = Columns & { version: number; day: string; start: number; end: number; places: string[]; codes: string[] };

const notADayFile = (why: string) => new TypeError(`Not a day file: ${why}`);

/**
 * Decodes a day file into the tracks it holds (coordinates to 1e-6°, times to the second). Throws a
 * TypeError for bytes that are not a version-2 day file or whose columns do not agree.
 *
 * @example
 * decodeDayFile(new Uint8Array(await (await fetch('/api/case-tracks/days/2022-04-01.3f9a….bin')).arrayBuffer()))
 * // → { day: '2022-04-01', start: …, end: …, cases: [{ caseCode: 'C-1', visits: [{ seq: 0, part: … }] }] }
 */
export function decodeDayFile(bytes: Uint8Array): DayTracks {
  let raw: RawDay;
  try {
    raw = new PbfReader(bytes).readFields(readDay, { version: 0, day: '', start: 0, end: 0, places: [], codes: [], visits: [], seqGap: [], place: [], size: [], x: [], y: [], t: [], duration: [] });
  } catch (error) {
    throw notADayFile((error as Error).message);
  }
  if (raw.version !== DAY_FILE_VERSION || !/^\d{4}-\d{2}-\d{2}$/.test(raw.day)) throw new TypeError(`Not a day file (version ${DAY_FILE_VERSION}).`);
  const visitCount = raw.seqGap.length;
  const vertexCount = raw.size.reduce((sum, n) => sum + Math.max(1, n), 0);
  if (raw.visits.length !== raw.codes.length || raw.visits.reduce((sum, n) => sum + n, 0) !== visitCount) throw notADayFile('visit counts do not match the cases.');
  if (raw.place.length !== visitCount || raw.size.length !== visitCount || raw.size.some((n) => n === 1)) throw notADayFile('visit columns do not agree.');
  if (raw.x.length !== vertexCount || raw.y.length !== vertexCount || raw.t.length !== vertexCount) throw notADayFile('vertex columns do not agree.');
  if (raw.duration.length !== raw.size.filter((n) => n === 0).length || raw.place.some((id) => id > raw.places.length)) throw notADayFile('stay or place columns do not agree.');

  let visit = 0;
  let vertex = 0;
  let stay = 0;
  const cases = raw.codes.map((caseCode, k) => {
    let x = 0;
    let y = 0;
    let t = raw.start;
    let lastSeq = -1;
    const visits: DayVisit[] = [];
    for (const end = visit + raw.visits[k]; visit < end; visit++) {
      const seq = (lastSeq += raw.seqGap[visit] + 1);
      const place = raw.place[visit] > 0 ? { place: raw.places[raw.place[visit] - 1] } : {};
      const size = raw.size[visit];
      const lngLats: LngLat[] = [];
      const times: number[] = [];
      let dx = 0;
      let dy = 0;
      let dt = 0;
      for (let i = 0; i < Math.max(1, size); i++, vertex++) {
        const hasStep = i >= 2;
        dx = raw.x[vertex] + (hasStep ? dx : 0);
        dy = raw.y[vertex] + (hasStep ? dy : 0);
        dt = raw.t[vertex] + (hasStep ? dt : 0);
        x += dx;
        y += dy;
        t += dt;
        // `+ 0` turns −0 into 0, as quantizePart does.
        lngLats.push([x / COORD_SCALE + 0, y / COORD_SCALE + 0]);
        times.push(t * TIME_UNIT_MS + 0);
      }
      if (size === 0) {
        const start = times[0];
        visits.push({ seq, part: { kind: 'stay', lngLat: lngLats[0], start, end: start + raw.duration[stay++] * TIME_UNIT_MS + 0, ...place } });
      } else visits.push({ seq, part: { kind: 'movement', lngLats, times, ...place } });
    }
    return { caseCode, visits };
  });
  return { day: raw.day, start: raw.start * TIME_UNIT_MS, end: raw.end * TIME_UNIT_MS, cases };
}

function readDay(tag: number, day: RawDay, pbf: PbfReader): void {
  if (tag === 1) day.version = pbf.readVarint();
  else if (tag === 2) day.day = pbf.readString();
  else if (tag === 3) day.start = pbf.readSVarint();
  else if (tag === 4) day.end = pbf.readSVarint();
  else if (tag === 5) day.places.push(pbf.readString());
  else if (tag === 6) day.codes.push(pbf.readString());
  else if (tag === 7) pbf.readPackedVarint(day.visits);
  else if (tag === 8) pbf.readPackedVarint(day.seqGap);
  else if (tag === 9) pbf.readPackedVarint(day.place);
  else if (tag === 10) pbf.readPackedVarint(day.size);
  else if (tag === 11) pbf.readPackedSVarint(day.x);
  else if (tag === 12) pbf.readPackedSVarint(day.y);
  else if (tag === 13) pbf.readPackedSVarint(day.t);
  else if (tag === 14) pbf.readPackedSVarint(day.duration);
}
