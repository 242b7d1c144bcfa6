import { recordLabel, type RecordStep } from './parse-error';
import { kml } from '@tmcw/togeojson';
import type { Element } from '@xmldom/xmldom';
import type { Geometry, Position } from 'geojson';
import type { Fix } from '../trajectory/fixes-to-parts';
import type { LngLat, Stay } from '../trajectory/types';
import { polygonCentroid, timesAlongLine } from './line-times';
import { ParseContext, residentSettings, quote, toParsedTrajectory, type FixRun, type Where } from './parse-context';
import { readXml } from './read-xml';
import type { CommonParseOptions, ParsedTrajectory } from './types';

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const KML_TUPLE = new RegExp(`^${NUMBER},${NUMBER}(?:,${NUMBER})?$`);
const GX_COORD = new RegExp(`^${NUMBER}\\s+${NUMBER}(?:\\s+${NUMBER})?$`);
// Taiwan convention (yjlou/2019-nCov): "...<br>#!metadata<br>begin:2020-02-16T18:00:00; end:2020-02-16T18:36:00;"
const METADATA = /#!metadata([\s\S]*)$/i;

/** What a KML file holds once read: runs of timed fixes, and stays. */
export type KmlContent = { runs: FixRun[]; stays: Stay[] };

/**
 * Reads a KML file: `gx:Track`s become runs of fixes; a Placemark timed by `<TimeSpan>` (or by the Taiwan
 * `#!metadata<br>begin:…;end:…` convention in its description) becomes a stay (Point, Polygon centroid) or a movement
 * with times interpolated by distance (LineString); Points with a `<TimeStamp>` are joined into one run of fixes.
 *
 * @example
 * parseKml('<kml><Placemark><TimeSpan><begin>2020-02-16T18:00:00+08:00</begin><end>2020-02-16T19:00:00+08:00</end></TimeSpan><Point><coordinates>121.5,25.0</coordinates></Point></Placemark></kml>')
 * // → { format: 'kml', parts: [{ kind: 'stay', lngLat: [121.5, 25], start: 1581847200000, end: 1581850800000 }], ... }
 */
export function parseKml(text: string, options: CommonParseOptions = {}): ParsedTrajectory {
  const context = new ParseContext('kml', options, residentSettings(options));
  const { runs, stays } = readKml(text, context);
  return toParsedTrajectory('kml', context, context.assemble(runs, stays));
}

/**
 * The KML reading behind `parseKml`, shared with the case-track import (tolerant context).
 *
 * @example
 * const { runs, stays } = readKml(text, new ParseContext('kml', { timeZone: 'Asia/Taipei' }, { isTolerant: true }));
 */
export function readKml(text: string, context: ParseContext): KmlContent {
  const doc = readXml(text, context);
  const root = doc.documentElement;
  if (!root || root.localName !== 'kml') return context.fail('parse.root-element', { found: root?.tagName ?? '', expected: 'kml' });
  // The same selection togeojson makes, so that feature i is placemark i.
  const placemarks = Array.from(doc.getElementsByTagName('Placemark'));
  if (placemarks.length === 0) context.fail('parse.kml-no-placemark');
  const features = kml(doc).features.slice(0, placemarks.length);

  const content: KmlContent = { runs: [], stays: [] };
  const stamped: Fix[] = [];
  const untimed: string[] = [];
  let interpolatedLines = 0;

  features.forEach((feature, i) => {
    const props: Record<string, unknown> = feature.properties ?? {};
    const name = typeof props.name === 'string' ? props.name.trim() : '';
    const record: RecordStep[] = [{ kind: 'placemark', n: i + 1, ...(name ? { name } : {}) }];
    const label = recordLabel(record).en;
    const where: Where = { record };
    // Read the whole placemark before keeping any of it, so that a skipped placemark leaves nothing behind.
    const read = context.record(() => {
      checkCoordinates(placemarks[i], where, context);
      return readPlacemark(feature.geometry, props, name, where, context);
    });
    if (read === 'untimed') untimed.push(label);
    else if (read) {
      content.runs.push(...read.runs);
      content.stays.push(...read.stays);
      stamped.push(...read.stamped);
      interpolatedLines += read.runs.filter((run) => run.isContinuous).length;
      if (read.isArea) context.warnAt(where, 'parse.warning-area-as-stay');
    }
  });

  if (stamped.length > 0) content.runs.push({ label: [{ kind: 'stamped-placemarks' }], fixes: stamped });
  if (interpolatedLines > 0) {
    context.warn('parse.warning-lines-interpolated', { count: interpolatedLines });
  }
  if (untimed.length > 0) {
    if (untimed.length === placemarks.length) {
      context.fail('parse.kml-untimed', { count: placemarks.length });
    }
    context.drop(untimed.length);
    const named = untimed.slice(0, 3).join(', ') + (untimed.length > 3 ? ', …' : '');
    context.warn('parse.warning-placemarks-untimed', { count: untimed.length, total: placemarks.length, list: named });
  }
  return content;
}

