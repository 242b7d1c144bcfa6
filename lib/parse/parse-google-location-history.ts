import type { RecordStep } from './parse-error';
import type { Fix } from '../trajectory/fixes-to-parts';
import type { LngLat, Stay } from '../trajectory/types';
import { timesAlongLine } from './line-times';
import { ParseContext, residentSettings, quote, toParsedTrajectory, type FixRun, type Where } from './parse-context';
import { isRecord, readJson } from './read-json';
import type { CommonParseOptions, ParsedTrajectory } from './types';

// "39.9042°, 116.4074°" (Android Timeline.json) or "geo:39.9042,116.4074" (iOS export).
const LAT_LNG_TEXT = /^\s*(?:geo:)?\s*([+-]?\d+(?:\.\d+)?)\s*°?\s*,\s*([+-]?\d+(?:\.\d+)?)\s*°?\s*$/;
const TWO_TO_THE_32 = 4_294_967_296;

/** `path` holds the fixes of Records.json or of Timeline.json's timelinePath and activities, as one run. */
type Collected = { runs: FixRun[]; stays: Stay[]; path: Fix[]; isPathOrderless: boolean };

/**
 * Reads a Google location history export, whichever of its shapes: Takeout `Records.json` (`locations[]` with
 * `latitudeE7`/`longitudeE7` and `timestamp` or `timestampMs`), the on-device `Timeline.json` (`semanticSegments[]`
 * with `timelinePath`, `visit` and `activity`; also the iOS array with `geo:` points), and the monthly Semantic
 * Location History (`timelineObjects[]` with `placeVisit` and `activitySegment`). Records are named by 0-based index.
 *
 * @example
 * parseGoogleLocationHistory('{"locations":[{"latitudeE7":399042000,"longitudeE7":1164074000,"timestamp":"2020-02-16T10:00:00Z"}]}')
 * // → { format: 'google-location-history', parts: [{ kind: 'stay', lngLat: [116.4074, 39.9042], start: 1581847200000, end: 1581847200000 }], ... }
 */
export function parseGoogleLocationHistory(text: string, options: CommonParseOptions = {}): ParsedTrajectory {
  const context = new ParseContext('google-location-history', options, residentSettings(options));
  const value = readJson(text, context);
  const collected: Collected = { runs: [], stays: [], path: [], isPathOrderless: false };
  if (isRecord(value) && Array.isArray(value.locations)) readRecords(value.locations, context, collected);
  else if (isRecord(value) && Array.isArray(value.semanticSegments)) readSegments(value.semanticSegments, context, collected);
  else if (isRecord(value) && Array.isArray(value.timelineObjects))
    readTimelineObjects(value.timelineObjects, context, collected);
  else if (Array.isArray(value) && value.some((item) => isRecord(item) && 'startTime' in item))
    readSegments(value, context, collected);
  else {
    context.fail('parse.google-not-export');
  }
  const runs = [...collected.runs];
  if (collected.path.length > 0) {
    runs.push({ label: [{ kind: 'recorded-path' }], fixes: collected.path, isOrderless: collected.isPathOrderless });
  }
  context.settleSkipped(runs.length === 0 && collected.stays.length === 0);
  if (runs.length === 0 && collected.stays.length === 0) context.fail('parse.google-no-timed-location');
  return toParsedTrajectory('google-location-history', context, context.assemble(runs, collected.stays));
}

/** Records.json: raw fixes. Old exports list them newest first; `assemble` sorts them with a warning. */
function readRecords(locations: unknown[], context: ParseContext, collected: Collected): void {
  let withoutPosition = 0;
  let withoutTime = 0;
  for (const [index, location] of locations.entries()) {
    const where: Where = { record: [{ kind: 'location', n: index + 1 }] };
    const read = context.record((): Fix | 'no-position' | 'no-time' => {
      if (!isRecord(location)) context.failAt(where, 'parse.not-an-object');
      if (location.latitudeE7 === undefined && location.longitudeE7 === undefined) return 'no-position';
      const lngLat = e7LngLat(location.latitudeE7, location.longitudeE7, where, context);
      const time = location.timestamp ?? location.timestampMs;
      if (time === undefined) return 'no-time';
      return { lngLat, time: context.instant(time, location.timestamp === undefined ? 'timestampMs' : 'timestamp', where) };
    });
    if (read === 'no-position') withoutPosition += 1;
    else if (read === 'no-time') withoutTime += 1;
    else if (read) collected.path.push(read);
  }
  context.drop(withoutPosition + withoutTime);
  if (withoutPosition > 0) context.warn('parse.warning-google-no-position', { count: withoutPosition, total: locations.length });
  if (withoutTime > 0) context.warn('parse.warning-google-no-time', { count: withoutTime, total: locations.length });
}

