import { describe, expect, it } from 'vitest';
import { boxesIntersect, trajectoryBbox } from './trajectory-bbox';

describe('trajectoryBbox / boxesIntersect', () => {
  it('spans stays and movement vertices', () => {
    expect(
      trajectoryBbox([
        { kind: 'stay', lngLat: [126.9, 37.5], start: 0, end: 1 },
        { kind: 'movement', lngLats: [[126.8, 37.55], [127.0, 37.45]], times: [1, 2] },
      ]),
    ).toEqual([126.8, 37.45, 127.0, 37.55]);
  });

  it('treats a flat box (a trajectory along one parallel) as intersecting what it crosses', () => {
    expect(boxesIntersect([126.88, 37.5, 126.89, 37.5], [126.885, 37.49, 126.886, 37.51])).toBe(true);
    expect(boxesIntersect([0, 0, 1, 1], [1.0001, 0, 2, 1])).toBe(false);
  });
});
