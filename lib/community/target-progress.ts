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

/**
 * The combined target in force on each day, so the chart draws it as steps: it rises the day after a
 * district's target falls due (the day of the next one).
 *
 * @example
 * targetByDay([{ district: 'A', targetCount: 20, dueOn: '2022-08-31' }, { district: 'A', targetCount: 100, dueOn: '2022-09-02' }], ['2022-08-31', '2022-09-01'])
 * // → [20, 100]
 */
export function targetByDay(targets: readonly DistrictTarget[], days: readonly string[]): (number | null)[] {
  return days.map((day) => combinedTarget(targets, day)?.targetCount ?? null);
}

export type ProgressPoint = { day: string; count: number; x: number; y: number };
export type ProgressChartLayout = {
  points: ProgressPoint[];
  /** The SVG path of the count line. */
  path: string;
  /** The SVG path of the target in force each day, as steps; empty without targets. */
  targetPath: string;
  /** The y of the target in force on the last day, for its label; null without one. */
  targetY: number | null;
  /** Where each run of the target ends before it steps (the day it fell due), for a label. */
  targetStepEnds: { day: string; count: number; x: number; y: number }[];
  /** Top of the scale (the larger of the highest count and the highest target). */
  max: number;
};

/**
 * Lays out the progress chart in a width × height box: one point per day, left to right; counts and the
 * targets in force each day (`targets[i]` on `days[i]`) on one scale from 0 (bottom) to the largest.
 *
 * @example
 * progressChartLayout([{ day: 'a', count: 0 }, { day: 'b', count: 5 }], [5, 10], { width: 100, height: 50 })
 * // → { points: [{ day: 'a', count: 0, x: 0, y: 50 }, { day: 'b', count: 5, x: 100, y: 25 }], path: 'M0,50L100,25',
 * //     targetPath: 'M0,25L100,25L100,0', targetY: 0, targetStepEnds: [{ day: 'a', count: 5, x: 0, y: 25 }], max: 10 }
 */
export function progressChartLayout(
  days: readonly { day: string; count: number }[],
  targets: readonly (number | null)[],
  size: { width: number; height: number },
): ProgressChartLayout {
  const max = Math.max(1, ...targets.map((t) => t ?? 0), ...days.map((d) => d.count));
  const step = days.length > 1 ? size.width / (days.length - 1) : 0;
  const round = (value: number) => Math.round(value * 100) / 100;
  const yOf = (value: number) => round(size.height - (value / max) * size.height);
  const xOf = (index: number) => round(index * step);
  const points = days.map((d, i) => ({ day: d.day, count: d.count, x: xOf(i), y: yOf(d.count) }));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
  const targetStepEnds = points
    .map((p, i) => ({ day: p.day, count: targets[i], x: p.x, next: targets[i + 1] }))
    .filter((p): p is typeof p & { count: number } => p.count !== null && p.next !== undefined && p.next !== null && p.next !== p.count)
    .map(({ day, count, x }) => ({ day, count, x, y: yOf(count) }));
  return { points, path, targetPath: stepPath(targets, xOf, yOf), targetY: lastTargetY(targets, yOf), targetStepEnds, max };
}

/** Horizontal runs at each day's target joined by vertical steps; a day without a target breaks the line. */
function stepPath(targets: readonly (number | null)[], xOf: (index: number) => number, yOf: (value: number) => number): string {
  let path = '';
  let previous: number | null = null;
  targets.forEach((target, i) => {
    if (target === null) {
      previous = null;
      return;
    }
    const x = xOf(i);
    if (previous === null) path += `M${x},${yOf(target)}`;
    else path += previous === target ? `L${x},${yOf(target)}` : `L${x},${yOf(previous)}L${x},${yOf(target)}`;
    previous = target;
  });
  return path;
}

function lastTargetY(targets: readonly (number | null)[], yOf: (value: number) => number): number | null {
  const last = targets[targets.length - 1];
  return last === null || last === undefined ? null : yOf(last);
}
