/**
 * The slider's other days, nearest to `index` first (earlier before later at the same distance): the order
 * the briefing reads them ahead, so the likely next steps are in memory before the slider gets there.
 *
 * @example
 * nearestFirst(6, 3) // → [2, 4, 1, 5, 0]
 */
export function nearestFirst(count: number, index: number): number[] {
  const out: number[] = [];
  for (let d = 1; d < count; d++) for (const i of [index - d, index + d]) if (i >= 0 && i < count) out.push(i);
  return out;
}