type PlacemarkContent = KmlContent & { stamped: Fix[]; isArea: boolean };

function readPlacemark(
  geometry: Geometry | null,
  props: Record<string, unknown>,
  name: string,
  where: Where,
  context: ParseContext,
): PlacemarkContent | 'untimed' {
  const label = 'record' in where ? where.record : [];
  const content: PlacemarkContent = { runs: [], stays: [], stamped: [], isArea: false };
  const place = name ? { place: name } : {};
  const trackTimes = readTrackTimes(props);
  if (trackTimes) {
    if (!geometry) return context.failAt(where, 'parse.kml-track-without-coordinates');
    content.runs.push(...trackRuns(geometry, trackTimes, label, where, context));
    return content;
  }
  const time = readTime(props, where, context);
  if (!time) return 'untimed';
  if (!geometry) return context.failAt(where, 'parse.time-without-geometry');
  for (const part of flatten(geometry)) {
    if (time.end === undefined) {
      if (part.type !== 'Point') return context.failAt(where, 'parse.kml-one-time-whole', { type: part.type });
      content.stamped.push({ lngLat: position(part.coordinates, where, context), time: time.start });
    } else if (part.type === 'Point') {
      content.stays.push(context.stay(position(part.coordinates, where, context), time.start, time.end, where, name));
    } else if (part.type === 'LineString') {
      const lngLats = part.coordinates.map((p) => position(p, where, context));
      const times = timesAlongLine(lngLats, time.start, time.end);
      content.runs.push({ label, fixes: lngLats.map((lngLat, k) => ({ lngLat, time: times[k] })), isContinuous: true, ...place });
    } else if (part.type === 'Polygon') {
      part.coordinates.flat().forEach((p) => position(p, where, context));
      content.stays.push(context.stay(polygonCentroid(part), time.start, time.end, where, name));
      content.isArea = true;
    } else {
      context.failAt(where, 'parse.kml-geometry-unsupported', { type: part.type });
    }
  }
  return content;
}

/** togeojson silently drops coordinate tuples it cannot read; refuse them instead so no point vanishes. */
function checkCoordinates(placemark: Element, where: Where, context: ParseContext): void {
  for (const element of Array.from(placemark.getElementsByTagName('coordinates'))) {
    for (const tuple of (element.textContent ?? '').trim().split(/\s+/)) {
      if (tuple !== '' && !KML_TUPLE.test(tuple)) context.failAt(where, 'parse.kml-coordinate-invalid', { value: quote(tuple) });
    }
  }
  for (const element of Array.from(placemark.getElementsByTagNameNS('*', 'coord'))) {
    const tuple = (element.textContent ?? '').trim();
    if (!GX_COORD.test(tuple)) context.failAt(where, 'parse.kml-gx-coord-invalid', { value: quote(tuple) });
  }
}

