import type { LngLat, TrajectoryPart } from '../trajectory/types';

/**
 * The resident's positions between `from` and `to` (epoch ms): what the map highlights for one overlap.
 * Movements are cut at the window's ends by linear interpolation in time, as the engine reads them; a
 * stay inside the window contributes its one position. Consecutive duplicates are dropped.
 *
 * @example
 * overlapStretch([{ kind: 'movement', lngLats: [[0, 0], [2, 0]], times: [0, 2000] }], 500, 1500) // → [[0.5, 0], [1.5, 0]]
 */
export function overlapStretch(parts: readonly TrajectoryPart[], from: number, to: number): LngLat[] {
  const out: LngLat[] = [];
  const push = (lngLat: LngLat) => {
    const last = out[out.length - 1];
    if (!last || last[0] !== lngLat[0] || last[1] !== lngLat[1]) out.push(lngLat);
  };
  for (const part of parts) {
    if (part.kind === 'stay') {
      if (part.end >= from && part.start <= to) push([...part.lngLat]);
      continue;
    }
    const { lngLats, times } = part;
    for (let i = 0; i + 1 < lngLats.length; i++) {
      const [t0, t1] = [times[i], times[i + 1]];
      if (t1 < from || t0 > to) continue;
      const at = (t: number): LngLat => {
        const u = t1 === t0 ? 0 : (t - t0) / (t1 - t0);
        return [lngLats[i][0] + (lngLats[i + 1][0] - lngLats[i][0]) * u, lngLats[i][1] + (lngLats[i + 1][1] - lngLats[i][1]) * u];
      };
      push(at(Math.max(t0, from)));
      push(at(Math.min(t1, to)));
    }
  }
  return out;
}
