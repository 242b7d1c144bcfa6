import type { LngLat } from '@/lib/trajectory/types';

const sameVertex = (a: LngLat, b: LngLat) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

/** Index pairs (old, new) of the vertices a reshape left where they were: a longest common subsequence. */
function unmovedVertices(before: readonly LngLat[], after: readonly LngLat[]): [number, number][] {
  const n = before.length;
  const m = after.length;
  // lengths[i][j]: the longest common run of before[i..] and after[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i][j] = sameVertex(before[i], after[j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (sameVertex(before[i], after[j])) pairs.push([i++, j++]);
    else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/**
 * The vertex times of a movement after its line was reshaped on the map, so staff keep the times they
 * typed: a vertex left in place keeps its time; between two such vertices, as many moved vertices as
 * before are the same vertices dragged and keep theirs in order; otherwise the new vertices there
 * (inserted at a midpoint) get `empty` and the times of removed vertices go with them.
 *
 * @example
 * carryVertexTimes([[0, 0], [1, 0], [2, 0]], ['08:00', '08:10', '08:20'], [[0, 0], [1, 1], [2, 0]], '')
 * // → ['08:00', '08:10', '08:20']   (the middle vertex dragged)
 * carryVertexTimes([[0, 0], [2, 0]], ['08:00', '08:20'], [[0, 0], [1, 0], [2, 0]], '')
 * // → ['08:00', '', '08:20']        (a vertex inserted)
 */
export function carryVertexTimes<T>(before: readonly LngLat[], times: readonly T[], after: readonly LngLat[], empty: T): T[] {
  const carried = new Array<T>(after.length).fill(empty);
  const anchors: [number, number][] = [[-1, -1], ...unmovedVertices(before, after), [before.length, after.length]];
  for (let k = 1; k < anchors.length; k++) {
    const [oldFrom, newFrom] = anchors[k - 1];
    const [oldTo, newTo] = anchors[k];
    if (k < anchors.length - 1) carried[newTo] = times[oldTo] ?? empty;
    const movedBefore = oldTo - oldFrom - 1;
    const movedAfter = newTo - newFrom - 1;
    if (movedBefore !== movedAfter) continue;
    for (let d = 1; d <= movedAfter; d++) carried[newFrom + d] = times[oldFrom + d] ?? empty;
  }
  return carried;
}
