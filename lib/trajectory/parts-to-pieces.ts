import type { TrajectoryPart } from './types';

/**
 * Called once per linear piece: a movement segment (t0 < t1), a stay (same position twice) or a lone timed
 * point (t0 = t1, same position). `partIndex` is the index of the part the piece came from.
 */
export type PieceSink = (
  t0: number,
  t1: number,
  lng0: number,
  lat0: number,
  lng1: number,
  lat1: number,
  partIndex: number,
) => void;

/**
 * Splits parts into linear pieces, defensively: movement vertices more than `maxGapMs` apart are not joined
 * (the position between them is unknown), nor are vertices with decreasing or non-finite times or
 * non-finite coordinates. A vertex left without any piece is a lone timed point, emitted as a zero-length
 * stay — as is each end of a zero-duration segment, which has no defined position in between.
 *
 * @example
 * forEachPiece([{ kind: 'stay', lngLat: [126.9, 37.5], start: 0, end: 60_000 }], 30 * 60_000, (t0, t1) => console.log(t0, t1))
 * // logs "0 60000"
 */
export function forEachPiece(parts: readonly TrajectoryPart[], maxGapMs: number, sink: PieceSink): void {
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (part.kind === 'stay') {
      const [lng, lat] = part.lngLat;
      if (!isFinitePosition(lng, lat) || !Number.isFinite(part.start) || !Number.isFinite(part.end)) continue;
      sink(Math.min(part.start, part.end), Math.max(part.start, part.end), lng, lat, lng, lat, p);
      continue;
    }
    const { lngLats, times } = part;
    const n = Math.min(lngLats.length, times.length);
    let isPreviousCovered = false;
    for (let i = 0; i < n; i++) {
      const [lng, lat] = lngLats[i];
      const t = times[i];
      const isValid = isFinitePosition(lng, lat) && Number.isFinite(t);
      let isCovered = isPreviousCovered;
      isPreviousCovered = false;
      if (isValid && i + 1 < n) {
        const [nextLng, nextLat] = lngLats[i + 1];
        const nextT = times[i + 1];
        const dt = nextT - t;
        if (isFinitePosition(nextLng, nextLat) && dt > 0 && dt <= maxGapMs) {
          sink(t, nextT, lng, lat, nextLng, nextLat, p);
          isCovered = true;
          isPreviousCovered = true;
        }
      }
      if (isValid && !isCovered) sink(t, t, lng, lat, lng, lat, p);
    }
  }
}

function isFinitePosition(lng: number, lat: number): boolean {
  return Number.isFinite(lng) && Number.isFinite(lat);
}
