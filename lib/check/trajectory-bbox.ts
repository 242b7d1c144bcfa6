import type { TrajectoryPart } from '@/lib/trajectory/types';

export type Box = [minLng: number, minLat: number, maxLng: number, maxLat: number];

/**
 * The bounding box of every position of a trajectory.
 *
 * @example
 * trajectoryBbox([{ kind: 'stay', lngLat: [126.9, 37.5], start: 0, end: 0 }]) // → [126.9, 37.5, 126.9, 37.5]
 */
export function trajectoryBbox(parts: readonly TrajectoryPart[]): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const add = ([lng, lat]: readonly [number, number]) => {
    box[0] = Math.min(box[0], lng);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lng);
    box[3] = Math.max(box[3], lat);
  };
  for (const part of parts) {
    if (part.kind === 'stay') add(part.lngLat);
    else part.lngLats.forEach(add);
  }
  return box;
}

/**
 * Whether two boxes share any point (touching counts: a trajectory on a zone's edge is in it).
 *
 * @example
 * boxesIntersect([0, 0, 1, 1], [1, 1, 2, 2]) // → true
 */
export function boxesIntersect(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