function readTrackTimes(props: Record<string, unknown>): unknown[] | undefined {
  const coordinateProperties = props.coordinateProperties;
  if (typeof coordinateProperties !== 'object' || coordinateProperties === null) return undefined;
  const times: unknown = 'times' in coordinateProperties ? coordinateProperties.times : undefined;
  return Array.isArray(times) && times.length > 0 ? times : undefined;
}

function trackRuns(geometry: Geometry, times: unknown[], label: readonly RecordStep[], where: Where, context: ParseContext): FixRun[] {
  const tracks = flatten(geometry);
  const timeLists = tracks.length === 1 && !Array.isArray(times[0]) ? [times] : times;
  if (timeLists.length !== tracks.length) context.failAt(where, 'parse.kml-track-times-mismatch');
  return tracks.map((track, k) => {
    const list = timeLists[k];
    const positions = track.type === 'Point' ? [track.coordinates] : track.type === 'LineString' ? track.coordinates : [];
    if (!Array.isArray(list) || list.length !== positions.length) {
      const count = Array.isArray(list) ? list.length : 0;
      return context.failAt(where, 'parse.kml-track-when-count', { track: k + 1, count, positions: positions.length });
    }
    const fixes = positions.map((p, n) => ({
      lngLat: position(p, where, context),
      time: context.instant(list[n], `time ${n + 1}`, where),
    }));
    return { label: tracks.length > 1 ? [...label, { kind: 'gx-track' as const, n: k + 1 }] : label, fixes };
  });
}

type PlacemarkTime = { start: number; end?: number };

/** TimeSpan, then TimeStamp, then the Taiwan `#!metadata` begin/end in the description. */
function readTime(props: Record<string, unknown>, where: Where, context: ParseContext): PlacemarkTime | undefined {
  const span = props.timespan;
  if (typeof span === 'object' && span !== null) {
    const begin = 'begin' in span && typeof span.begin === 'string' ? span.begin.trim() : '';
    const end = 'end' in span && typeof span.end === 'string' ? span.end.trim() : '';
    if (begin && end) {
      return checkedSpan(
        context.instant(begin, 'TimeSpan begin', where),
        context.instant(end, 'TimeSpan end', where),
        where,
        context,
      );
    }
    // An open-ended span only says when the place was entered or left: keep that instant.
    if (begin || end) return { start: context.instant(begin || end, begin ? 'TimeSpan begin' : 'TimeSpan end', where) };
  }
  if (typeof props.timestamp === 'string' && props.timestamp.trim()) {
    return { start: context.instant(props.timestamp.trim(), 'TimeStamp', where) };
  }
  const metadata = METADATA.exec(descriptionText(props.description))?.[1];
  if (metadata !== undefined) {
    const begin = /begin:\s*([^;<]*)/i.exec(metadata)?.[1]?.trim();
    const end = /end:\s*([^;<]*)/i.exec(metadata)?.[1]?.trim();
    if (!begin || !end) context.failAt(where, 'parse.kml-metadata-span');
    return checkedSpan(context.instant(begin, 'begin', where), context.instant(end, 'end', where), where, context);
  }
  return undefined;
}

function checkedSpan(start: number, end: number, where: Where, context: ParseContext): PlacemarkTime {
  if (end < start) context.endsBeforeStart(where, start, end);
  return { start, end };
}

function descriptionText(description: unknown): string {
  if (typeof description === 'string') return description;
  // togeojson writes a CDATA description as { '@type': 'html', value }.
  if (typeof description === 'object' && description !== null && 'value' in description) {
    return typeof description.value === 'string' ? description.value : '';
  }
  return '';
}

type SimpleGeometry = Exclude<Geometry, { type: 'GeometryCollection' }>;

function flatten(geometry: Geometry): SimpleGeometry[] {
  return geometry.type === 'GeometryCollection' ? geometry.geometries.flatMap(flatten) : [geometry];
}

function position(p: Position, where: Where, context: ParseContext): LngLat {
  context.spend();
  return context.lngLat(p[0], p[1], where);
}
