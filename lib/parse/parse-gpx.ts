import type { RecordStep } from './parse-error';
import type { Element } from '@xmldom/xmldom';
import type { Fix } from '../trajectory/fixes-to-parts';
import type { Stay } from '../trajectory/types';
import { ParseContext, residentSettings, toParsedTrajectory, type FixRun, type Where } from './parse-context';
import { childElements, childText, readXml } from './read-xml';
import type { CommonParseOptions, ParsedTrajectory } from './types';

/**
 * Reads a GPX 1.0/1.1 file: each track segment and each route is a run of fixes, each timed waypoint a zero-length
 * stay. Points without `<time>` are dropped with a warning; a file with no timed point is an error. A point that
 * cannot be read (a latitude of "abc") is skipped and counted unless too many are (see `settleSkipped`).
 *
 * The DOM is walked here rather than through togeojson's `gpx()`, which pairs `coordinateProperties.times` with
 * coordinates by position while skipping untimed points (so one missing `<time>` shifts every later time onto the
 * wrong point) and silently drops points with unreadable coordinates and one-point segments.
 *
 * @example
 * parseGpx('<gpx><trk><trkseg><trkpt lat="39.9" lon="116.3"><time>2020-02-16T10:00:00Z</time></trkpt></trkseg></trk></gpx>')
 * // → { format: 'gpx', parts: [{ kind: 'stay', lngLat: [116.3, 39.9], start: 1581847200000, end: 1581847200000 }], ... }
 */
export function parseGpx(text: string, options: CommonParseOptions = {}): ParsedTrajectory {
  const context = new ParseContext('gpx', options, residentSettings(options));
  const doc = readXml(text, context);
  const root = doc.documentElement;
  if (!root || root.localName !== 'gpx') return context.fail('parse.root-element', { found: root?.tagName ?? '', expected: 'gpx' });

  const runs: FixRun[] = [];
  const stays: Stay[] = [];
  let untimedTrackPoints = 0;
  let totalPoints = 0;

  const readRun = (points: Element[], label: RecordStep[]) => {
    const fixes: Fix[] = [];
    points.forEach((point, i) => {
      context.spend();
      totalPoints += 1;
      const where: Where = { record: [...label, { kind: 'point', n: i + 1 }] };
      // undefined: an unreadable point, skipped and counted by the context.
      const fix = context.record(() => readPoint(point, where, context) ?? 'untimed');
      if (fix === 'untimed') untimedTrackPoints += 1;
      else if (fix) fixes.push(fix);
    });
    if (fixes.length > 0) runs.push({ label, fixes });
  };

  childElements(root, 'trk').forEach((track, t) => {
    const segments = childElements(track, 'trkseg');
    segments.forEach((segment, s) => {
      const track: RecordStep = { kind: 'track', n: t + 1 };
      const label = segments.length > 1 ? [track, { kind: 'segment' as const, n: s + 1 }] : [track];
      readRun(childElements(segment, 'trkpt'), label);
    });
  });
  childElements(root, 'rte').forEach((route, r) => readRun(childElements(route, 'rtept'), [{ kind: 'route', n: r + 1 }]));

  let untimedWaypoints = 0;
  childElements(root, 'wpt').forEach((waypoint, w) => {
    context.spend();
    totalPoints += 1;
    const where: Where = { record: [{ kind: 'waypoint', n: w + 1 }] };
    const fix = context.record(() => readPoint(waypoint, where, context) ?? 'untimed');
    if (fix === 'untimed') untimedWaypoints += 1;
    else if (fix) stays.push(context.stay(fix.lngLat, fix.time, fix.time, where, childText(waypoint, 'name')));
  });

  const untimed = untimedTrackPoints + untimedWaypoints;
  if (totalPoints === 0) context.fail('parse.gpx-no-points');
  context.settleSkipped(runs.length === 0 && stays.length === 0);
  if (untimed === totalPoints) {
    context.fail('parse.gpx-untimed', { count: totalPoints });
  }
  if (untimed > 0) {
    context.drop(untimed);
    context.warn('parse.warning-gpx-untimed', { count: untimed, total: totalPoints });
  }
  return toParsedTrajectory('gpx', context, context.assemble(runs, stays));
}

function readPoint(point: Element, where: Where, context: ParseContext): Fix | undefined {
  const lat = context.number(point.getAttribute('lat') ?? undefined, 'latitude', where);
  const lng = context.number(point.getAttribute('lon') ?? undefined, 'longitude', where);
  const lngLat = context.lngLat(lng, lat, where);
  const time = childText(point, 'time');
  if (time === undefined) return undefined;
  return { lngLat, time: context.instant(time, 'time', where) };
}