/** Timeline.json (Android `semanticSegments`, or the iOS top-level array). */
function readSegments(segments: unknown[], context: ParseContext, collected: Collected): void {
  // Path segments and activity segments overlap in time, so their fixes arrive out of order.
  collected.isPathOrderless = true;
  segments.forEach((segment, index) => {
    // Read the whole segment before keeping any of it, so that a skipped segment leaves nothing behind.
    const read = context.record(() => readSegment(segment, index, context));
    if (read) {
      collected.stays.push(...read.stays);
      collected.path.push(...read.path);
    }
  });
}

function readSegment(segment: unknown, index: number, context: ParseContext): { stays: Stay[]; path: Fix[] } {
  const stays: Stay[] = [];
  const path: Fix[] = [];
  const where: Where = { record: [{ kind: 'timeline-segment', n: index + 1 }] };
  if (!isRecord(segment)) return context.failAt(where, 'parse.not-an-object');
  const start = context.instant(segment.startTime, 'startTime', where);
  const end = context.instant(segment.endTime, 'endTime', where);
  const visit = segment.visit;
  if (isRecord(visit)) {
    const candidate = isRecord(visit.topCandidate) ? visit.topCandidate : {};
    const location = isRecord(candidate.placeLocation) ? candidate.placeLocation.latLng : candidate.placeLocation;
    stays.push(context.stay(textLngLat(location, 'placeLocation', where, context), start, end, where));
  }
  const activity = segment.activity;
  if (isRecord(activity)) {
    const from = isRecord(activity.start) ? activity.start.latLng : activity.start;
    const to = isRecord(activity.end) ? activity.end.latLng : activity.end;
    if (end < start) context.endsBeforeStart(where, start, end);
    path.push({ lngLat: textLngLat(from, 'activity start', where, context), time: start });
    path.push({ lngLat: textLngLat(to, 'activity end', where, context), time: end });
  }
  if (Array.isArray(segment.timelinePath)) {
    segment.timelinePath.forEach((point, k) => {
      const pointWhere: Where = { record: [{ kind: 'timeline-segment', n: index + 1 }, { kind: 'path-point', n: k + 1 }] };
      if (!isRecord(point)) return context.failAt(pointWhere, 'parse.not-an-object');
      const lngLat = textLngLat(point.point, 'point', pointWhere, context);
      // iOS gives minutes after the segment start instead of a time.
      const offset = point.durationMinutesOffsetFromStartTime;
      const time =
        point.time !== undefined
          ? context.instant(point.time, 'time', pointWhere)
          : context.checkTime(
              start + context.number(offset, 'durationMinutesOffsetFromStartTime', pointWhere) * 60_000,
              offset,
              'time',
              pointWhere,
            );
      path.push({ lngLat, time });
    });
  }
  return { stays, path };
}

/** Semantic Location History: place visits are stays; activity segments are movements. */
function readTimelineObjects(objects: unknown[], context: ParseContext, collected: Collected): void {
  let interpolated = 0;
  objects.forEach((object, index) => {
    // Read the whole object before keeping any of it, so that a skipped object leaves nothing behind.
    const read = context.record(() => readTimelineObject(object, index, context));
    if (read?.stay) collected.stays.push(read.stay);
    if (read?.run) collected.runs.push(read.run);
    if (read?.run?.isContinuous) interpolated += 1;
  });
  if (interpolated > 0) {
    context.warn('parse.warning-google-paths-interpolated', { count: interpolated });
  }
}

