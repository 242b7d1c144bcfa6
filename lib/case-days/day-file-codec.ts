import { PbfReader, PbfWriter } from 'pbf';
import type { LngLat, TrajectoryPart } from '../trajectory/types';
import type { DayTracks, DayVisit } from './types';

/**
 * The day file: one local day of published case tracks as a protocol buffer (read and written with `pbf`,
 * the encoder behind Mapbox vector tiles and geobuf). Schema (field numbers):
 *
 *   DayFile { 1 version = 1; 2 day: string; 3 start: sint (s); 4 end: sint (s); 5 places: repeated string;
 *             6 cases: repeated Case }
 *   Case    { 1 code: string; 2 visits: repeated Visit }
 *   Visit   { 1 seq: varint; 2 place: varint (index + 1; 0 = none); 3 kind: varint (0 stay, 1 movement);
 *             4 coords: packed sint (lng, lat pairs); 5 times: packed sint }
 *
 * Coordinates are integers in 1e-6° (≈ 0.11 m) and times integer seconds; both are delta-encoded from the
 * previous vertex of the same case (the first from 0 and the day's start), so a walk sampled every 10 s
 * costs ~5 bytes a vertex before compression. A stay's times are its start and its duration. The encoding
 * is deterministic — the same tracks give the same bytes on any machine — so the file's hash is its address.
 */
export const DAY_FILE_VERSION = 1;
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
  for (const c of day.cases) for (const v of c.visits) placeId(v.part.place);

  const dayStart = toUnit(day.start);
  const pbf = new PbfWriter();
  pbf.writeVarintField(1, DAY_FILE_VERSION);
  pbf.writeStringField(2, day.day);
  pbf.writeSVarintField(3, dayStart);
  pbf.writeSVarintField(4, toUnit(day.end));
  for (const place of places) pbf.writeStringField(5, place);
  for (const c of day.cases) {
    pbf.writeMessage(6, writeCase, { caseCode: c.caseCode, visits: c.visits, dayStart, placeId });
  }
  return pbf.finish();
}

type CaseToWrite = { caseCode: string; visits: DayVisit[]; dayStart: number; placeId: (place: string | undefined) => number };

function writeCase(c: CaseToWrite, pbf: PbfWriter): void {
  pbf.writeStringField(1, c.caseCode);
  const last = { x: 0, y: 0, t: c.dayStart };
  for (const visit of c.visits) pbf.writeMessage(2, writeVisit, { visit, last, placeId: c.placeId });
}

type VisitToWrite = { visit: DayVisit; last: { x: number; y: number; t: number }; placeId: (place: string | undefined) => number };

function writeVisit({ visit, last, placeId }: VisitToWrite, pbf: PbfWriter): void {
  const { part } = visit;
  pbf.writeVarintField(1, visit.seq);
  const place = placeId(part.place);
  if (place !== 0) pbf.writeVarintField(2, place);
  const coords: number[] = [];
  const times: number[] = [];
  const pushVertex = (lngLat: LngLat) => {
    const x = toCoord(lngLat[0]);
    const y = toCoord(lngLat[1]);
    coords.push(x - last.x, y - last.y);
    last.x = x;
    last.y = y;
  };
  if (part.kind === 'stay') {
    pushVertex(part.lngLat);
    const start = toUnit(part.start);
    times.push(start - last.t, toUnit(part.end) - start);
    last.t = start;
  } else {
    pbf.writeVarintField(3, 1);
    for (let i = 0; i < part.lngLats.length; i++) {
      pushVertex(part.lngLats[i]);
      const t = toUnit(part.times[i]);
      times.push(t - last.t);
      last.t = t;
    }
  }
  pbf.writePackedSVarint(4, coords);
  pbf.writePackedSVarint(5, times);
}

type RawVisit = { seq: number; place: number; kind: number; coords: number[]; times: number[] };
type RawCase = { caseCode: string; visits: RawVisit[] };
type RawDay = { version: number; day: string; start: number; end: number; places: string[]; cases: RawCase[] };

/**
 * Decodes a day file into the tracks it holds (coordinates to 1e-6°, times to the second). Throws a
 * TypeError for bytes that are not a version-1 day file.
 *
 * @example
 * decodeDayFile(new Uint8Array(await (await fetch('/api/case-tracks/days/2022-04-01.3f9a….bin')).arrayBuffer()))
 * // → { day: '2022-04-01', start: …, end: …, cases: [{ caseCode: 'C-1', visits: [{ seq: 0, part: … }] }] }
 */
export function decodeDayFile(bytes: Uint8Array): DayTracks {
  let raw: RawDay;
  try {
    raw = new PbfReader(bytes).readFields(readDay, { version: 0, day: '', start: 0, end: 0, places: [], cases: [] });
  } catch (error) {
    throw new TypeError(`Not a day file: ${(error as Error).message}`);
  }
  if (raw.version !== DAY_FILE_VERSION || !/^\d{4}-\d{2}-\d{2}$/.test(raw.day)) throw new TypeError('Not a day file (version 1).');
  const placeOf = (id: number) => (id > 0 ? { place: raw.places[id - 1] } : {});
  const cases = raw.cases.map(({ caseCode, visits }) => {
    let x = 0;
    let y = 0;
    let t = raw.start;
    return {
      caseCode,
      visits: visits.map(({ seq, place, kind, coords, times }): DayVisit => {
        const lngLats: LngLat[] = [];
        for (let i = 0; i + 1 < coords.length; i += 2) {
          x += coords[i];
          y += coords[i + 1];
          lngLats.push([x / COORD_SCALE, y / COORD_SCALE]);
        }
        if (kind === 0) {
          if (lngLats.length !== 1 || times.length !== 2) throw new TypeError('Not a day file: a stay needs one vertex and two times.');
          t += times[0];
          return { seq, part: { kind: 'stay', lngLat: lngLats[0], start: t * TIME_UNIT_MS, end: (t + times[1]) * TIME_UNIT_MS, ...placeOf(place) } };
        }
        if (lngLats.length < 2 || times.length !== lngLats.length) throw new TypeError('Not a day file: a movement needs one time per vertex.');
        const partTimes = times.map((dt) => (t += dt) * TIME_UNIT_MS);
        return { seq, part: { kind: 'movement', lngLats, times: partTimes, ...placeOf(place) } };
      }),
    };
  });
  return { day: raw.day, start: raw.start * TIME_UNIT_MS, end: raw.end * TIME_UNIT_MS, cases };
}

function readDay(tag: number, day: RawDay, pbf: PbfReader): void {
  if (tag === 1) day.version = pbf.readVarint();
  else if (tag === 2) day.day = pbf.readString();
  else if (tag === 3) day.start = pbf.readSVarint();
  else if (tag === 4) day.end = pbf.readSVarint();
  else if (tag === 5) day.places.push(pbf.readString());
  else if (tag === 6) day.cases.push(pbf.readMessage(readCase, { caseCode: '', visits: [] }));
}

function readCase(tag: number, c: RawCase, pbf: PbfReader): void {
  if (tag === 1) c.caseCode = pbf.readString();
  else if (tag === 2) c.visits.push(pbf.readMessage(readVisit, { seq: 0, place: 0, kind: 0, coords: [], times: [] }));
}

function readVisit(tag: number, v: RawVisit, pbf: PbfReader): void {
  if (tag === 1) v.seq = pbf.readVarint();
  else if (tag === 2) v.place = pbf.readVarint();
  else if (tag === 3) v.kind = pbf.readVarint();
  else if (tag === 4) pbf.readPackedSVarint(v.coords);
  else if (tag === 5) pbf.readPackedSVarint(v.times);
}
