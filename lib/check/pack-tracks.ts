import type { CaseTrack, LngLat, TrajectoryPart } from '../trajectory/types';

/**
 * Trajectories as flat typed arrays, for handing to a worker thread without a structured clone of millions
 * of small arrays (the vertex columns can live in a SharedArrayBuffer that every worker reads). A stay is a
 * part of one vertex whose `time` column holds its start and `stayEnd` its end.
 */
export type PackedTracks = {
  codes: string[];
  places: string[];
  /** Per part: its track, kind (0 stay, 1 movement), place (−1 none) and first vertex (partStart[n] = vertex count). */
  partTrack: Uint32Array;
  partKind: Uint8Array;
  partPlace: Int32Array;
  partStart: Uint32Array;
  stayEnd: Float64Array;
  lng: Float64Array;
  lat: Float64Array;
  time: Float64Array;
};

const float64 = (length: number, isShared: boolean) =>
  new Float64Array(isShared ? new SharedArrayBuffer(length * 8) : new ArrayBuffer(length * 8));

/**
 * Columns for `partCount` parts and `vertexCount` vertices, zeroed (packTracks and pack-in-slices fill them).
 * The vertex columns live in shared memory when `isShared` (the case index every worker reads).
 */
export function emptyPacked(codes: string[], partCount: number, vertexCount: number, isShared = false): PackedTracks {
  return {
    codes,
    places: [],
    partTrack: new Uint32Array(partCount),
    partKind: new Uint8Array(partCount),
    partPlace: new Int32Array(partCount),
    partStart: new Uint32Array(partCount + 1),
    stayEnd: new Float64Array(partCount),
    lng: float64(vertexCount, isShared),
    lat: float64(vertexCount, isShared),
    time: float64(vertexCount, isShared),
  };
}

/** A part's place as its index in `packed.places` (added on first sight), or −1 for none. */
export function placeIdOf(packed: PackedTracks, placeIds: Map<string, number>, place: string | undefined): number {
  if (place === undefined) return -1;
  let id = placeIds.get(place);
  if (id === undefined) placeIds.set(place, (id = packed.places.push(place) - 1));
  return id;
}

/**
 * Packs tracks (or one trajectory as a track) into typed arrays. Exact: `unpackTracks(packTracks(x))`
 * equals `x`. Does not mutate its input.
 *
 * @example
 * packTracks([{ caseCode: 'C-1', parts }], { isShared: true }).lng.length // → vertex count
 */
export function packTracks(tracks: readonly CaseTrack[], options: { isShared?: boolean } = {}): PackedTracks {
  let partCount = 0;
  let vertexCount = 0;
  for (const track of tracks) {
    partCount += track.parts.length;
    for (const part of track.parts) vertexCount += part.kind === 'stay' ? 1 : part.lngLats.length;
  }
  const packed = emptyPacked(tracks.map((t) => t.caseCode), partCount, vertexCount, options.isShared ?? false);
  const placeIds = new Map<string, number>();
  let p = 0;
  let v = 0;
  tracks.forEach((track, t) => {
    for (const part of track.parts) {
      packed.partTrack[p] = t;
      packed.partStart[p] = v;
      packed.partPlace[p] = placeIdOf(packed, placeIds, part.place);
      if (part.kind === 'stay') {
        packed.lng[v] = part.lngLat[0];
        packed.lat[v] = part.lngLat[1];
        packed.time[v++] = part.start;
        packed.stayEnd[p] = part.end;
      } else {
        packed.partKind[p] = 1;
        for (let i = 0; i < part.lngLats.length; i++, v++) {
          packed.lng[v] = part.lngLats[i][0];
          packed.lat[v] = part.lngLats[i][1];
          packed.time[v] = part.times[i];
        }
      }
      p++;
    }
  });
  packed.partStart[partCount] = v;
  return packed;
}

/**
 * The tracks packed by packTracks.
 *
 * @example
 * unpackTracks(packTracks(tracks)) // → tracks (equal, not the same objects)
 */
export function unpackTracks(packed: PackedTracks): CaseTrack[] {
  const tracks: CaseTrack[] = packed.codes.map((caseCode) => ({ caseCode, parts: [] }));
  for (let p = 0; p < packed.partKind.length; p++) {
    const v0 = packed.partStart[p];
    const v1 = packed.partStart[p + 1];
    const place = packed.partPlace[p] >= 0 ? { place: packed.places[packed.partPlace[p]] } : {};
    let part: TrajectoryPart;
    if (packed.partKind[p] === 0) {
      part = { kind: 'stay', lngLat: [packed.lng[v0], packed.lat[v0]], start: packed.time[v0], end: packed.stayEnd[p], ...place };
    } else {
      const lngLats: LngLat[] = [];
      const times: number[] = [];
      for (let v = v0; v < v1; v++) {
        lngLats.push([packed.lng[v], packed.lat[v]]);
        times.push(packed.time[v]);
      }
      part = { kind: 'movement', lngLats, times, ...place };
    }
    tracks[packed.partTrack[p]].parts.push(part);
  }
  return tracks;
}
