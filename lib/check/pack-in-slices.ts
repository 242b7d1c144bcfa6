import type { LngLat, TrajectoryPart } from '../trajectory/types';
import { emptyPacked, placeIdOf, type PackedTracks } from './pack-tracks';

/**
 * A long trajectory crosses the worker boundary as flat typed arrays (lib/check/pack-tracks.ts): a structured
 * clone of 200,000 small arrays blocks the page for a third of a second either way. Turning the arrays back
 * into parts (and parts into arrays) on the page is done in slices that yield between them, so no task runs
 * long. SLICE vertices take a few milliseconds on a slow phone.
 */
const SLICE = 16_384;

/**
 * Lets the page handle input and paint between slices of work.
 *
 * @example
 * await yieldToPage()
 */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The buffers of a packed trajectory, to transfer (not copy) with postMessage; shared buffers are left out.
 *
 * @example
 * worker.postMessage({ packed }, packedBuffers(packed))
 */
export function packedBuffers(packed: PackedTracks): ArrayBuffer[] {
  const arrays = [packed.partTrack, packed.partKind, packed.partPlace, packed.partStart, packed.stayEnd, packed.lng, packed.lat, packed.time];
  return [...new Set(arrays.map((array) => array.buffer))].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

/**
 * One trajectory's parts from its packed form (the only track), built in slices with `pause` between them.
 *
 * @example
 * await partsFromPacked(packTracks([{ caseCode: '', parts }])) // → parts (equal, not the same objects)
 */
export async function partsFromPacked(packed: PackedTracks, pause: () => Promise<void> = yieldToPage): Promise<TrajectoryPart[]> {
  const parts: TrajectoryPart[] = [];
  let budget = SLICE;
  for (let p = 0; p < packed.partKind.length; p++) {
    const v0 = packed.partStart[p];
    const v1 = packed.partStart[p + 1];
    const place = packed.partPlace[p] >= 0 ? { place: packed.places[packed.partPlace[p]] } : {};
    if (packed.partKind[p] === 0) {
      parts.push({ kind: 'stay', lngLat: [packed.lng[v0], packed.lat[v0]], start: packed.time[v0], end: packed.stayEnd[p], ...place });
      budget -= 1;
    } else {
      const lngLats: LngLat[] = new Array(v1 - v0);
      const times: number[] = new Array(v1 - v0);
      for (let v = v0; v < v1; v++) {
        lngLats[v - v0] = [packed.lng[v], packed.lat[v]];
        times[v - v0] = packed.time[v];
        if (--budget <= 0) {
          budget = SLICE;
          await pause();
        }
      }
      parts.push({ kind: 'movement', lngLats, times, ...place });
    }
    if (budget <= 0) {
      budget = SLICE;
      await pause();
    }
  }
  return parts;
}

/**
 * One trajectory packed as the only track of a PackedTracks, in slices with `pause` between them (the same
 * arrays packTracks writes). Does not mutate its input.
 *
 * @example
 * await packedFromParts(parts) // → packTracks([{ caseCode: '', parts }]) (equal)
 */
export async function packedFromParts(parts: readonly TrajectoryPart[], pause: () => Promise<void> = yieldToPage): Promise<PackedTracks> {
  let vertexCount = 0;
  for (const part of parts) vertexCount += part.kind === 'stay' ? 1 : part.lngLats.length;
  const partCount = parts.length;
  const packed = emptyPacked([''], partCount, vertexCount);
  const placeIds = new Map<string, number>();
  let v = 0;
  let budget = SLICE;
  for (let p = 0; p < partCount; p++) {
    const part = parts[p];
    packed.partStart[p] = v;
    packed.partPlace[p] = placeIdOf(packed, placeIds, part.place);
    if (part.kind === 'stay') {
      packed.lng[v] = part.lngLat[0];
      packed.lat[v] = part.lngLat[1];
      packed.time[v++] = part.start;
      packed.stayEnd[p] = part.end;
      budget -= 1;
    } else {
      packed.partKind[p] = 1;
      for (let i = 0; i < part.lngLats.length; i++, v++) {
        packed.lng[v] = part.lngLats[i][0];
        packed.lat[v] = part.lngLats[i][1];
        packed.time[v] = part.times[i];
        if (--budget <= 0) {
          budget = SLICE;
          await pause();
        }
      }
    }
  }
  packed.partStart[partCount] = v;
  return packed;
}
