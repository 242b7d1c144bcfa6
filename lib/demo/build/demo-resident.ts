/**
 * Synthetic resident days (GPS fixes) for the sample files, and a deliberately plain checker of what
 * they claim: both trajectories sampled every 10 s, distances by turf.distance (haversine). The checker
 * does not use the app's overlap engine, so the engine can be tested against it.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, Point } from 'geojson';
import type { LngLat, Rng } from './demo-util';
import { lerpLngLat, MINUTE_MS, round6 } from './demo-util';

export type Fix = { lngLat: LngLat; time: number };

/** One published case part in the form the checker needs: a visit (one position) or a movement. */
export type CasePart = {
  id: string;
  caseCode: string;
  kind: 'visit' | 'movement';
  placeType: string | null;
  place: string;
  lngLats: LngLat[];
  /** Visit: [start, end]. Movement: one time per vertex. */
  times: number[];
};

type CaseFeatureLike = Feature<
  Point | LineString,
  { caseCode: string; kind: string; place: string; start: string; end: string; placeType?: string; coordTimes?: string[] }
>;

/** Reads case parts back from the case-track features, exactly as they are written. */
export function casePartsFromFeatures(features: CaseFeatureLike[]): CasePart[] {
  return features.map((feature) => {
    const p = feature.properties;
    const isVisit = feature.geometry.type === 'Point';
    return {
      id: String(feature.id),
      caseCode: p.caseCode,
      kind: isVisit ? 'visit' : 'movement',
      placeType: p.placeType ?? null,
      place: p.place,
      lngLats:
        feature.geometry.type === 'Point'
          ? [feature.geometry.coordinates as LngLat]
          : feature.geometry.coordinates.map((c) => c as LngLat),
      times: isVisit ? [Date.parse(p.start), Date.parse(p.end)] : (p.coordTimes ?? []).map((t) => Date.parse(t)),
    };
  });
}

const SAMPLE_MS = 10_000;

function interpolate(lngLats: LngLat[], times: number[], t: number): LngLat | null {
  if (t < times[0] || t > times[times.length - 1]) return null;
  if (lngLats.length === 1) return lngLats[0];
  for (let i = 1; i < times.length; i += 1) {
    if (t <= times[i]) {
      const span = times[i] - times[i - 1];
      return lerpLngLat(lngLats[i - 1], lngLats[i], span === 0 ? 0 : (t - times[i - 1]) / span);
    }
  }
  return lngLats[lngLats.length - 1];
}

/** Where a case was at `t` according to its published part, or null outside the part's time span. */
export function casePositionAt(part: CasePart, t: number): LngLat | null {
  return part.kind === 'visit'
    ? t >= part.times[0] && t <= part.times[1]
      ? part.lngLats[0]
      : null
    : interpolate(part.lngLats, part.times, t);
}

/** A case part's positions every 10 s (and its last vertex) between `from` and `to`. */
function positionsBetween(part: CasePart, from: number, to: number): LngLat[] {
  const start = Math.max(from, part.times[0]);
  const end = Math.min(to, part.times[part.times.length - 1]);
  if (start > end) return [];
  if (part.kind === 'visit') return [part.lngLats[0]];
  const points: LngLat[] = [];
  for (let t = start; t <= end; t += SAMPLE_MS) points.push(casePositionAt(part, t) ?? part.lngLats[0]);
  const last = casePositionAt(part, end);
  if (last) points.push(last);
  return points;
}

/** The resident's position every 10 s from the first to the last fix, interpolated between fixes. */
export function sampleFixes(fixes: Fix[]): { t: number; lngLat: LngLat }[] {
  const lngLats = fixes.map((f) => f.lngLat);
  const times = fixes.map((f) => f.time);
  const samples: { t: number; lngLat: LngLat }[] = [];
  for (let t = times[0]; t <= times[times.length - 1]; t += SAMPLE_MS) {
    const lngLat = interpolate(lngLats, times, t);
    if (lngLat) samples.push({ t, lngLat });
  }
  return samples;
}

