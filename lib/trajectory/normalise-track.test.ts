import { describe, expect, it } from 'vitest';
import type { Movement } from './types';
import { normaliseMovement, normaliseTrack } from './normalise-track';

const A: [number, number] = [121.4, 31.2];
const B: [number, number] = [121.41, 31.2];
const C: [number, number] = [121.42, 31.21];

describe('normaliseMovement', () => {
  it('stores a movement whose points all coincide as a stay from its first to its last time', () => {
    expect(normaliseMovement({ kind: 'movement', lngLats: [A, A, A], times: [0, 60_000, 120_000], place: 'Home' })).toEqual([
      { kind: 'stay', lngLat: A, start: 0, end: 120_000, place: 'Home' },
    ]);
  });

  it('drops repeats at one instant and keeps the line', () => {
    expect(normaliseMovement({ kind: 'movement', lngLats: [A, A, B], times: [0, 0, 60_000] })).toEqual([{ kind: 'movement', lngLats: [A, B], times: [0, 60_000] }]);
  });

  it('turns standing still inside a walk into a stay between two legs, so the time on the spot is kept', () => {
    expect(normaliseMovement({ kind: 'movement', lngLats: [A, B, B, C], times: [0, 60_000, 600_000, 660_000] })).toEqual([
      { kind: 'movement', lngLats: [A, B], times: [0, 60_000] },
      { kind: 'stay', lngLat: B, start: 60_000, end: 600_000 },
      { kind: 'movement', lngLats: [B, C], times: [600_000, 660_000] },
    ]);
  });

  it('waiting at the start or the end becomes a stay with one leg', () => {
    expect(normaliseMovement({ kind: 'movement', lngLats: [A, A, B], times: [0, 300_000, 360_000] })).toEqual([
      { kind: 'stay', lngLat: A, start: 0, end: 300_000 },
      { kind: 'movement', lngLats: [A, B], times: [300_000, 360_000] },
    ]);
  });

  it('a motionless movement at one instant is a stay of no length', () => {
    expect(normaliseMovement({ kind: 'movement', lngLats: [A, A], times: [5, 5] })).toEqual([{ kind: 'stay', lngLat: A, start: 5, end: 5 }]);
  });

  it('does not mutate its input', () => {
    const input: Movement = { kind: 'movement', lngLats: [A, A, B], times: [0, 300_000, 360_000] };
    const copy = structuredClone(input);
    normaliseMovement(input);
    expect(input).toEqual(copy);
  });
});

describe('normaliseTrack', () => {
  it('passes stays and moving lines unchanged, with no notes', () => {
    const parts = [
      { kind: 'stay' as const, lngLat: A, start: 0, end: 1 },
      { kind: 'movement' as const, lngLats: [A, B], times: [1, 2] },
    ];
    expect(normaliseTrack(parts)).toEqual({ parts, notes: [] });
  });

  it('notes each part it changed, 1-based', () => {
    const result = normaliseTrack([
      { kind: 'stay', lngLat: C, start: 0, end: 1 },
      { kind: 'movement', lngLats: [A, A], times: [10, 20] },
      { kind: 'movement', lngLats: [A, B, B, C], times: [30, 40, 50, 60] },
    ]);
    expect(result.notes).toEqual([
      { part: 2, change: 'motionless', vertices: 2 },
      { part: 3, change: 'repeated-vertices', dropped: 1, stays: 1 },
    ]);
    expect(result.parts.map((p) => p.kind)).toEqual(['stay', 'stay', 'movement', 'stay', 'movement']);
  });
});
