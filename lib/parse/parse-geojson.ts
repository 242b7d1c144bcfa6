import type { RecordStep } from './parse-error';
import type { Fix } from '../trajectory/fixes-to-parts';
import type { LngLat, Stay } from '../trajectory/types';
import { polygonCentroid, timesAlongLine } from './line-times';
import { ParseContext, residentSettings, quote, toParsedTrajectory, type FixRun, type Where } from './parse-context';
import { readClassification } from './parse-csv';
import { guardStack } from './guard-stack';
import { isRecord, readJson } from './read-json';
import type { CaseClassification, CommonParseOptions, ParsedTrajectory } from './types';

/** What one feature contributed. */
export type GeoJsonRecord = {
  index: number;
  caseCode?: string;
  classification?: CaseClassification;
  runs: FixRun[];
  stays: Stay[];
  /** Points with a single time: joined with the other time-stamped points into one run. */
  stamped: Fix[];
};

type ReadSettings = { isCaseTrack: boolean; defaultCaseCode?: string };

/**
 * Reads GeoJSON trajectories: the case-track interchange format (Points with `start`/`end` are stays, LineStrings
 * carry `coordTimes`), plain (Multi)LineStrings with `coordTimes` or togeojson's `coordinateProperties.times`, and
 * Points with a `time`/`timestamp` (joined into one run of fixes) or `start`/`end`. Errors name the 1-based
 * feature number.
 *
 * @example
 * parseGeoJson('{"type":"Feature","properties":{"start":"2020-02-16T18:00:00+08:00","end":"2020-02-16T19:00:00+08:00"},"geometry":{"type":"Point","coordinates":[121.5,25.0]}}')
 * // → { format: 'geojson', parts: [{ kind: 'stay', lngLat: [121.5, 25], start: 1581847200000, end: 1581850800000 }], ... }
 */
export function parseGeoJson(text: string, options: CommonParseOptions = {}): ParsedTrajectory {
  const context = new ParseContext('geojson', options, residentSettings(options));
  return geoJsonTrajectory(readJson(text, context), context);
}

/**
 * The same reading for GeoJSON already parsed (the check API's JSON body), so it is not serialised and read again.
 *
 * @example
 * parseGeoJsonValue({ type: 'FeatureCollection', features: [] }, { timeZone: 'Asia/Shanghai' }) // throws parse.geojson-no-features
 */
export function parseGeoJsonValue(value: unknown, options: CommonParseOptions = {}): ParsedTrajectory {
  return guardStack('geojson', () => geoJsonTrajectory(value, new ParseContext('geojson', options, residentSettings(options))));
}

function geoJsonTrajectory(value: unknown, context: ParseContext): ParsedTrajectory {
  const records = readGeoJson(value, context, { isCaseTrack: false });
  const runs = records.flatMap((record) => record.runs);
  const stamped = records.flatMap((record) => record.stamped);
  if (stamped.length > 0) runs.push({ label: [{ kind: 'stamped-points' }], fixes: stamped });
  const stays = records.flatMap((record) => record.stays);
  return toParsedTrajectory('geojson', context, context.assemble(runs, stays));
}

/**
 * The features of a FeatureCollection, or a lone Feature as a list of one; anything else is an error.
 *
 * @example
 * geoJsonFeatures({ type: 'Feature', properties: {}, geometry: null }, context) // → [that feature]
 */
export function geoJsonFeatures(value: unknown, context: ParseContext): unknown[] {
  if (!isRecord(value)) return context.fail('parse.geojson-not-object');
  if (value.type === 'Feature') return [value];
  if (value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return context.fail('parse.geojson-wrong-type', { type: quote(value.type) });
  }
  return value.features;
}

/**
 * Reads every feature; in case-track mode each needs a caseCode and a time, and lines are drawn (continuous).
 *
 * @example
 * const records = readGeoJson(readJson(text, context), context, { isCaseTrack: true });
 */
