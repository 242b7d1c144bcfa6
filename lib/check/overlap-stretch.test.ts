import { describe, expect, it } from 'vitest';
import { overlapStretch } from './overlap-stretch';
import { caseTrackWindow } from './check-window';
import { PRESETS } from '../overlap/rule';

describe('overlapStretch', () => {
  it('cuts a movement at the window ends and keeps a stay inside it', () => {
    expect(overlapStretch([{ kind: 'movement', lngLats: [[0, 0], [2, 0]], times: [0, 2000] }], 500, 1500)).toEqual([
      [0.5, 0],
      [1.5, 0],
    ]);
    expect(
      overlapStretch(
        [
          { kind: 'stay', lngLat: [5, 5], start: 0, end: 100 },
          { kind: 'stay', lngLat: [6, 6], start: 200, end: 300 },
        ],
        150,
        400,
      ),
    ).toEqual([[6, 6]]);
  });
});

describe('caseTrackWindow', () => {
  it('covers whole UTC days, reaching back by the tolerance and one gap', () => {
    const parts = [{ kind: 'stay' as const, lngLat: [0, 0] as [number, number], start: Date.parse('2020-03-07T01:00:00Z'), end: Date.parse('2020-03-07T03:00:00Z') }];
    expect(caseTrackWindow(parts, PRESETS['same-place'].rule)).toEqual({ from: '2020-03-07T00:00:00.000Z', to: '2020-03-08T00:00:00.000Z' });
    // 4 h of tolerance from 01:00 reaches into the day before.
    expect(caseTrackWindow(parts, PRESETS['after-case'].rule)).toEqual({ from: '2020-03-06T00:00:00.000Z', to: '2020-03-08T00:00:00.000Z' });
    const late = [{ ...parts[0], start: Date.parse('2020-03-07T12:00:00Z'), end: Date.parse('2020-03-07T13:00:00Z') }];
    expect(caseTrackWindow(late, PRESETS['same-place'].rule)).toEqual({ from: '2020-03-07T00:00:00.000Z', to: '2020-03-08T00:00:00.000Z' });
  });
});
