/** A district's target: `targetCount` no-epidemic communities by the local day `dueOn`. */
export type DistrictTarget = { district: string; targetCount: number; dueOn: string };

/**
 * The target that applies on `today` across districts: for each district its next target not yet due
 * (or its last one when all are past), summed; due on the latest of those days. Null without targets.
 *
 * @example
 * combinedTarget([{ district: 'A', targetCount: 20, dueOn: '2022-08-31' }, { district: 'A', targetCount: 100, dueOn: '2022-09-02' }], '2022-09-01')
 * // → { targetCount: 100, dueOn: '2022-09-02', districts: 1 }
 */
export function combinedTarget(targets: readonly DistrictTarget[], today: string): { targetCount: number; dueOn: string; districts: number } | null {
  const byDistrict = new Map<string, DistrictTarget[]>();
  for (const t of targets) byDistrict.set(t.district, [...(byDistrict.get(t.district) ?? []), t]);
  if (byDistrict.size === 0) return null;
  let targetCount = 0;
  let dueOn = '';
  for (const list of byDistrict.values()) {
    const sorted = [...list].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
    const current = sorted.find((t) => t.dueOn >= today) ?? sorted[sorted.length - 1];
    targetCount += current.targetCount;
    if (current.dueOn > dueOn) dueOn = current.dueOn;
  }
  return { targetCount, dueOn, districts: byDistrict.size };
}

export type ProgressPoint = { day: string; count: number; x: number; y: number };
export type ProgressChartLayout = {
  points: ProgressPoint[];
  /** The SVG path of the count line. */
  path: string;
  /** The y of the target count, when there is a target. */
  targetY: number | null;
  /** Top of the scale (the larger of the highest count and the target). */
  max: number;
};

/**
 * Lays out the progress line in a width × height box: one point per day, left to right; counts and the
 * target on one scale from 0 (bottom) to the larger of the two.
 *
 * @example
 * progressChartLayout([{ day: 'a', count: 0 }, { day: 'b', count: 5 }], 10, { width: 100, height: 50 })
 * // → { points: [{ day: 'a', count: 0, x: 0, y: 50 }, { day: 'b', count: 5, x: 100, y: 25 }], path: 'M0,50L100,25', targetY: 0, max: 10 }
 */
export function progressChartLayout(days: readonly { day: string; count: number }[], target: number | null, size: { width: number; height: number }): ProgressChartLayout {
  const max = Math.max(1, target ?? 0, ...days.map((d) => d.count));
  const step = days.length > 1 ? size.width / (days.length - 1) : 0;
  const yOf = (value: number) => Math.round((size.height - (value / max) * size.height) * 100) / 100;
  const points = days.map((d, i) => ({ day: d.day, count: d.count, x: Math.round(i * step * 100) / 100, y: yOf(d.count) }));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
  return { points, path, targetY: target === null ? null : yOf(target), max };
}