export function readGeoJson(value: unknown, context: ParseContext, settings: ReadSettings): GeoJsonRecord[] {
  const features = geoJsonFeatures(value, context);
  if (features.length === 0) context.fail('parse.geojson-no-features');
  const records: GeoJsonRecord[] = [];
  const untimed: number[] = [];
  let interpolated = 0;
  features.forEach((feature, index) => {
    context.record(() => {
      const where: Where = { record: [{ kind: 'feature', n: index + 1 }] };
      const record = readFeature(feature, index, where, context, settings);
      if (record === 'untimed') {
        if (settings.isCaseTrack) context.failAt(where, 'parse.no-span');
        untimed.push(index + 1);
        return;
      }
      interpolated += record.interpolated;
      records.push(record);
    });
  });
  context.settleSkipped(records.length === 0);
  if (records.length === 0 && untimed.length > 0) {
    context.fail('parse.geojson-untimed', { count: features.length });
  }
  if (untimed.length > 0) {
    context.drop(untimed.length);
    const listed = untimed.slice(0, 5).join(', ') + (untimed.length > 5 ? ', …' : '');
    context.warn('parse.warning-features-untimed', { count: untimed.length, total: features.length, list: listed });
  }
  if (interpolated > 0) {
    context.warn('parse.warning-lines-interpolated', { count: interpolated });
  }
  return records;
}

