import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { LngLat, TrajectoryPart } from '../trajectory/types';

export type DisplayTrackOptions = {
  /** The finest tolerance, in metres: about a screen pixel at street zoom 17. */
  toleranceMeters?: number;
  /** At most this many line vertices in all; the tolerance doubles until the track fits. */
  maxVertices?: number;
};

export type DisplayTrackProperties = { start: string; end: string; place?: string };

const METRES_PER_DEGREE = 111_320;
const iso = (time: number) => new Date(time).toISOString();

/**
 * Douglas–Peucker over one line in a local planar frame: the indices of the vertices kept (first and last
 * always). Iterative, so a line of 10⁵ vertices does not overflow the stack.
 */
function keptVertices(lngLats: readonly LngLat[], toleranceMeters: number): Uint8Array {
  const n = lngLats.length;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const kx = METRES_PER_DEGREE * Math.cos((lngLats[0][1] * Math.PI) / 180);
  const x = (i: number) => lngLats[i][0] * kx;
  const y = (i: number) => lngLats[i][1] * METRES_PER_DEGREE;
  const squared = toleranceMeters * toleranceMeters;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    const [ax, ay, bx, by] = [x(first), y(first), x(last), y(last)];
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    let farthest = -1;
    let farthest2 = squared;
    for (let i = first + 1; i < last; i++) {
      const px = x(i) - ax;
      const py = y(i) - ay;
      const u = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
      const ex = px - u * dx;
      const ey = py - u * dy;
      const d2 = ex * ex + ey * ey;
      if (d2 > farthest2) {
        farthest2 = d2;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push(first, farthest, farthest, last);
    }
  }
  return keep;
}

function simplifiedLines(parts: readonly TrajectoryPart[], toleranceMeters: number): { lines: LngLat[][]; count: number } {
  const lines: LngLat[][] = [];
  let count = 0;
  for (const part of parts) {
    if (part.kind !== 'movement') continue;
    const keep = keptVertices(part.lngLats, toleranceMeters);
    const line = part.lngLats.filter((_, i) => keep[i] === 1).map((lngLat): LngLat => [lngLat[0], lngLat[1]]);
    lines.push(line);
    count += line.length;
  }
  return { lines, count };
}

/**
 * The resident's trajectory for drawing only (never for the check): movements simplified by Douglas–Peucker at
 * `toleranceMeters`, doubled until all lines hold at most `maxVertices` vertices, without times; stays as points.
 * A week of fixes every few seconds becomes a line MapLibre takes without freezing the page. Feature ids are
 * part indices, as in partsToGeoJson. Does not mutate its input.
 *
 * @example
 * displayTrack([{ kind: 'movement', lngLats: [[0, 0], [0.5, 0], [1, 0]], times: [0, 1, 2] }]).features[0].geometry
 * // → { type: 'LineString', coordinates: [[0, 0], [1, 0]] }
 */
export function displayTrack(parts: readonly TrajectoryPart[], options: DisplayTrackOptions = {}): FeatureCollection<Point | LineString, DisplayTrackProperties> {
  const maxVertices = options.maxVertices ?? 20_000;
  let tolerance = options.toleranceMeters ?? 1;
  let simplified = simplifiedLines(parts, tolerance);
  // Each line keeps at least its two ends, so a budget under that can never be met: stop there.
  const floor = 2 * simplified.lines.length;
  while (simplified.count > Math.max(maxVertices, floor) && tolerance < 1e7) {
    tolerance *= 2;
    simplified = simplifiedLines(parts, tolerance);
  }
  let line = 0;
  return {
    type: 'FeatureCollection',
    features: parts.map((part, id): Feature<Point | LineString, DisplayTrackProperties> => {
      const place = part.place ? { place: part.place } : {};
      if (part.kind === 'stay') {
        return { type: 'Feature', id, geometry: { type: 'Point', coordinates: [...part.lngLat] }, properties: { start: iso(part.start), end: iso(part.end), ...place } };
      }
      const coordinates = simplified.lines[line++];
      return { type: 'Feature', id, geometry: { type: 'LineString', coordinates }, properties: { start: iso(part.times[0]), end: iso(part.times[part.times.length - 1]), ...place } };
    }),
  };
}
