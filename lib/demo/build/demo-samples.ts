/**
 * The resident sample files: one day that overlaps exactly one demo case visit, one day that overlaps
 * nothing. Both are searched for deterministically and verified by demo-resident's checker.
 */
import * as turf from '@turf/turf';
import type { Feature } from 'geojson';
import type { CommunityProperties } from './demo-areas';
import type { CasePart, Fix, OverlapClaim, PlanStep } from './demo-resident';
import { checkClearDay, checkOverlapDay, fixesFromPlan, lPath, travelMs } from './demo-resident';
import type { Areal } from './demo-sources';
import type { LngLat } from './demo-util';
import { createRng, lerpLngLat, MINUTE_MS, round6, toKstClock, toKstIso, toUtcIso } from './demo-util';

const MAX_FIX_GAP_MS = 5 * MINUTE_MS;
/** Places where a resident plausibly stays for an hour, best first. */
const TARGET_TYPES = ['restaurant', 'cafe', 'store', 'bakery', 'pharmacy', 'bank', 'beauty_salon', 'etc'];
const SPEED_KMH = 18;

export type OverlapSample = { fixes: Fix[]; claim: OverlapClaim; home: LngLat };
export type ClearSample = { fixes: Fix[]; closestM: number; home: LngLat; destination: LngLat };

type Community = Feature<Areal, CommunityProperties>;

function isInCommunities(lngLat: LngLat, communities: Community[]): boolean {
  return communities.some((c) => turf.booleanPointInPolygon(lngLat, c));
}

function kstMinuteOfDay(ms: number): number {
  const [h, m] = toKstClock(ms).split(':').map(Number);
  return h * 60 + m;
}

/**
 * Finds a case visit and a home such that a resident who comes to the visit's place 10 min after the
 * published stay begins and leaves 10 min before it ends stays over 1 km from every other case part at
 * the same times (including the case's own movements in and out of the place).
 */
export function buildOverlapSample(parts: CasePart[], communities: Community[], seed: number): OverlapSample {
  const targets = parts
    .filter((p) => p.kind === 'visit' && p.placeType !== null && TARGET_TYPES.includes(p.placeType))
    .filter((p) => {
      const minutes = (p.times[1] - p.times[0]) / MINUTE_MS;
      return minutes >= 50 && minutes <= 120 && kstMinuteOfDay(p.times[0]) >= 10 * 60 && kstMinuteOfDay(p.times[1]) <= 18 * 60;
    })
    .sort(
      (a, b) => TARGET_TYPES.indexOf(a.placeType ?? '') - TARGET_TYPES.indexOf(b.placeType ?? '') || a.id.localeCompare(b.id),
    );
  const reasons: string[] = [];
  for (const target of targets) {
    const place = target.lngLats[0];
    const stayAt = turf.destination(place, 8, 45, { units: 'meters' }).geometry.coordinates as LngLat;
    for (const km of [2.5, 3, 3.5, 4]) {
      for (let bearing = 0; bearing < 360; bearing += 30) {
        const home = turf.destination(place, km, bearing).geometry.coordinates as LngLat;
        if (!isInCommunities(home, communities)) continue;
        const arrive = target.times[0] + 10 * MINUTE_MS;
        const leave = target.times[1] - 10 * MINUTE_MS;
        const there = lPath(home, stayAt, true);
        const back = lPath(stayAt, home, false);
        const depart = arrive - travelMs(there, SPEED_KMH, 10);
        const home2 = leave + travelMs(back, SPEED_KMH, 10);
        const plan: PlanStep[] = [
          { kind: 'stay', at: home, from: depart - 90 * MINUTE_MS, to: depart, jitterM: 10 },
          { kind: 'move', path: there, from: depart, to: arrive, jitterM: 6 },
          { kind: 'stay', at: stayAt, from: arrive, to: leave, jitterM: 12 },
          { kind: 'move', path: back, from: leave, to: home2, jitterM: 6 },
          { kind: 'stay', at: home, from: home2, to: home2 + 60 * MINUTE_MS, jitterM: 10 },
        ];
        if (kstMinuteOfDay(plan[0].from) < 7 * 60 || kstMinuteOfDay(plan[4].to) > 21 * 60) continue;
        const fixes = fixesFromPlan(plan, createRng(seed));
        const claim = checkOverlapDay(
          fixes,
          parts,
          target,
          { start: arrive, end: leave },
          {
            maxDistanceM: 30,
            clearOfOthersM: 1500,
            lagMs: 240 * MINUTE_MS,
            maxFixGapMs: MAX_FIX_GAP_MS,
          },
        );
        if (typeof claim !== 'string') return { fixes, claim, home };
        reasons.push(`${target.id} from ${km} km at ${bearing}°: ${claim}`);
      }
    }
  }
  throw new Error(`no overlap sample found:\n${reasons.filter((r, i) => i % 12 === 0).join('\n')}`);
}

