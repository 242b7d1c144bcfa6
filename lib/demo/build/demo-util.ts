/**
 * Small deterministic helpers for the demo build: a seeded PRNG, KST/UTC time formatting, coordinate
 * rounding and a stable one-feature-per-line GeoJSON writer. No I/O.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export type LngLat = [lng: number, lat: number];

/** A seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export type Rng = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Uniform integer in [lo, hi], both inclusive. */
  int: (lo: number, hi: number) => number;
};

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) };
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const KST_OFFSET_MS = 9 * 3_600_000;

/** Epoch ms of a KST wall-clock time: `date` is YYYY-MM-DD, `minuteOfDay` counts from local midnight. */
export function kstToMs(date: string, minuteOfDay: number): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) - KST_OFFSET_MS + minuteOfDay * MINUTE_MS;
}

/** ISO 8601 in Korea time with an explicit offset, whole seconds: `2020-03-06T10:15:00+09:00`. */
export function toKstIso(ms: number): string {
  return `${new Date(ms + KST_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}

/** ISO 8601 in UTC, whole seconds: `2020-03-06T01:15:00Z`. */
export function toUtcIso(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** `HH:MM` in Korea time. */
export function toKstClock(ms: number): string {
  return toKstIso(ms).slice(11, 16);
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Rounds every position of a geometry to 6 decimals (about 0.1 m). Returns a new geometry. */
export function roundGeometry<G extends Geometry>(geometry: G): G {
  const roundPositions = (value: unknown): unknown =>
    typeof value === 'number' ? round6(value) : Array.isArray(value) ? value.map(roundPositions) : value;
  if (geometry.type === 'GeometryCollection') {
    return { ...geometry, geometries: geometry.geometries.map((g) => roundGeometry(g)) };
  }
  return { ...geometry, coordinates: roundPositions(geometry.coordinates) } as G;
}

/** Linear interpolation between two positions (fine at city scale). */
export function lerpLngLat(a: Position, b: Position, fraction: number): LngLat {
  return [a[0] + (b[0] - a[0]) * fraction, a[1] + (b[1] - a[1]) * fraction];
}

/**
 * Serialises a FeatureCollection with one feature per line: stable (key order as built), compact, and
 * friendly to line-based diffs of the committed files.
 */
export function stringifyFeatureCollection(collection: FeatureCollection): string {
  const lines = collection.features.map((feature: Feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
