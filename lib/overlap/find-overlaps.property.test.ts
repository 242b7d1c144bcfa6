import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criticalTimes, sceneArb, type Scene } from './arbitraries.test-helper';
import { checkTrajectory } from './check-trajectory';
import { exposureDistanceAt, referenceTimeline, sampledWindows } from './reference.test-helper';
import type { DistanceRule } from './rule';

const STEP_MS = 15_000;
/** Raise with FC_RUNS=5000 for a soak run. */
const RUNS = Number(process.env.FC_RUNS ?? 100);
/**
 * The engine measures in a local plane, the reference with Turf's haversine and great-circle segments:
 * comparisons allow 0.2% + 5 cm (the measured gap is < 0.01% at this scale), so the test pins down the
 * windows without being decided by the last centimetre.
 */
const widen = (d: number) => d * 1.002 + 0.05;
const narrow = (d: number) => d * 0.998 - 0.05;

function sampleTimes(scene: Scene, toleranceMs: number): number[] {
  const critical = criticalTimes(scene, [0, toleranceMs, -1, 1]);
  const start = Math.min(...critical);
  const end = Math.max(...critical);
  const grid: number[] = [];
  for (let t = start; t <= end; t += STEP_MS) grid.push(t);
  return [...grid, ...critical];
}

function checkAgainstReference(scene: Scene, rule: DistanceRule): void {
  const overlaps = checkTrajectory(scene.resident, scene.cases, rule);
  const resident = referenceTimeline(scene.resident, rule.maxGapMinutes);
  const ref = { distanceMeters: rule.distanceMeters, toleranceMinutes: rule.toleranceMinutes, maxGapMinutes: rule.maxGapMinutes };
  const times = sampleTimes(scene, rule.toleranceMinutes * 60_000);

  for (const track of scene.cases) {
    const caseTimeline = referenceTimeline(track.parts, rule.maxGapMinutes);
    const windows = overlaps.filter((o) => o.caseCode === track.caseCode);
    const at = (t: number) => exposureDistanceAt(resident, caseTimeline, t, ref);

    // Sound: every reported instant is an exposure (ends included), and the closest approach is real.
    for (const o of windows) {
      for (let k = 0; k <= 6; k++) expect(at(o.from + ((o.to - o.from) * k) / 6)).toBeLessThanOrEqual(widen(rule.distanceMeters));
      expect(o.minDistanceMeters).toBeLessThanOrEqual(rule.distanceMeters + 1e-6);
      expect(o.place).toBe(track.parts[0].place);
    }
    // Complete: every exposed sample (grid and every vertex time, shifted by T) lies in a reported window.
    for (const t of times) {
      if (at(t) <= narrow(rule.distanceMeters)) {
        expect(
          windows.some((o) => o.from - 1 <= t && t <= o.to + 1),
          `exposed at ${t} to ${track.caseCode}`,
        ).toBe(true);
      }
    }
    // Maximal: between two windows of a case the resident really left its reach.
    for (let k = 0; k + 1 < windows.length; k++) {
      expect(at((windows[k].to + windows[k + 1].from) / 2)).toBeGreaterThan(narrow(rule.distanceMeters));
    }
    // Never the closest approach below what the reference sees inside the window.
    for (const o of windows) {
      let seen = Infinity;
      for (let k = 0; k <= 20; k++) seen = Math.min(seen, at(o.from + ((o.to - o.from) * k) / 20));
      expect(o.minDistanceMeters).toBeLessThanOrEqual(widen(seen));
    }
  }

  // Same cases as the sampled reference, up to passes shorter than a sample step or closest at ~D.
  const sampled = sampledWindows(scene.resident, scene.cases, ref, STEP_MS);
  const found = new Set(overlaps.map((o) => o.caseCode));
  for (const code of sampled.keys()) {
    if (!found.has(code)) {
      const caseTimeline = referenceTimeline(scene.cases.find((c) => c.caseCode === code)!.parts, rule.maxGapMinutes);
      const closest = Math.min(
        ...sampled
          .get(code)!
          .flatMap(([a, b]) => [a, b])
          .map((t) => exposureDistanceAt(resident, caseTimeline, t, ref)),
      );
      expect(closest, `sampled reference found ${code}`).toBeGreaterThan(narrow(rule.distanceMeters));
    }
  }
  for (const code of found) {
    if (sampled.has(code)) continue;
    for (const o of overlaps.filter((w) => w.caseCode === code)) {
      expect(o.to - o.from < STEP_MS || o.minDistanceMeters >= narrow(rule.distanceMeters), `engine-only ${code}`).toBe(true);
    }
  }
}

describe('findOverlaps against the brute-force reference (fast-check)', () => {
  const scenes = sceneArb({ extentMeters: 150, spanMinutes: 40 });
  const distance = fc.integer({ min: 10, max: 150 });

  it('distance mode, T = 0', () => {
    fc.assert(
      fc.property(scenes, distance, (scene, d) => {
        checkAgainstReference(scene, {
          mode: 'distance',
          distanceMeters: d,
          toleranceMinutes: 0,
          minOverlapMinutes: 0,
          maxGapMinutes: 30,
        });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('distance mode, T > 0', () => {
    fc.assert(
      fc.property(scenes, distance, fc.integer({ min: 1, max: 45 }), (scene, d, tolerance) => {
        checkAgainstReference(scene, {
          mode: 'distance',
          distanceMeters: d,
          toleranceMinutes: tolerance,
          minOverlapMinutes: 0,
          maxGapMinutes: 30,
        });
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('M keeps exactly the windows lasting at least M minutes', () => {
    fc.assert(
      fc.property(
        scenes,
        distance,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        (scene, d, tolerance, m) => {
          const base: DistanceRule = {
            mode: 'distance',
            distanceMeters: d,
            toleranceMinutes: tolerance,
            minOverlapMinutes: 0,
            maxGapMinutes: 30,
          };
          const all = checkTrajectory(scene.resident, scene.cases, base);
          const kept = checkTrajectory(scene.resident, scene.cases, { ...base, minOverlapMinutes: m });
          expect(kept).toEqual(all.filter((o) => o.minutes >= m));
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
