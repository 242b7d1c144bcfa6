import { describe, expect, it } from 'vitest';
import type { TrajectoryPart } from './types';
import { forEachPiece } from './parts-to-pieces';

const collect = (parts: TrajectoryPart[], maxGapMs = 30 * 60_000) => {
  const pieces: number[][] = [];
  forEachPiece(parts, maxGapMs, (...piece) => pieces.push(piece));
  return pieces;
};

describe('forEachPiece', () => {
  it('joins vertices within the gap and leaves lone vertices as zero-length stays', () => {
    const minute = 60_000;
    expect(
      collect([
        {
          kind: 'movement',
          lngLats: [
            [0, 0],
            [1, 0],
            [2, 0],
            [3, 0],
          ],
          times: [0, minute, 40 * minute, 41 * minute],
        },
      ]),
    ).toEqual([
      [0, minute, 0, 0, 1, 0, 0],
      [40 * minute, 41 * minute, 2, 0, 3, 0, 0],
    ]);
    expect(
      collect([
        {
          kind: 'movement',
          lngLats: [
            [0, 0],
            [1, 0],
            [2, 0],
          ],
          times: [0, 40 * minute, 80 * minute],
        },
      ]),
    ).toEqual([
      [0, 0, 0, 0, 0, 0, 0],
      [40 * minute, 40 * minute, 1, 0, 1, 0, 0],
      [80 * minute, 80 * minute, 2, 0, 2, 0, 0],
    ]);
  });

  it('treats equal, decreasing and non-finite times defensively', () => {
    expect(
      collect([
        {
          kind: 'movement',
          lngLats: [
            [0, 0],
            [1, 0],
          ],
          times: [5, 5],
        },
      ]),
    ).toEqual([
      [5, 5, 0, 0, 0, 0, 0],
      [5, 5, 1, 0, 1, 0, 0],
    ]);
    expect(
      collect([
        {
          kind: 'movement',
          lngLats: [
            [0, 0],
            [1, 0],
          ],
          times: [5, 4],
        },
      ]),
    ).toHaveLength(2);
    expect(
      collect([
        {
          kind: 'movement',
          lngLats: [
            [0, 0],
            [1, 0],
          ],
          times: [5, Number.NaN],
        },
      ]),
    ).toEqual([[5, 5, 0, 0, 0, 0, 0]]);
    expect(collect([{ kind: 'stay', lngLat: [0, 0], start: 10, end: 5 }])).toEqual([[5, 10, 0, 0, 0, 0, 0]]);
  });
});
