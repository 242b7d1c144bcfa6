import { describe, expect, it } from 'vitest';
import { fixesToParts, type Fix } from './fixes-to-parts';

const minute = 60_000;

describe('fixesToParts', () => {
  it('joins fixes within the gap into one movement', () => {
    const fixes: Fix[] = [
      { lngLat: [126.9, 37.5], time: 0 },
      { lngLat: [126.901, 37.5], time: 5 * minute },
      { lngLat: [126.902, 37.5], time: 10 * minute },
    ];
    expect(fixesToParts(fixes)).toEqual([
      { kind: 'movement', lngLats: fixes.map((f) => f.lngLat), times: [0, 5 * minute, 10 * minute] },
    ]);
  });

  it('splits at a gap longer than maxGapMinutes and makes a lone fix a zero-length stay', () => {
    const fixes: Fix[] = [
      { lngLat: [126.9, 37.5], time: 0 },
      { lngLat: [126.901, 37.5], time: 10 * minute },
      { lngLat: [127.0, 37.6], time: 41 * minute },
    ];
    const parts = fixesToParts(fixes, { maxGapMinutes: 30 });
    expect(parts).toHaveLength(2);
    expect(parts[1]).toEqual({ kind: 'stay', lngLat: [127.0, 37.6], start: 41 * minute, end: 41 * minute });
  });

  it('keeps a gap of exactly maxGapMinutes joined', () => {
    const fixes: Fix[] = [
      { lngLat: [126.9, 37.5], time: 0 },
      { lngLat: [126.901, 37.5], time: 30 * minute },
    ];
    expect(fixesToParts(fixes, { maxGapMinutes: 30 })).toHaveLength(1);
  });

  it('does not mutate its input', () => {
    const fixes: Fix[] = [{ lngLat: [126.9, 37.5], time: 0 }];
    const before = structuredClone(fixes);
    const [stay] = fixesToParts(fixes);
    if (stay.kind === 'stay') stay.lngLat[0] = 0;
    expect(fixes).toEqual(before);
  });
});
