import { describe, expect, it } from 'vitest';
import { capOverlaps } from './cap-overlaps';
import type { OverlapReport } from './format-result';

const report = (caseCode: string, hour: number): OverlapReport => ({
  caseCode,
  from: `2022-04-01T${String(hour).padStart(2, '0')}:00:00.000Z`,
  to: `2022-04-01T${String(hour).padStart(2, '0')}:30:00.000Z`,
  minutes: 30,
  minDistanceMeters: 10,
  closest: [126.9, 37.5],
  place: null,
});

describe('capOverlaps', () => {
  it('lists everything up to the cap, without a summary', () => {
    const list = [report('C-1', 1), report('C-2', 2)];
    expect(capOverlaps(list, 2)).toEqual({ overlaps: list });
  });

  it('lists the first overlaps past the cap and summarises them all', () => {
    const list = [report('C-1', 1), report('C-2', 2), report('C-1', 5), report('C-3', 9)];
    expect(capOverlaps(list, 2)).toEqual({
      overlaps: list.slice(0, 2),
      summary: { total: 4, listed: 2, caseCount: 3, from: '2022-04-01T01:00:00.000Z', to: '2022-04-01T09:30:00.000Z' },
    });
  });
});
