import { describe, expect, it } from 'vitest';
import { scaleBars } from './bar-chart';
import { chartValueLabels } from './chart-labels';

const overlaps = (labels: ReturnType<typeof chartValueLabels>, charWidth = 6.2) => {
  const boxes = labels.map((l) => {
    const w = l.text.length * charWidth;
    return l.anchor === 'start' ? [l.x, l.x + w] : l.anchor === 'end' ? [l.x - w, l.x] : [l.x - w / 2, l.x + w / 2];
  });
  return boxes.some(([a, b], i) => boxes.some(([c, d], j) => i !== j && a < d && c < b));
};

describe('chartValueLabels', () => {
  it('never lets two labels overlap on a crowded 60-day chart, and keeps the current day and the peak', () => {
    const values = Array.from({ length: 60 }, (_, i) => ({ key: `d${i}`, value: 100 + ((i * 37) % 250) }));
    const bars = scaleBars(values, { width: 340, height: 60 });
    const labels = chartValueLabels(bars, { chartWidth: 340, preferKey: 'd17' });
    expect(overlaps(labels)).toBe(false);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.map((l) => l.key)).toContain('d17');
    const peak = values.reduce((a, b) => (b.value > a.value ? b : a));
    expect(labels.map((l) => l.key)).toContain(peak.key);
  });

  it('labels every bar when there is room, keeping edge labels inside the chart', () => {
    const bars = scaleBars([{ key: 'a', value: 3 }, { key: 'b', value: 0 }, { key: 'c', value: 12 }], { width: 300, height: 60 });
    const labels = chartValueLabels(bars, { chartWidth: 300 });
    expect(labels.map((l) => [l.key, l.text])).toEqual([
      ['a', '3'],
      ['c', '12'],
    ]);
    expect(labels.every((l) => l.x >= 0 && l.x <= 300)).toBe(true);
  });

  it('does not mutate the bars', () => {
    const bars = scaleBars([{ key: 'a', value: 3 }], { width: 100, height: 50 });
    const copy = structuredClone(bars);
    chartValueLabels(bars, { chartWidth: 100 });
    expect(bars).toEqual(copy);
  });
});