/** One place visit (a stay) or activity segment (a movement) of Semantic Location History. */
function readTimelineObject(object: unknown, index: number, context: ParseContext): { stay?: Stay; run?: FixRun } {
  const where: Where = { record: [{ kind: 'timeline-object', n: index + 1 }] };
  if (!isRecord(object)) return context.failAt(where, 'parse.not-an-object');
  const read: { stay?: Stay; run?: FixRun } = {};
  const { placeVisit, activitySegment } = object;
  if (isRecord(placeVisit)) {
    const location = isRecord(placeVisit.location) ? placeVisit.location : {};
    const lngLat = e7LngLat(location.latitudeE7, location.longitudeE7, where, context);
    const { start, end } = duration(placeVisit.duration, where, context);
    const name = typeof location.name === 'string' && location.name.trim() ? location.name.trim() : undefined;
    read.stay = context.stay(lngLat, start, end, where, name);
  } else if (isRecord(activitySegment)) {
    const startLocation = isRecord(activitySegment.startLocation) ? activitySegment.startLocation : {};
    const endLocation = isRecord(activitySegment.endLocation) ? activitySegment.endLocation : {};
    const from = e7LngLat(startLocation.latitudeE7, startLocation.longitudeE7, where, context);
    const to = e7LngLat(endLocation.latitudeE7, endLocation.longitudeE7, where, context);
    const { start, end } = duration(activitySegment.duration, where, context);
    if (end < start) context.endsBeforeStart(where, start, end);
    const label: RecordStep[] = [{ kind: 'timeline-object', n: index + 1 }];
    const raw = isRecord(activitySegment.simplifiedRawPath) ? activitySegment.simplifiedRawPath.points : undefined;
    const waypoints = isRecord(activitySegment.waypointPath) ? activitySegment.waypointPath.waypoints : undefined;
    if (Array.isArray(raw) && raw.length > 0) {
      const fixes = raw.map((point, k) => {
        const pointWhere: Where = { record: [...label, { kind: 'raw-point', n: k + 1 }] };
        if (!isRecord(point)) return context.failAt(pointWhere, 'parse.not-an-object');
        const time = point.timestamp ?? point.timestampMs;
        return {
          lngLat: e7LngLat(point.latE7, point.lngE7, pointWhere, context),
          time: context.instant(time, 'timestamp', pointWhere),
        };
      });
      read.run = { label, fixes: [{ lngLat: from, time: start }, ...fixes, { lngLat: to, time: end }] };
    } else if (Array.isArray(waypoints) && waypoints.length > 0) {
      // Waypoints are road-snapped positions without times: the path is known, the times are spread by distance.
      const lngLats = [
        from,
        ...waypoints.map((point, k) => {
          const pointWhere: Where = { record: [...label, { kind: 'waypoint', n: k + 1 }] };
          if (!isRecord(point)) return context.failAt(pointWhere, 'parse.not-an-object');
          return e7LngLat(point.latE7, point.lngE7, pointWhere, context);
        }),
        to,
      ];
      const times = timesAlongLine(lngLats, start, end);
      read.run = { label, fixes: lngLats.map((lngLat, k) => ({ lngLat, time: times[k] })), isContinuous: true };
    } else {
      read.run = {
        label,
        fixes: [
          { lngLat: from, time: start },
          { lngLat: to, time: end },
        ],
      };
    }
  }
  return read;
}

function duration(value: unknown, where: Where, context: ParseContext): { start: number; end: number } {
  if (!isRecord(value)) return context.failAt(where, 'parse.google-no-duration');
  const start = value.startTimestamp ?? value.startTimestampMs;
  const end = value.endTimestamp ?? value.endTimestampMs;
  return { start: context.instant(start, 'startTimestamp', where), end: context.instant(end, 'endTimestamp', where) };
}

/**
 * Degrees from E7 integers. Some Records.json exports wrote coordinates past the signed 32-bit range as unsigned
 * (a latitude of -33° as 4,004,000,000); those are wrapped back, as Google's own viewers do.
 */
function e7LngLat(latE7: unknown, lngE7: unknown, where: Where, context: ParseContext): LngLat {
  context.spend();
  const lat = context.number(latE7, 'latitudeE7', where);
  const lng = context.number(lngE7, 'longitudeE7', where);
  const wrap = (n: number, limit: number) => (n > limit && n - TWO_TO_THE_32 >= -limit ? n - TWO_TO_THE_32 : n);
  return context.lngLat(wrap(lng, 1_800_000_000) / 1e7, wrap(lat, 900_000_000) / 1e7, where);
}

function textLngLat(value: unknown, field: string, where: Where, context: ParseContext): LngLat {
  const match = typeof value === 'string' ? LAT_LNG_TEXT.exec(value) : null;
  if (!match)
    return value === undefined
      ? context.failAt(where, 'parse.value-missing', { field })
      : context.failAt(where, 'parse.google-lat-lng-text', { field, value: quote(value) });
  context.spend();
  return context.lngLat(Number(match[2]), Number(match[1]), where);
}