function readFeature(
  feature: unknown,
  index: number,
  where: Where,
  context: ParseContext,
  settings: ReadSettings,
): (GeoJsonRecord & { interpolated: number }) | 'untimed' {
  if (!isRecord(feature) || feature.type !== 'Feature') context.failAt(where, 'parse.not-a-feature');
  const props = isRecord(feature.properties) ? feature.properties : {};
  const geometry = feature.geometry;
  const placeValue = props.place ?? props.name;
  const place = typeof placeValue === 'string' && placeValue.trim() ? placeValue.trim() : undefined;
  const record: GeoJsonRecord & { interpolated: number } = { index, runs: [], stays: [], stamped: [], interpolated: 0 };

  if (settings.isCaseTrack) {
    const code = props.caseCode ?? settings.defaultCaseCode;
    if (typeof code !== 'string' && typeof code !== 'number') return context.failAt(where, 'parse.value-missing', { field: 'caseCode' });
    if (String(code).trim() === '') context.failAt(where, 'parse.value-missing', { field: 'caseCode' });
    record.caseCode = String(code).trim();
    if (props.classification !== undefined && props.classification !== null) {
      if (typeof props.classification !== 'string')
        context.failAt(where, 'parse.classification-not-text', { value: quote(props.classification) });
      record.classification = readClassification(props.classification, where, context);
    }
  }

  const startValue = props.start ?? props.begin;
  const endValue = props.end;
  const hasSpan = startValue !== undefined && startValue !== null && startValue !== '';
  const hasEnd = endValue !== undefined && endValue !== null && endValue !== '';
  if (hasSpan !== hasEnd) context.failAt(where, hasSpan ? 'parse.start-without-end' : 'parse.end-without-start');
  const span = hasSpan
    ? { start: context.instant(startValue, 'start', where), end: context.instant(endValue, 'end', where) }
    : undefined;
  if (span && span.end < span.start) {
    context.endsBeforeStart(where, span.start, span.end);
  }
  const timeValue = props.time ?? props.timestamp ?? props.when;
  const coordTimes = props.coordTimes ?? (isRecord(props.coordinateProperties) ? props.coordinateProperties.times : undefined);

  if (geometry === null || geometry === undefined) {
    if (span || timeValue !== undefined || coordTimes !== undefined) context.failAt(where, 'parse.time-without-geometry');
    return 'untimed';
  }
  if (!isRecord(geometry) || typeof geometry.type !== 'string') return context.failAt(where, 'parse.geometry-invalid');
  const coordinates = geometry.coordinates;

  const runLabel = (line?: number): RecordStep[] => [{ kind: 'feature', n: index + 1 }, ...(line === undefined ? [] : [{ kind: 'line' as const, n: line }])];
  const lineRun = (lngLats: LngLat[], times: unknown, line?: number): FixRun => {
    if (!Array.isArray(times) || times.length !== lngLats.length) {
      const count = Array.isArray(times) ? times.length : 0;
      return context.failAt(where, 'parse.coord-times-count', {
        count,
        positions: lngLats.length,
        line: line === undefined ? { 'zh-CN': '', en: '' } : { 'zh-CN': `第 ${line} 条线`, en: ` line ${line}` },
      });
    }
    const fixes = lngLats.map((lngLat, k) => ({ lngLat, time: context.instant(times[k], `coordTimes[${k}]`, where) }));
    return { label: runLabel(line), fixes, isContinuous: settings.isCaseTrack, ...(place ? { place } : {}) };
  };
  const interpolatedRun = (lngLats: LngLat[], start: number, end: number, line?: number): FixRun => {
    record.interpolated += 1;
    const fixes = timesAlongLine(lngLats, start, end).map((time, k) => ({ lngLat: lngLats[k], time }));
    return { label: runLabel(line), fixes, isContinuous: true, ...(place ? { place } : {}) };
  };
  const singleTime = () =>
    timeValue === undefined || timeValue === null ? undefined : context.instant(timeValue, 'time', where);

  switch (geometry.type) {
    case 'Point': {
      const lngLat = positionOf(coordinates, where, context);
      if (span) record.stays.push(context.stay(lngLat, span.start, span.end, where, place));
      else {
        const time = singleTime();
        if (time === undefined) return 'untimed';
        record.stamped.push({ lngLat, time });
      }
      break;
    }
    case 'MultiPoint': {
      const lngLats = positionsOf(coordinates, where, context);
      if (span) lngLats.forEach((lngLat) => record.stays.push(context.stay(lngLat, span.start, span.end, where, place)));
      else if (coordTimes !== undefined) record.stamped.push(...lineRun(lngLats, coordTimes).fixes);
      else if (timeValue !== undefined) context.failAt(where, 'parse.one-time-several-points');
      else return 'untimed';
      break;
    }
    case 'LineString': {
      const lngLats = positionsOf(coordinates, where, context);
      if (lngLats.length < 2) context.failAt(where, 'parse.line-too-short');
      if (coordTimes !== undefined) record.runs.push(lineRun(lngLats, coordTimes));
      else if (span) record.runs.push(interpolatedRun(lngLats, span.start, span.end));
      else if (timeValue !== undefined) context.failAt(where, 'parse.one-time-line');
      else return 'untimed';
      break;
    }
    case 'MultiLineString': {
      if (!Array.isArray(coordinates)) return context.failAt(where, 'parse.lines-not-array');
      const lines = coordinates.map((line) => positionsOf(line, where, context));
      if (coordTimes !== undefined) {
        if (!Array.isArray(coordTimes) || coordTimes.length !== lines.length) {
          context.failAt(where, 'parse.coord-times-per-line', { lines: lines.length });
        }
        lines.forEach((line, k) => record.runs.push(lineRun(line, coordTimes[k], k + 1)));
      } else if (span) {
        lines.forEach((line, k) => record.runs.push(interpolatedRun(line, span.start, span.end, k + 1)));
      } else if (timeValue !== undefined) context.failAt(where, 'parse.one-time-lines');
      else return 'untimed';
      break;
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [coordinates] : Array.isArray(coordinates) ? coordinates : [undefined];
      const rings = polygons.map((polygon) => {
        if (!Array.isArray(polygon) || polygon.length === 0)
          return context.failAt(where, 'parse.coordinates-invalid', { type: String(geometry.type) });
        return polygon.map((ring) => positionsOf(ring, where, context));
      });
      if (!span) {
        if (timeValue !== undefined || coordTimes !== undefined) context.failAt(where, 'parse.area-needs-span');
        return 'untimed';
      }
      for (const polygon of rings) {
        const centre = polygonCentroid({ type: 'Polygon', coordinates: polygon });
        record.stays.push(context.stay(centre, span.start, span.end, where, place));
      }
      context.warnAt(where, 'parse.warning-area-as-stay');
      break;
    }
    default:
      return context.failAt(where, 'parse.geometry-unsupported', { type: quote(geometry.type) });
  }
  return record;
}

function positionOf(position: unknown, where: Where, context: ParseContext): LngLat {
  if (!Array.isArray(position) || position.length < 2)
    return context.failAt(where, 'parse.position-invalid', { value: quote(position) });
  context.spend();
  return context.lngLat(position[0], position[1], where);
}

function positionsOf(positions: unknown, where: Where, context: ParseContext): LngLat[] {
  if (!Array.isArray(positions)) return context.failAt(where, 'parse.positions-not-array', { value: quote(positions) });
  return positions.map((position) => positionOf(position, where, context));
}
