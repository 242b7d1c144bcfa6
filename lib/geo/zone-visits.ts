import { booleanPointInPolygon } from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { forEachPiece } from '../trajectory/parts-to-pieces';
import { DEFAULT_MAX_GAP_MINUTES } from '../trajectory/fixes-to-parts';
import type { TrajectoryPart } from '../trajectory/types';

import type { ZoneKind } from '../enums';

export type { ZoneKind };

/** A zone as published: in force from `effectiveFrom` until `liftedAt` (ISO 8601), or still in force. */
export type ZoneProperties = { name: string; kind: ZoneKind; effectiveFrom: string; liftedAt?: string | null };

export type ZoneFeatureCollection = FeatureCollection<Polygon | MultiPolygon, ZoneProperties>;

/** A time window (epoch ms) during which the trajectory was inside a zone while the zone was in force. */
export type ZoneVisit = { zoneId: string | number; name: string; kind: ZoneKind; from: number; to: number };

export type FindZoneVisitsOptions = {
  /** Movement vertices further apart than this are not joined (default 30). */
  maxGapMinutes?: number;
};

/**
 * The zones a trajectory entered while they were in force, with the windows it spent inside (boundary
 * counts as inside), sorted by start then zone id. Edges are exact: each movement segment is cut where it
 * crosses a ring (planar in lng/lat, like Turf's booleanPointInPolygon), and each cut is tested at its
 * midpoint with Turf. A segment that only touches a boundary at one point is not a visit; a lone fix on it is.
 * `zoneId` is the feature's id, or its index when it has none. Does not mutate its inputs.
 *
 * @example
 * findZoneVisits(parts, zones)
 * // → [{ zoneId: 'z-7', name: 'Block 7', kind: 'sealed', from: 1648803600000, to: 1648804500000 }]
 */
export function findZoneVisits(
  parts: readonly TrajectoryPart[],
  zones: ZoneFeatureCollection,
  options: FindZoneVisitsOptions = {},
): ZoneVisit[] {
  // No zone near the trajectory (the usual case): no need to index its pieces.
  if (zones.features.length === 0) return [];
  const maxGapMs = (options.maxGapMinutes ?? DEFAULT_MAX_GAP_MINUTES) * 60_000;
  const pieces = collectPieces(parts, maxGapMs);
  const visits: ZoneVisit[] = [];
  // One walk of the trajectory and a spatial index of its pieces: each zone then visits only the pieces near
  // it (a day of fixes against hundreds of zones was 12 ms a check with a walk per zone).
  const tree = new Flatbush(Math.max(1, pieces.count));
  const { t0s, t1s, coords } = pieces;
  if (pieces.count === 0) tree.add(Infinity, Infinity, Infinity, Infinity); // an empty tree is not allowed
  for (let i = 0; i < pieces.count; i++) {
    const c = 4 * i;
    tree.add(Math.min(coords[c], coords[c + 2]), Math.min(coords[c + 1], coords[c + 3]), Math.max(coords[c], coords[c + 2]), Math.max(coords[c + 1], coords[c + 3]));
  }
  tree.finish();
  zones.features.forEach((zone, k) => {
    const zoneId = zone.id ?? k;
    const inForceFrom = parseTime(zone.properties.effectiveFrom, zoneId, 'effectiveFrom');
    const liftedAt = zone.properties.liftedAt;
    const inForceTo = liftedAt == null ? Infinity : parseTime(liftedAt, zoneId, 'liftedAt');
    const rings = zone.geometry.type === 'Polygon' ? zone.geometry.coordinates : zone.geometry.coordinates.flat();
    const [minLng, minLat, maxLng, maxLat] = ringsBbox(rings);

    const windows: [number, number][] = [];
    for (const i of tree.search(minLng, minLat, maxLng, maxLat)) {
      const t0 = t0s[i];
      const t1 = t1s[i];
      if (t1 < inForceFrom || t0 > inForceTo) continue;
      const a = [coords[4 * i], coords[4 * i + 1]];
      const b = [coords[4 * i + 2], coords[4 * i + 3]];
      for (const [u0, u1] of insideParameters(zone, rings, a, b)) {
        const from = Math.max(inForceFrom, t0 + (t1 - t0) * u0);
        const to = Math.min(inForceTo, t0 + (t1 - t0) * u1);
        if (from <= to) windows.push([from, to]);
      }
    }

    windows.sort((a, b) => a[0] - b[0]);
    let current: [number, number] | undefined;
    const emit = (w: [number, number]) =>
      visits.push({ zoneId, name: zone.properties.name, kind: zone.properties.kind, from: w[0], to: w[1] });
    for (const w of windows) {
      if (current && w[0] <= current[1]) current = [current[0], Math.max(current[1], w[1])];
      else {
        if (current) emit(current);
        current = w;
      }
    }
    if (current) emit(current);
  });
  return visits.sort((a, b) => a.from - b.from || String(a.zoneId).localeCompare(String(b.zoneId)));
}

