import { describe, expect, it } from 'vitest';
import { closestApproach, pieceWindows, type PlanarPiece } from './piece-windows';

const piece = (t0: number, t1: number, x0: number, y0: number, x1 = x0, y1 = y0): PlanarPiece => ({ t0, t1, x0, y0, x1, y1 });

describe('pieceWindows', () => {
  it('solves a pass by a still point as the chord of the circle', () => {
    const [w] = pieceWindows(piece(0, 60_000, -300, 40, 300, 40), piece(0, 60_000, 0, 0), 50, 0);
    expect(w.from).toBeCloseTo(27_000, 2);
    expect(w.to).toBeCloseTo(33_000, 2);
    expect(w).toMatchObject({ minDistance: 40, atTime: 30_000 });
  });

  it('counts a tangent pass (closest exactly D) as an instant', () => {
    // The 1 µm tolerance widens a tangent instant to ±√(2·D·1 µm) / speed = ±1 ms here.
    const [w] = pieceWindows(piece(0, 60_000, -300, 50, 300, 50), piece(0, 60_000, 0, 0), 50, 0);
    expect(w.from).toBeCloseTo(30_000, -1);
    expect(w.to).toBeCloseTo(30_000, -1);
    expect(w.minDistance).toBe(50);
    expect(pieceWindows(piece(0, 60_000, -300, 50.001, 300, 50.001), piece(0, 60_000, 0, 0), 50, 0)).toEqual([]);
  });

  it('handles parallel motion (no relative velocity), zero-length pieces and equal times', () => {
    expect(pieceWindows(piece(0, 10, 0, 0, 100, 0), piece(0, 10, 0, 30, 100, 30), 30, 0)).toEqual([
      { from: 0, to: 10, minDistance: 30, atTime: 0 },
    ]);
    expect(pieceWindows(piece(5, 5, 0, 0), piece(0, 10, 0, 10), 10, 0)).toEqual([{ from: 5, to: 5, minDistance: 10, atTime: 5 }]);
    expect(pieceWindows(piece(5, 5, 0, 0), piece(5, 5, 0, 10), 10, 0)).toHaveLength(1);
    expect(pieceWindows(piece(5, 5, 0, 0), piece(6, 6, 0, 0), 10, 0)).toEqual([]);
  });

  it('returns nothing for pieces that never coexist, unless T reaches back', () => {
    expect(pieceWindows(piece(20, 30, 0, 0), piece(0, 10, 0, 0), 10, 0)).toEqual([]);
    expect(pieceWindows(piece(20, 30, 0, 0), piece(0, 10, 0, 0), 10, 9)).toEqual([]);
    expect(pieceWindows(piece(20, 30, 0, 0), piece(0, 10, 0, 0), 10, 10)).toEqual([
      { from: 20, to: 20, minDistance: 0, atTime: 20 },
    ]);
  });

  it('with T > 0, sees the whole stretch a moving case covered in the last T', () => {
    // The case walks x: 0 → 600 m over a minute; the resident stands 40 m off its path at x = 300 from 50 s.
    const mover = piece(0, 60_000, 0, 0, 600, 0);
    const stander = piece(50_000, 200_000, 300, 40);
    expect(pieceWindows(stander, mover, 50, 0)).toEqual([]);
    const windows = pieceWindows(stander, mover, 50, 20_000);
    // Passed x = 300 ± 30 during 27–33 s: risky until 53 s with T = 20 s.
    expect(Math.min(...windows.map((w) => w.from))).toBe(50_000);
    expect(Math.max(...windows.map((w) => w.to))).toBeCloseTo(53_000, 1);
    // Perpendicular case: standing beside the middle of a stretch walked entirely within the last T.
    const beside = pieceWindows(piece(70_000, 80_000, 300, 40), mover, 50, 60_000);
    expect(beside.some((w) => w.from === 70_000 && w.to === 80_000 && w.minDistance === 40)).toBe(true);
  });
});

describe('closestApproach', () => {
  it('finds the closest instant within the common interval', () => {
    expect(closestApproach(piece(0, 10, 0, 5, 10, 5), piece(0, 10, 5, 0))).toEqual({ distance: 5, atTime: 5 });
    expect(closestApproach(piece(0, 10, 0, 5, 10, 5), piece(0, 10, 5, 0), 7, 10)).toEqual({
      distance: Math.hypot(2, 5),
      atTime: 7,
    });
    expect(closestApproach(piece(0, 10, 0, 0), piece(11, 12, 0, 0))).toBeUndefined();
  });
});