/**
 * Finds, on the same day, a home and a destination 0.8–1.2 km apart inside the demo communities that
 * keep more than 2 km from every case position at any time, and a morning trip between them.
 */
export function buildClearSample(parts: CasePart[], communities: Community[], dayStart: number, seed: number): ClearSample {
  // Cheap scoring to rank candidate homes; the verdict is checkClearDay's, with turf.distance.
  const casePoints: LngLat[] = [];
  for (const part of parts) {
    casePoints.push(part.lngLats[0]);
    for (let i = 1; i < part.lngLats.length; i += 1) {
      const [a, b] = [part.lngLats[i - 1], part.lngLats[i]];
      for (let k = 1; k <= 10; k += 1) casePoints.push(lerpLngLat(a, b, k / 10));
    }
  }
  const kmTo = ([lng, lat]: LngLat) => {
    let best = Infinity;
    for (const [plng, plat] of casePoints) {
      const dx = (plng - lng) * 111.32 * Math.cos((lat * Math.PI) / 180);
      const dy = (plat - lat) * 110.57;
      best = Math.min(best, Math.hypot(dx, dy));
    }
    return best;
  };
  const [w, s, e, n] = turf.bbox(turf.featureCollection(communities));
  const candidates: { lngLat: LngLat; km: number }[] = [];
  for (let lat = s; lat <= n; lat += 0.0025) {
    for (let lng = w; lng <= e; lng += 0.003) {
      const lngLat: LngLat = [round6(lng), round6(lat)];
      const km = kmTo(lngLat);
      if (km > 3.3 && isInCommunities(lngLat, communities)) candidates.push({ lngLat, km });
    }
  }
  // Enough room for a 1.2 km walk, then as central as possible: the remotest spots are farmland.
  const centre: LngLat = [(w + e) / 2, (s + n) / 2];
  const fromCentre = (lngLat: LngLat) => turf.distance(lngLat, centre);
  candidates.sort(
    (a, b) => fromCentre(a.lngLat) - fromCentre(b.lngLat) || a.lngLat[0] - b.lngLat[0] || a.lngLat[1] - b.lngLat[1],
  );
  const reasons: string[] = [];
  for (const { lngLat: home } of candidates.slice(0, 40)) {
    for (const km of [1.2, 1, 0.8]) {
      for (let bearing = 0; bearing < 360; bearing += 30) {
        const destination = turf.destination(home, km, bearing).geometry.coordinates as LngLat;
        if (!isInCommunities(destination, communities)) continue;
        const there = lPath(home, destination, false);
        const back = lPath(destination, home, true);
        const depart = dayStart + 40 * MINUTE_MS;
        const arrive = depart + travelMs(there, 5, 10); // on foot
        const leave = arrive + 50 * MINUTE_MS;
        const home2 = leave + travelMs(back, 5, 10);
        const plan: PlanStep[] = [
          { kind: 'stay', at: home, from: dayStart, to: depart, jitterM: 10 },
          { kind: 'move', path: there, from: depart, to: arrive, jitterM: 6 },
          { kind: 'stay', at: destination, from: arrive, to: leave, jitterM: 12 },
          { kind: 'move', path: back, from: leave, to: home2, jitterM: 6 },
          { kind: 'stay', at: home, from: home2, to: home2 + 35 * MINUTE_MS, jitterM: 10 },
        ];
        const fixes = fixesFromPlan(plan, createRng(seed));
        const closest = checkClearDay(fixes, parts, { minDistanceM: 2000, maxFixGapMs: MAX_FIX_GAP_MS });
        if (typeof closest === 'number') return { fixes, closestM: closest, home, destination };
        reasons.push(`home ${home.join(',')} → ${km} km at ${bearing}°: ${closest}`);
      }
    }
  }
  throw new Error(`no clear sample found:\n${reasons.slice(0, 20).join('\n')}`);
}

