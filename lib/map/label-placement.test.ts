import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { labelAnchor, placeLabels, type LabelCandidate } from './label-placement';

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

describe('placeLabels', () => {
  it('never overlaps, ranks zones before communities before grid cells, and stays on screen', () => {
    const candidates: LabelCandidate[] = [];
    for (let i = 0; i < 200; i++) candidates.push({ key: `c${i}`, text: i % 2 ? '新道林洞第一网格' : 'Guro-dong 1', kind: (['community', 'zone', 'grid-cell'] as const)[i % 3], x: (i * 37) % 360, y: (i * 53) % 640, size: i });
    const placed = placeLabels(candidates, { width: 360, height: 640 });
    expect(placed.length).toBeGreaterThan(5);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      expect(a.x - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(a.x + a.width / 2).toBeLessThanOrEqual(360);
    }
    const ranks = placed.map((p) => ({ zone: 0, community: 1, 'grid-cell': 2 })[p.kind]);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it('keeps the larger area when two names collide, and does not mutate its input', () => {
    const input: LabelCandidate[] = [
      { key: 'small', text: 'Small', kind: 'community', x: 100, y: 100, size: 1 },
      { key: 'big', text: 'Big', kind: 'community', x: 104, y: 101, size: 9 },
    ];
    const copy = structuredClone(input);
    expect(placeLabels(input, { width: 400, height: 300 }).map((l) => l.key)).toEqual(['big']);
    expect(input).toEqual(copy);
  });
});

describe('labelAnchor', () => {
  it('puts the name inside a C-shaped area, in its largest part', () => {
    const cShape: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]] };
    const { lngLat } = labelAnchor({ type: 'MultiPolygon', coordinates: [[[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10]]], cShape.coordinates] });
    expect(booleanPointInPolygon(lngLat, cShape)).toBe(true);
  });
});
