/** A bar's value label as the chart draws it: centred over the bar, except where the chart's edge cuts it. */
export type ValueLabel = { key: string; text: string; x: number; anchor: 'start' | 'middle' | 'end' };

export type ChartLabelOptions = { chartWidth: number; charWidth?: number; gap?: number; preferKey?: string };

const extent = (label: ValueLabel, width: number): [number, number] =>
  label.anchor === 'start' ? [label.x, label.x + width] : label.anchor === 'end' ? [label.x - width, label.x] : [label.x - width / 2, label.x + width / 2];

/**
 * The value labels of a bar chart that fit without overlapping: the current day's and the largest first,
 * then the others from left to right; a label that would touch one already placed is left out (its bar
 * keeps a tooltip). With 10 px digits a 60-day chart keeps a label every few bars instead of a smear.
 *
 * @example
 * chartValueLabels([{ key: 'a', value: 12, x: 0, width: 4 }, { key: 'b', value: 30, x: 5, width: 4 }], { chartWidth: 100 }).map((l) => l.key) // → ['b']
 */
export function chartValueLabels(bars: { key: string; value: number; x: number; width: number }[], options: ChartLabelOptions): ValueLabel[] {
  const { chartWidth, charWidth = 6.2, gap = 2, preferKey } = options;
  const labels = bars
    .filter((b) => b.value > 0)
    .map((b): ValueLabel & { value: number; width: number } => {
      const text = String(b.value);
      const width = text.length * charWidth;
      const centre = b.x + b.width / 2;
      const anchor = centre < width / 2 ? 'start' : centre > chartWidth - width / 2 ? 'end' : 'middle';
      const x = anchor === 'start' ? b.x : anchor === 'end' ? b.x + b.width : centre;
      return { key: b.key, text, x, anchor, value: b.value, width };
    });
  const max = Math.max(0, ...labels.map((l) => l.value));
  const rank = (l: { key: string; value: number }) => (l.key === preferKey ? 0 : l.value === max ? 1 : 2);
  const order = [...labels].sort((a, b) => rank(a) - rank(b) || a.x - b.x);
  const placed: (ValueLabel & { width: number })[] = [];
  for (const label of order) {
    const [left, right] = extent(label, label.width);
    const clashes = placed.some((p) => {
      const [l, r] = extent(p, p.width);
      return left < r + gap && right + gap > l;
    });
    if (!clashes) placed.push(label);
  }
  return placed.sort((a, b) => a.x - b.x).map(({ key, text, x, anchor }) => ({ key, text, x, anchor }));
}