export type OverlapClaim = {
  target: CasePart;
  /** When the resident is at the target's place: inside the target's published stay. */
  windowStart: number;
  windowEnd: number;
  /** Farthest the resident gets from the place within the window, in metres. */
  maxDistanceM: number;
  /** The continuous run of 10 s samples within 100 m of the case around the window (default rule). */
  within100m: { start: number; end: number };
  /** The same within 50 m (the 'same-place' preset needs 15 min of it). */
  within50m: { start: number; end: number };
  /** Closest approach to any other case part at the same time, in metres. */
  nearestOtherM: number;
  /** Closest approach, at any time, to positions of other cases within the lag of the track, in metres. */
  nearestLaggedM: number;
};

/**
 * Checks the overlap sample: within `maxDistanceM` of `target`'s place throughout `window` (which lies
 * inside the target's stay); more than `clearOfOthersM` from every other case part whenever both are
 * timed; and more than `clearOfOthersM`, at any time, from where other cases were within `lagMs` of
 * the track. Returns the facts, or the reason it fails.
 */
export function checkOverlapDay(
  fixes: Fix[],
  parts: CasePart[],
  target: CasePart,
  window: { start: number; end: number },
  options: { maxDistanceM: number; clearOfOthersM: number; lagMs: number; maxFixGapMs: number },
): OverlapClaim | string {
  const gapProblem = checkFixes(fixes, options.maxFixGapMs);
  if (gapProblem) return gapProblem;
  if (window.start < target.times[0] || window.end > target.times[1]) return 'window is outside the stay';
  const samples = sampleFixes(fixes);
  if (samples[0].t > window.start || samples[samples.length - 1].t < window.end) return 'track misses the window';
  const distances = samples.map((s) => {
    const at = casePositionAt(target, s.t);
    return at ? turf.distance(s.lngLat, at, { units: 'meters' }) : Infinity;
  });
  let maxDistanceM = 0;
  samples.forEach((s, i) => {
    if (s.t >= window.start && s.t <= window.end) maxDistanceM = Math.max(maxDistanceM, distances[i]);
  });
  if (maxDistanceM > options.maxDistanceM) return `up to ${maxDistanceM.toFixed(0)} m from the target`;
  const runAround = (limitM: number) => {
    const inside = samples.findIndex((s) => s.t >= window.start);
    let [first, last] = [inside, inside];
    while (first > 0 && distances[first - 1] <= limitM) first -= 1;
    while (last < samples.length - 1 && distances[last + 1] <= limitM) last += 1;
    return { start: samples[first].t, end: samples[last].t };
  };
  // Same time: every other part, the target case's own rides in and out included.
  let nearestOtherM = Infinity;
  let nearestOther = '';
  for (const part of parts) {
    if (part === target) continue;
    if (part.times[part.times.length - 1] < samples[0].t || part.times[0] > samples[samples.length - 1].t) continue;
    for (const s of samples) {
      const at = casePositionAt(part, s.t);
      if (!at) continue;
      const d = turf.distance(s.lngLat, at, { units: 'meters' });
      if (d < nearestOtherM) [nearestOtherM, nearestOther] = [d, part.id];
    }
  }
  if (nearestOtherM <= options.clearOfOthersM) return `${nearestOtherM.toFixed(0)} m from ${nearestOther}`;
  // Any time within the lag: other cases only, so rules with a time lag find nothing else either.
  let nearestLaggedM = Infinity;
  const [from, to] = [samples[0].t - options.lagMs, samples[samples.length - 1].t + options.lagMs];
  for (const part of parts) {
    if (part.caseCode === target.caseCode) continue;
    for (const at of positionsBetween(part, from, to)) {
      for (const s of samples) nearestLaggedM = Math.min(nearestLaggedM, turf.distance(s.lngLat, at, { units: 'meters' }));
    }
  }
  if (nearestLaggedM <= options.clearOfOthersM) return `${nearestLaggedM.toFixed(0)} m from another case within the lag`;
  return {
    target,
    windowStart: window.start,
    windowEnd: window.end,
    maxDistanceM,
    within100m: runAround(100),
    within50m: runAround(50),
    nearestOtherM,
    nearestLaggedM,
  };
}

