import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sceneArb } from '../overlap/arbitraries.test-helper';
import type { LngLat, TrajectoryPart } from '../trajectory/types';
import { packedFromParts, partsFromPacked } from './pack-in-slices';
import { packTracks } from './pack-tracks';

describe('packedFromParts and partsFromPacked', () => {
  it('write what packTracks writes and read it back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(sceneArb({ extentMeters: 5_000, spanMinutes: 600 }), async (scene) => {
        const parts = scene.resident.map((part, i) => (i % 2 ? { ...part, place: `place ${i % 3}` } : part));
        const packed = await packedFromParts(parts);
        expect(packed).toEqual(packTracks([{ caseCode: '', parts }]));
        expect(await partsFromPacked(packed)).toEqual(parts);
      }),
      { numRuns: 50 },
    );
  });

  it('pauses between slices of a long movement, in both directions', async () => {
    const count = 100_000;
    const long: TrajectoryPart = { kind: 'movement', lngLats: Array.from({ length: count }, (_, i): LngLat => [126 + i * 1e-6, 37.5]), times: Array.from({ length: count }, (_, i) => i * 5_000) };
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
    };
    const packed = await packedFromParts([long], pause);
    expect(pauses).toBeGreaterThanOrEqual(5);
    pauses = 0;
    expect(await partsFromPacked(packed, pause)).toEqual([long]);
    expect(pauses).toBeGreaterThanOrEqual(5);
  });
});
