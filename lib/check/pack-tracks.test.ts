import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sceneArb } from '../overlap/arbitraries.test-helper';
import { packTracks, unpackTracks } from './pack-tracks';

describe('packTracks', () => {
  it('round-trips tracks exactly, in shared memory too', () => {
    fc.assert(
      fc.property(sceneArb({ extentMeters: 5_000, spanMinutes: 600 }), fc.boolean(), (scene, isShared) => {
        const tracks = [...scene.cases, { caseCode: 'resident', parts: scene.resident }];
        const packed = packTracks(tracks, { isShared });
        expect(packed.lng.buffer instanceof SharedArrayBuffer).toBe(isShared);
        expect(unpackTracks(packed)).toEqual(tracks);
      }),
    );
  });

  it('packs no tracks', () => {
    expect(unpackTracks(packTracks([]))).toEqual([]);
  });
});