/**
 * Checks the clear sample: more than `minDistanceM` from every case position at ANY time (not only at
 * the same time), which rules out every rule with a distance ≤ 100 m and any time lag, and sharing an
 * 800 m grid cell (its diagonal is 1.13 km). Returns the closest approach, or a reason it fails.
 */
export function checkClearDay(
  fixes: Fix[],
  parts: CasePart[],
  options: { minDistanceM: number; maxFixGapMs: number },
): number | string {
  const gapProblem = checkFixes(fixes, options.maxFixGapMs);
  if (gapProblem) return gapProblem;
  const samples = sampleFixes(fixes);
  const casePoints = parts.flatMap((part) => positionsBetween(part, -Infinity, Infinity));
  let closest = Infinity;
  for (const sample of samples) {
    for (const point of casePoints) closest = Math.min(closest, turf.distance(sample.lngLat, point, { units: 'meters' }));
  }
  if (closest <= options.minDistanceM) return `${closest.toFixed(0)} m from a case position`;
  return closest;
}

function checkFixes(fixes: Fix[], maxFixGapMs: number): string | null {
  for (let i = 1; i < fixes.length; i += 1) {
    const gap = fixes[i].time - fixes[i - 1].time;
    if (gap <= 0) return `fix ${i} is not after fix ${i - 1}`;
    if (gap > maxFixGapMs) return `fix gap of ${gap / 1000} s at fix ${i}`;
  }
  return null;
}

/** A resident's plan: stays (fixes every few minutes) and moves along a path (fixes every 30–60 s). */
export type PlanStep =
  | { kind: 'stay'; at: LngLat; from: number; to: number; jitterM: number }
  | { kind: 'move'; path: LngLat[]; from: number; to: number; jitterM: number };

/** Turns a plan into GPS-like fixes with seeded jitter. Consecutive steps must share their end/start time. */
export function fixesFromPlan(plan: PlanStep[], rng: Rng): Fix[] {
  const fixes: Fix[] = [];
  const push = (lngLat: LngLat, time: number, jitterM: number) => {
    const last = fixes[fixes.length - 1];
    if (last && time <= last.time) return;
    const offset = turf.destination(lngLat, rng.next() * jitterM, rng.next() * 360 - 180, { units: 'meters' });
    const [lng, lat] = offset.geometry.coordinates;
    fixes.push({ lngLat: [round6(lng), round6(lat)], time });
  };
  for (const step of plan) {
    const [minGapS, maxGapS] = step.kind === 'stay' ? [120, 300] : [30, 60];
    const line = step.kind === 'move' ? turf.lineString(step.path) : null;
    const length = line ? turf.length(line, { units: 'meters' }) : 0;
    const at = (t: number): LngLat => {
      if (step.kind === 'stay' || !line) return step.kind === 'stay' ? step.at : step.path[0];
      const fraction = (t - step.from) / (step.to - step.from);
      return turf.along(line, length * fraction, { units: 'meters' }).geometry.coordinates as LngLat;
    };
    for (let t = step.from; t < step.to; t += rng.int(minGapS, maxGapS) * 1000) push(at(t), t, step.jitterM);
    push(at(step.to), step.to, step.jitterM);
  }
  return fixes;
}

/** An L-shaped street-like path from `a` to `b`, turning at the corner on `a`'s meridian or parallel. */
export function lPath(a: LngLat, b: LngLat, turnOnMeridian: boolean): LngLat[] {
  return [a, turnOnMeridian ? [a[0], b[1]] : [b[0], a[1]], b];
}

/** Minutes to travel a path at `kmh`, at least `minMinutes`, rounded up to a whole minute. */
export function travelMs(path: LngLat[], kmh: number, minMinutes: number): number {
  const km = turf.length(turf.lineString(path), { units: 'kilometers' });
  return Math.max(minMinutes, Math.ceil((km / kmh) * 60)) * MINUTE_MS;
}
