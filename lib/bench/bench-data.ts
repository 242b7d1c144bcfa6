/**
 * Seeded, city-scale bench data: a ~30 km city (Seoul by default) with popular places, 14 days of case tracks
 * (published stays with place names and movements of 50–2,000 fixes) and a resident who carries a phone
 * logging a fix a minute for 14 days. The resident genuinely meets cases: they share popular places, and the
 * first few cases ride along one of the resident's trips (those are in every size, since sizes are prefixes).
 */
import { fixesToParts, type Fix } from '../../lib/trajectory/fixes-to-parts';
import type { CaseTrack, LngLat, TrajectoryPart } from '../../lib/trajectory/types';

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
const METERS_PER_DEGREE = (6371008.8 * Math.PI) / 180;

/** Mulberry32: small, fast, seedable; the bench must produce the same data on every run. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type City = {
  centre: LngLat;
  start: number;
  days: number;
  places: { lngLat: LngLat; name: string }[];
  /** Cumulative popularity of places (Zipf-like), for sampling. */
  popularity: Float64Array;
};

type Random = () => number;

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function offset(centre: LngLat, eastMeters: number, northMeters: number): LngLat {
  return [
    centre[0] + eastMeters / (METERS_PER_DEGREE * Math.cos((centre[1] * Math.PI) / 180)),
    centre[1] + northMeters / METERS_PER_DEGREE,
  ];
}

function metersBetween(a: LngLat, b: LngLat): number {
  const kx = METERS_PER_DEGREE * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot((b[0] - a[0]) * kx, (b[1] - a[1]) * METERS_PER_DEGREE);
}

/** A city of `placeCount` places: 70% around eight districts, 30% anywhere within 15 km of the centre. */
export function createCity(
  random: Random,
  options: { centre?: LngLat; start?: number; days?: number; placeCount?: number } = {},
): City {
  const centre = options.centre ?? [126.98, 37.56];
  const kinds = ['Market', 'Cafe', 'Clinic', 'Station', 'Office', 'School', 'Restaurant', 'Gym', 'Church', 'Mart'];
  const districts = Array.from({ length: 8 }, () => [(random() - 0.5) * 20_000, (random() - 0.5) * 20_000]);
  const places = Array.from({ length: options.placeCount ?? 10_000 }, (_, i) => {
    let east: number;
    let north: number;
    if (random() < 0.7) {
      const [dx, dy] = districts[Math.floor(random() * districts.length)];
      east = dx + gaussian(random) * 1_500;
      north = dy + gaussian(random) * 1_500;
    } else {
      east = (random() - 0.5) * 30_000;
      north = (random() - 0.5) * 30_000;
    }
    return { lngLat: offset(centre, east, north), name: `${kinds[i % kinds.length]} #${i}` };
  });
  const popularity = new Float64Array(places.length);
  let total = 0;
  for (let i = 0; i < places.length; i++) popularity[i] = total += 1 / (i + 1) ** 0.5;
  for (let i = 0; i < places.length; i++) popularity[i] /= total;
  return { centre, start: options.start ?? Date.UTC(2022, 3, 1) - 9 * 3_600_000, days: options.days ?? 14, places, popularity };
}

