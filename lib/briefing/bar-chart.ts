/** One bar of the cases-by-day chart, in SVG user units. */
export type Bar = { key: string; value: number; x: number; y: number; width: number; height: number };

export type BarChartOptions = { width: number; height: number; gap?: number; minVisibleHeight?: number };

/**
 * Lays out a bar chart of counts in a width × height box: equal-width bars, heights scaled to the
 * largest value, zero bars flat. Non-zero bars keep a minimum height so a single case stays visible.
 *
 * @example
 * scaleBars([{ key: 'a', value: 1 }, { key: 'b', value: 2 }], { width: 100, height: 50, gap: 0 })
 * // → [{ key: 'a', value: 1, x: 0, y: 25, width: 50, height: 25 }, { key: 'b', value: 2, x: 50, y: 0, width: 50, height: 50 }]
 */
export function scaleBars(values: { key: string; value: number }[], options: BarChartOptions): Bar[] {
  const { width, height, gap = 2, minVisibleHeight = 2 } = options;
  if (values.length === 0) return [];
  const max = Math.max(0, ...values.map((v) => v.value));
  const step = width / values.length;
  const barWidth = Math.max(1, step - gap);
  return values.map(({ key, value }, i) => {
    const raw = max > 0 ? (Math.max(0, value) / max) * height : 0;
    const barHeight = value > 0 ? Math.max(minVisibleHeight, raw) : 0;
    return { key, value, x: i * step, y: height - barHeight, width: barWidth, height: barHeight };
  });
}
