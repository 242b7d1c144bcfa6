import { describe, expect, it } from 'vitest';
import { spreadMarkers } from './spread-markers';

const gaps = (spread: ReturnType<typeof spreadMarkers>) =>
  spread.flatMap((a, i) => spread.slice(i + 1).map((b) => Math.hypot(a.at[0] - b.at[0], a.at[1] - b.at[1])));

describe('spreadMarkers', () => {
  it('keeps markers that do not touch where they are', () => {
    const spread = spreadMarkers([{ number: 1, anchor: [0, 0] }, { number: 2, anchor: [100, 0] }], 12);
    expect(spread.map((m) => m.at)).toEqual([[0, 0], [100, 0]]);
  });

  it('pulls apart three markers on one place (the notice PNG had 3 and 4 under 5), anchors unchanged', () => {
    const markers = [3, 4, 5].map((number) => ({ number, anchor: [200, 150] as [number, number] }));
    const spread = spreadMarkers(markers, 12);
    for (const gap of gaps(spread)) expect(gap).toBeGreaterThanOrEqual(24);
    expect(spread.every((m) => m.anchor[0] === 200 && m.anchor[1] === 150)).toBe(true);
    expect(markers[0].anchor).toEqual([200, 150]);
  });

  it('separates a dense cluster and is deterministic', () => {
    const markers = Array.from({ length: 9 }, (_, i) => ({ number: i + 1, anchor: [50 + (i % 3), 50 + Math.floor(i / 3)] as [number, number] }));
    const first = spreadMarkers(markers, 12);
    for (const gap of gaps(first)) expect(gap).toBeGreaterThanOrEqual(24);
    expect(spreadMarkers(markers, 12)).toEqual(first);
  });
});