function popularPlace(city: City, random: Random, near?: LngLat): number {
  const pick = () => {
    const r = random();
    let lo = 0;
    let hi = city.popularity.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (city.popularity[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  if (!near) return pick();
  // People prefer popular places near where they are: best of a few popular draws.
  let best = pick();
  for (let k = 0; k < 6; k++) {
    const other = pick();
    if (metersBetween(near, city.places[other].lngLat) < metersBetween(near, city.places[best].lngLat)) best = other;
  }
  return best;
}

/** One person's plan: stays at places and straight-ish trips between them. */
export type Activity =
  | { kind: 'stay'; lngLat: LngLat; start: number; end: number; place?: string }
  | { kind: 'trip'; path: LngLat[]; start: number; end: number };

function trip(random: Random, from: LngLat, to: LngLat, start: number): Activity & { kind: 'trip' } {
  const meters = metersBetween(from, to);
  const speed = meters < 1_500 ? 1.3 : 8; // walk, or ride
  const bend = (random() - 0.5) * 0.3;
  const mid: LngLat = [(from[0] + to[0]) / 2 - (to[1] - from[1]) * bend, (from[1] + to[1]) / 2 + (to[0] - from[0]) * bend];
  return { kind: 'trip', path: [from, mid, to], start, end: start + Math.max(60_000, (meters * 1.1 * 1000) / speed) };
}

/** A daily routine (home, work, lunch, evening places, home) for `days` days from `firstDay`. */
export function planDays(city: City, random: Random, firstDay: number, days: number): Activity[] {
  const home = offset(city.centre, gaussian(random) * 7_000, gaussian(random) * 7_000);
  const work = city.places[popularPlace(city, random)];
  const plan: Activity[] = [];
  let at: LngLat = home;
  let time = city.start + firstDay * DAY;
  const go = (to: LngLat, place: string | undefined, stayMinutes: number) => {
    const t = trip(random, at, to, time);
    plan.push(t);
    plan.push({ kind: 'stay', lngLat: to, start: t.end, end: t.end + stayMinutes * MINUTE, ...(place ? { place } : {}) });
    at = to;
    time = t.end + stayMinutes * MINUTE;
  };
  for (let d = firstDay; d < Math.min(city.days, firstDay + days); d++) {
    const dayStart = city.start + d * DAY;
    const leave = dayStart + (7.5 + random() * 2) * 60 * MINUTE;
    plan.push({ kind: 'stay', lngLat: home, start: time, end: leave });
    time = leave;
    const isWeekend = d % 7 >= 5;
    if (!isWeekend) {
      go(work.lngLat, work.name, 150 + random() * 90);
      const lunch = city.places[popularPlace(city, random, at)];
      go(lunch.lngLat, lunch.name, 30 + random() * 40);
      go(work.lngLat, work.name, 200 + random() * 120);
    }
    for (let k = 0, n = isWeekend ? 3 : random() < 0.6 ? 1 + Math.floor(random() * 2) : 0; k < n; k++) {
      const place = city.places[popularPlace(city, random, at)];
      go(place.lngLat, place.name, 30 + random() * 90);
    }
    go(home, undefined, 0);
    plan.pop(); // the night at home is the next day's first stay
  }
  plan.push({ kind: 'stay', lngLat: home, start: time, end: Math.min(time + 10 * 60 * MINUTE, city.start + city.days * DAY) });
  return plan;
}

function along(path: LngLat[], f: number): LngLat {
  const segment = Math.min(path.length - 2, Math.floor(f * (path.length - 1)));
  const g = f * (path.length - 1) - segment;
  const a = path[segment];
  const b = path[segment + 1];
  return [a[0] + (b[0] - a[0]) * g, a[1] + (b[1] - a[1]) * g];
}

/** Position on a plan at time t (undefined between activities). */
export function planPositionAt(plan: readonly Activity[], t: number, hint = { index: 0 }): LngLat | undefined {
  while (hint.index < plan.length && plan[hint.index].end < t) hint.index++;
  const a = plan[hint.index];
  if (!a || a.start > t) return undefined;
  if (a.kind === 'stay') return a.lngLat;
  return along(a.path, (t - a.start) / (a.end - a.start));
}

function jitter(random: Random, lngLat: LngLat, meters: number): LngLat {
  return offset(lngLat, gaussian(random) * meters, gaussian(random) * meters);
}

/**
 * A case's published track: its stays at places (not home) as stays with place names, its trips as
 * movements sampled every 15–60 s, from a random day in the first week until `fixBudget` fixes are used.
 */
export function caseTrack(
  city: City,
  random: Random,
  caseCode: string,
  fixBudget: number,
  ride?: Activity & { kind: 'trip' },
): CaseTrack {
  const firstDay = Math.floor(random() * (city.days / 2));
  const plan = planDays(city, random, firstDay, city.days - firstDay);
  const interval = (15 + random() * 45) * 1000;
  const parts: TrajectoryPart[] = [];
  let used = 0;
  const addTrip = (a: Activity & { kind: 'trip' }, lateralMeters = 0) => {
    const lngLats: LngLat[] = [];
    const times: number[] = [];
    for (let t = a.start; t <= a.end && used < fixBudget; t += interval) {
      const p = along(a.path, (t - a.start) / (a.end - a.start));
      lngLats.push(jitter(random, offset(p, lateralMeters, 0), 5));
      times.push(t);
      used++;
    }
    if (lngLats.length >= 2) parts.push({ kind: 'movement', lngLats, times });
  };
  if (ride) {
    // Rides along with the resident, seconds behind and a few metres beside: a genuine overlap to find.
    const delay = random() * 8_000;
    addTrip({ ...ride, start: ride.start + delay, end: ride.end + delay }, 10 + random() * 30);
  }
  for (const a of plan) {
    if (used >= fixBudget) break;
    if (a.kind === 'trip') addTrip(a);
    else if (a.place) {
      parts.push({ kind: 'stay', lngLat: a.lngLat, start: a.start, end: a.end, place: a.place });
      used++;
    }
  }
  parts.sort((p, q) => partStart(p) - partStart(q));
  return { caseCode, parts };
}

function partStart(part: TrajectoryPart): number {
  return part.kind === 'stay' ? part.start : part.times[0];
}

/** The resident: 14 days, one fix every 14 days / fixCount (≈ a minute for 20,000), 5 m GPS noise, home included. */
export function residentFixes(city: City, random: Random, fixCount: number): { fixes: Fix[]; plan: Activity[] } {
  const plan = planDays(city, random, 0, city.days);
  const step = (city.days * DAY) / fixCount;
  const fixes: Fix[] = [];
  const hint = { index: 0 };
  let last: LngLat = plan[0].kind === 'stay' ? plan[0].lngLat : plan[0].path[0];
  for (let k = 0; k < fixCount; k++) {
    const time = Math.round(city.start + k * step);
    last = planPositionAt(plan, time, hint) ?? last;
    fixes.push({ lngLat: jitter(random, last, 5), time });
  }
  return { fixes, plan };
}

export type BenchData = {
  city: City;
  residentFixes: Fix[];
  resident: TrajectoryPart[];
  cases: CaseTrack[];
  caseFixes: number;
};

/** The whole data set: `caseCount` case tracks (log-uniform 50–2,000 fixes) and a `residentFixCount`-fix resident. */
export function createBenchData(options: {
  seed: number;
  caseCount: number;
  residentFixCount: number;
  ridingCases?: number;
}): BenchData {
  const random = createRandom(options.seed);
  const city = createCity(random);
  const { fixes, plan } = residentFixes(city, random, options.residentFixCount);
  const trips = plan.filter((a): a is Activity & { kind: 'trip' } => a.kind === 'trip');
  const cases: CaseTrack[] = [];
  let caseFixes = 0;
  for (let k = 0; k < options.caseCount; k++) {
    const budget = Math.round(50 * 40 ** random()); // log-uniform in [50, 2000]
    const ride = k < (options.ridingCases ?? 5) ? trips[Math.floor(random() * trips.length)] : undefined;
    const track = caseTrack(city, random, `C-${String(k).padStart(5, '0')}`, budget, ride);
    for (const part of track.parts) caseFixes += part.kind === 'stay' ? 1 : part.times.length;
    cases.push(track);
  }
  return { city, residentFixes: fixes, resident: fixesToParts(fixes), cases, caseFixes };
}

/** A short (`fixCount`-fix) trajectory, a fix every 30 s along part of a plan, for the HTTP check. */
export function shortTrajectory(city: City, random: Random, fixCount: number): Fix[] {
  const plan = planDays(city, random, Math.floor(random() * city.days), 1);
  const startAt = plan[0].start + random() * Math.max(0, plan[plan.length - 1].end - plan[0].start - fixCount * 30_000);
  const hint = { index: 0 };
  const fixes: Fix[] = [];
  let last: LngLat = plan[0].kind === 'stay' ? plan[0].lngLat : plan[0].path[0];
  for (let k = 0; k < fixCount; k++) {
    const time = Math.round(startAt + k * 30_000);
    last = planPositionAt(plan, time, hint) ?? last;
    fixes.push({ lngLat: jitter(random, last, 5), time });
  }
  return fixes;
}

/**
 * One resident's day as a phone logs it: `fixCount` fixes spread evenly from shortly before they leave home
 * until they are back (a commute, lunch, errands; or a walk between nearby places), with 5 m GPS noise.
 */
export function dayTrajectory(city: City, random: Random, fixCount: number, day = Math.floor(random() * city.days)): Fix[] {
  const plan = planDays(city, random, Math.min(day, city.days - 1), 1);
  const out = plan.find((a) => a.kind === 'trip') ?? plan[0];
  const back = plan.findLast((a) => a.kind === 'trip') ?? plan[plan.length - 1];
  const from = out.start - 20 * MINUTE;
  const to = Math.max(back.end + 20 * MINUTE, from + fixCount * 1_000);
  const step = (to - from) / Math.max(1, fixCount - 1);
  const hint = { index: 0 };
  const fixes: Fix[] = [];
  let last: LngLat = plan[0].kind === 'stay' ? plan[0].lngLat : plan[0].path[0];
  for (let k = 0; k < fixCount; k++) {
    const time = Math.round(from + k * step);
    last = planPositionAt(plan, time, hint) ?? last;
    fixes.push({ lngLat: jitter(random, last, 5), time });
  }
  return fixes;
}