/**
 * Parameter ranges [u0, u1] ⊂ [0, 1] of the segment a→b inside the zone. A still piece (a = b) is inside or
 * not as a whole.
 */
function insideParameters(
  zone: Feature<Polygon | MultiPolygon, ZoneProperties>,
  rings: readonly Position[][],
  a: Position,
  b: Position,
): [number, number][] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx === 0 && dy === 0) return booleanPointInPolygon(a, zone) ? [[0, 1]] : [];
  const cuts = [0, 1];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [px, py] = ring[i];
      const ex = ring[i + 1][0] - px;
      const ey = ring[i + 1][1] - py;
      const wx = px - a[0];
      const wy = py - a[1];
      const denominator = dx * ey - dy * ex;
      if (denominator !== 0) {
        const u = (wx * ey - wy * ex) / denominator;
        const v = (wx * dy - wy * dx) / denominator;
        if (u > 0 && u < 1 && v >= 0 && v <= 1) cuts.push(u);
      } else if (wx * dy - wy * dx === 0) {
        // Collinear edge: the segment may run along the boundary; cut where the edge's ends fall on it.
        const lengthSquared = dx * dx + dy * dy;
        for (const [qx, qy] of [ring[i], ring[i + 1]]) {
          const u = ((qx - a[0]) * dx + (qy - a[1]) * dy) / lengthSquared;
          if (u > 0 && u < 1) cuts.push(u);
        }
      }
    }
  }
  cuts.sort((x, y) => x - y);
  const inside: [number, number][] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const u0 = cuts[k];
    const u1 = cuts[k + 1];
    if (u1 === u0) continue;
    const mid = (u0 + u1) / 2;
    if (!booleanPointInPolygon([a[0] + dx * mid, a[1] + dy * mid], zone)) continue;
    const last = inside[inside.length - 1];
    if (last && last[1] === u0) last[1] = u1;
    else inside.push([u0, u1]);
  }
  return inside;
}

/** The trajectory's pieces (as forEachPiece yields them) in flat arrays: times, and lng0, lat0, lng1, lat1. */
function collectPieces(parts: readonly TrajectoryPart[], maxGapMs: number): { count: number; t0s: number[]; t1s: number[]; coords: number[] } {
  const t0s: number[] = [];
  const t1s: number[] = [];
  const coords: number[] = [];
  forEachPiece(parts, maxGapMs, (t0, t1, lng0, lat0, lng1, lat1) => {
    t0s.push(t0);
    t1s.push(t1);
    coords.push(lng0, lat0, lng1, lat1);
  });
  return { count: t0s.length, t0s, t1s, coords };
}

function ringsBbox(rings: readonly Position[][]): [number, number, number, number] {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const ring of rings) {
    for (const [lng, lat] of ring) {
      if (lng < minLng) minLng = lng;
      if (lng > maxLng) maxLng = lng;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  }
  return [minLng, minLat, maxLng, maxLat];
}

function parseTime(value: string, zoneId: string | number, field: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`Zone ${zoneId}: ${field} "${value}" is not an ISO date`);
  return time;
}
