/** Helpers for the parser tests (Node only: reads fixtures from disk). Not part of the library. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { TrajectoryPart } from '../trajectory/types';
import { TrajectoryParseError } from './parse-error';

/** "Now" for tests: the day the shared data was gathered, so that results do not depend on the clock. */
export const NOW = Date.UTC(2026, 10, 22);

export function readFixture(relativePath: string): string {
  return fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', relativePath), 'utf8');
}

/** Asserts the invariants of the trajectory model on every part. */
export function expectValidParts(parts: readonly TrajectoryPart[]): void {
  const validLngLat = ([lng, lat]: readonly number[]) =>
    Number.isFinite(lng) && Number.isFinite(lat) && lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90;
  for (const part of parts) {
    if (part.kind === 'stay') {
      expect(validLngLat(part.lngLat)).toBe(true);
      expect(Number.isFinite(part.start) && Number.isFinite(part.end) && part.start <= part.end).toBe(true);
    } else {
      expect(part.lngLats.length).toBe(part.times.length);
      expect(part.lngLats.length).toBeGreaterThanOrEqual(2);
      expect(part.lngLats.every(validLngLat)).toBe(true);
      expect(part.times.every((t, i) => Number.isFinite(t) && (i === 0 || t >= part.times[i - 1]))).toBe(true);
    }
  }
}

export function timeRange(parts: readonly TrajectoryPart[]): [string, string] {
  const times = parts.flatMap((part) => (part.kind === 'stay' ? [part.start, part.end] : part.times));
  return [new Date(Math.min(...times)).toISOString(), new Date(Math.max(...times)).toISOString()];
}

export function bbox(parts: readonly TrajectoryPart[]): [number, number, number, number] {
  const lngLats = parts.flatMap((part) => (part.kind === 'stay' ? [part.lngLat] : part.lngLats));
  const lngs = lngLats.map(([lng]) => lng);
  const lats = lngLats.map(([, lat]) => lat);
  return [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)];
}

/** Runs `parse` and returns the TrajectoryParseError it throws; fails the test if it throws nothing or another error. */
export function parseError(parse: () => unknown): TrajectoryParseError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(TrajectoryParseError);
    return error as TrajectoryParseError;
  }
  throw new Error('expected a TrajectoryParseError, but parsing succeeded');
}

/** Arbitrary text: random strings, random bytes read as UTF-8 or Latin-1, and edits of a real file. */
export function arbitraryInput(base: string): fc.Arbitrary<string> {
  const edit = fc
    .tuple(fc.nat({ max: base.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 20 }))
    .map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));
  const bytes = fc.uint8Array({ maxLength: 300 });
  return fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    bytes.map((b) => new TextDecoder().decode(b)),
    bytes.map((b) => String.fromCharCode(...b)),
    edit,
    edit.chain((once) =>
      fc
        .tuple(fc.nat({ max: once.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 20 }))
        .map(([at, cut, insert]) => once.slice(0, at) + insert + once.slice(at + cut)),
    ),
  );
}

/**
 * The parser contract on arbitrary input: it returns parts that satisfy the model, or throws a
 * TrajectoryParseError, and it does so quickly.
 */
export function expectTotal(
  parse: () => { parts: readonly TrajectoryPart[] } | { tracks: readonly { parts: readonly TrajectoryPart[] }[] },
): void {
  const started = performance.now();
  try {
    const result = parse();
    const parts = 'parts' in result ? result.parts : result.tracks.flatMap((track) => track.parts);
    expectValidParts(parts);
  } catch (error) {
    if (!(error instanceof TrajectoryParseError)) throw error;
  }
  expect(performance.now() - started).toBeLessThan(2000);
}
