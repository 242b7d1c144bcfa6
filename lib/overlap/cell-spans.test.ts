import { latLngToCell } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { pieceCellSpans } from './cell-spans';

describe('pieceCellSpans', () => {
  it('gives a stay one span', () => {
    const spans = pieceCellSpans({ t0: 0, t1: 60_000, lng0: 126.98, lat0: 37.56, lng1: 126.98, lat1: 37.56 }, 8, 50);
    expect(spans).toEqual([{ cell: latLngToCell(37.56, 126.98, 8), from: 0, to: 60_000 }]);
  });

  it('splits a movement at crossing times accurate to the bisection, contiguous and in order', () => {
    const piece = { t0: 0, t1: 600_000, lng0: 126.95, lat0: 37.55, lng1: 127.0, lat1: 37.57 };
    const spans = pieceCellSpans(piece, 8, 50);
    expect(spans.length).toBeGreaterThan(3);
    expect(spans[0].from).toBe(0);
    expect(spans[spans.length - 1].to).toBe(600_000);
    for (let k = 0; k + 1 < spans.length; k++) {
      expect(spans[k].to).toBe(spans[k + 1].from);
      expect(spans[k].cell).not.toBe(spans[k + 1].cell);
      // Just before and after each crossing the position is in the cells named.
      const at = (t: number) => {
        const f = t / 600_000;
        return latLngToCell(piece.lat0 + (piece.lat1 - piece.lat0) * f, piece.lng0 + (piece.lng1 - piece.lng0) * f, 8);
      };
      const speedMetersPerMs = 4_900 / 600_000;
      const margin = 1 / speedMetersPerMs; // 1 m either side, twice the 0.5 m bisection bracket
      expect(at(spans[k].to - margin)).toBe(spans[k].cell);
      expect(at(spans[k].to + margin)).toBe(spans[k + 1].cell);
    }
  });
});