export function toGpx(fixes: Fix[], name: string, description: string): string {
  const points = fixes.map(
    (f) =>
      `      <trkpt lat="${f.lngLat[1].toFixed(6)}" lon="${f.lngLat[0].toFixed(6)}"><time>${toUtcIso(f.time)}</time></trkpt>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Gridwatch lib/demo/build/build-demo.ts" xmlns="http://www.topografix.com/GPX/1/1"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">',
    '  <metadata>',
    `    <name>${name}</name>`,
    `    <desc>${description}</desc>`,
    `    <time>${toUtcIso(fixes[0].time)}</time>`,
    '  </metadata>',
    '  <trk>',
    `    <name>${name}</name>`,
    '    <trkseg>',
    ...points,
    '    </trkseg>',
    '  </trk>',
    '</gpx>',
    '',
  ].join('\n');
}

export function toCsv(fixes: Fix[]): string {
  const rows = fixes.map((f) => `${f.lngLat[0].toFixed(6)},${f.lngLat[1].toFixed(6)},${toUtcIso(f.time)}`);
  return `lon,lat,time\n${rows.join('\n')}\n`;
}

export function toTrackGeojson(fixes: Fix[], name: string): string {
  const feature = {
    type: 'Feature',
    properties: { name, synthetic: true, coordTimes: fixes.map((f) => toUtcIso(f.time)) },
    geometry: { type: 'LineString', coordinates: fixes.map((f) => f.lngLat) },
  };
  return `{"type":"FeatureCollection","features":[\n${JSON.stringify(feature)}\n]}\n`;
}

export function fixturesReadme(overlap: OverlapSample, clear: ClearSample): string {
  const { claim } = overlap;
  const t = claim.target;
  const first = overlap.fixes[0].time;
  const last = overlap.fixes[overlap.fixes.length - 1].time;
  const clearFirst = clear.fixes[0].time;
  const clearLast = clear.fixes[clear.fixes.length - 1].time;
  const minutes = (ms: number) => (ms / MINUTE_MS).toFixed(1).replace(/\.0$/, '');
  const clock = (ms: number) => toKstIso(ms).slice(11, 19);
  return `# Resident sample tracks (synthetic)

Generated by \`lib/demo/build/build-demo.ts\` from \`lib/demo/cases.geojson\`; do not edit by hand (re-run
\`npx tsx lib/demo/build/build-demo.ts\`). The same files are in \`public/samples/\`. They are **synthetic**:
no real person's movements. Positions are WGS84 \`[lng, lat]\`; times in the files are UTC (\`Z\`), and
the local times below are Korea time (KST, +09:00). Each fix has seeded GPS-like jitter of a few metres.

The build checks every claim below by sampling the resident track and each case part every 10 s
(linear interpolation between fixes and between a movement's vertices) and measuring haversine
distance with \`turf.distance\`; it fails if a claim does not hold. Times below marked "sampled" are
on that 10 s grid, so an engine that interpolates exactly may differ from them by up to 10 s.

## \`resident-overlap.gpx\` (also \`.csv\`: \`lon,lat,time\`; \`.geojson\`: a LineString with \`coordTimes\`)

- Day: ${toKstIso(first).slice(0, 10)}, track ${toKstClock(first)}–${toKstClock(last)} KST (${toUtcIso(first)} – ${toUtcIso(last)}), ${overlap.fixes.length} fixes: 90 min at home (a fix every 2–5 min), a ride (a fix every 30–60 s), ${minutes(claim.windowEnd - claim.windowStart)} min at one place, the ride back, 60 min at home.
- It overlaps exactly one case: **${t.caseCode}**, visit \`${t.id}\` "${t.place}" at [${t.lngLats[0].join(', ')}], whose published stay is ${toKstClock(t.times[0])}–${toKstClock(t.times[1])} KST (\`${toKstIso(t.times[0])}\` – \`${toKstIso(t.times[1])}\`).
- The resident is at that place from **${toKstClock(claim.windowStart)} to ${toKstClock(claim.windowEnd)} KST** (\`${toKstIso(claim.windowStart)}\` – \`${toKstIso(claim.windowEnd)}\`, ${minutes(claim.windowEnd - claim.windowStart)} min, 10 min inside each end of the case's stay), at most **${claim.maxDistanceM.toFixed(1)} m** from it (always within 30 m).
- Default rule D 100 m, T 0, M 0: overlap with ${t.caseCode}; within 100 m (sampled) ${clock(claim.within100m.start)}–${clock(claim.within100m.end)} KST, i.e. the stay plus the last and first few seconds of the ride.
- 'same-place' preset D 50 m, M 15 min: overlap with ${t.caseCode}; within 50 m (sampled) ${clock(claim.within50m.start)}–${clock(claim.within50m.end)} KST, ${minutes(claim.within50m.end - claim.within50m.start)} min.
- Every other case part (including ${t.caseCode}'s own rides in and out) stays more than 1 km away (the build demands 1.5 km) whenever both are timed (closest: ${claim.nearestOtherM.toFixed(0)} m), so no other overlap under those rules.
- Stronger: wherever other cases were from 4 h before the track starts to 4 h after it ends is more than 1.5 km from anywhere the track goes (closest: ${claim.nearestLaggedM.toFixed(0)} m), so rules with a time lag up to 240 min find no other case either.

## \`resident-clear.gpx\`

- Day: ${toKstIso(clearFirst).slice(0, 10)} (the same day), track ${toKstClock(clearFirst)}–${toKstClock(clearLast)} KST, ${clear.fixes.length} fixes: 40 min at home, a walk of about 1 km, 50 min there, the walk back, 35 min at home.
- Closest approach to any case position at **any** time, on any day: **${clear.closestM.toFixed(0)} m** (> 2 km). So it overlaps no case under D 100 m / T 0, D 50 m / T 240 min, or the same 800 m grid cell for > 10 min (a cell's diagonal is 1.13 km).
`;
}
