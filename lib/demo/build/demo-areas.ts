/**
 * Communities (real dong polygons), their grid cells, and a zoning scenario derived from the cases.
 */
import * as turf from '@turf/turf';
import type { Feature, GeoJsonProperties, Polygon } from 'geojson';
import type { DemoCase, TimedVisit } from './demo-cases';
import { cleanDongName } from './demo-places';
import type { Areal, Sources } from './demo-sources';
import type { LngLat } from './demo-util';
import { DAY_MS, roundGeometry, toKstIso } from './demo-util';

type Log = (message: string) => void;

export type CommunityProperties = {
  name: string;
  nameEn: string;
  district: string;
  districtKo: string;
  code: string;
  areaKm2: number;
  population: number;
  populationEstimated: true;
};

/** Illustrative residents per km² (Seoul's 2020 average, about 9.7 M people on 605 km², rounded). */
export const POPULATION_DENSITY_PER_KM2 = 16_000;

/**
 * Rounds to 6 decimals, then drops the repeated vertices that rounding can create (they make a ring
 * invalid) and collinear ones.
 */
function roundAreal<G extends Areal>(geometry: G): G {
  return turf.cleanCoords(roundGeometry(geometry));
}

/** True when the geometry passes turf's validity check and has no self-intersections. */
export function isValidAreal(feature: Feature<Areal>): boolean {
  return turf.booleanValid(feature) === true && turf.kinks(feature).features.length === 0;
}

/**
 * The dong polygons of the demo districts. A dong's gu is the gu it overlaps most: point-in-polygon of
 * a point on the dong is ambiguous for small dongs on a gu border, because the two layers were drawn in
 * different years.
 */
export function buildCommunities(
  sources: Pick<Sources, 'gu' | 'dong'>,
  districts: readonly string[],
  log: Log,
): Feature<Areal, CommunityProperties>[] {
  const gus = sources.gu.features.map((feature) => ({ feature, bbox: turf.bbox(feature) }));
  const communities: Feature<Areal, CommunityProperties>[] = [];
  for (const dong of sources.dong.features) {
    const [w, s, e, n] = turf.bbox(dong);
    let bestGu: (typeof gus)[number]['feature'] | null = null;
    let bestArea = 0;
    for (const gu of gus) {
      const [gw, gs, ge, gn] = gu.bbox;
      if (gw > e || ge < w || gs > n || gn < s) continue;
      const shared = turf.intersect(turf.featureCollection<Areal, GeoJsonProperties>([dong, gu.feature]));
      const area = shared ? turf.area(shared) : 0;
      if (area > bestArea) [bestGu, bestArea] = [gu.feature, area];
    }
    if (!bestGu || !districts.includes(bestGu.properties.name_eng)) continue;
    const byPoint = sources.gu.features.find((gu) => turf.booleanPointInPolygon(turf.pointOnFeature(dong), gu));
    if (byPoint && byPoint !== bestGu) {
      log(
        `community ${dong.properties.EMD_CD} ${dong.properties.EMD_ENG_NM}: in ${bestGu.properties.name_eng} by ` +
          `area overlap, ${byPoint.properties.name_eng} by point-in-polygon; using the former`,
      );
    }
    const geometry = roundAreal(dong.geometry);
    const candidate: Feature<Areal> = { type: 'Feature', properties: {}, geometry };
    if (!isValidAreal(candidate)) {
      log(`drop community ${dong.properties.EMD_CD}: invalid polygon after rounding`);
      continue;
    }
    const areaKm2 = turf.area(candidate) / 1e6;
    communities.push({
      type: 'Feature',
      id: dong.properties.EMD_CD,
      geometry,
      properties: {
        name: dong.properties.EMD_KOR_NM,
        nameEn: cleanDongName(dong.properties.EMD_ENG_NM),
        district: bestGu.properties.name_eng,
        districtKo: bestGu.properties.name,
        code: dong.properties.EMD_CD,
        areaKm2: Math.round(areaKm2 * 100) / 100,
        population: Math.round((areaKm2 * POPULATION_DENSITY_PER_KM2) / 100) * 100,
        populationEstimated: true,
      },
    });
  }
  return communities.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}

export type GridCellProperties = {
  communityCode: string;
  name: string;
  nameEn: string;
  index: number;
  worker: { name: string; nameZh: string; phone: string; synthetic: true };
};

export type GridOptions = { cellSideKm: number; maxCells: number; maxCommunities: number; minCommunities: number };

/**
 * Grid cells for the communities with the most case visits: a regular square grid over each community,
 * clipped to its boundary. Slivers under a fifth of a cell are merged into a neighbouring cell so that
 * no worker is responsible for a scrap of pavement.
 */
export function buildGridCells(
  communities: Feature<Areal, CommunityProperties>[],
  visitsByCommunity: ReadonlyMap<string, number>,
  options: GridOptions,
  log: Log,
): Feature<Areal, GridCellProperties>[] {
  const ranked = communities
    .filter((c) => (visitsByCommunity.get(c.properties.code) ?? 0) > 0)
    .sort(
      (a, b) =>
        (visitsByCommunity.get(b.properties.code) ?? 0) - (visitsByCommunity.get(a.properties.code) ?? 0) ||
        a.properties.code.localeCompare(b.properties.code),
    );
  const cells: Feature<Areal, GridCellProperties>[] = [];
  let chosen = 0;
  for (const community of ranked) {
    if (chosen === options.maxCommunities) break;
    const pieces = gridPieces(community, options.cellSideKm);
    if (cells.length + pieces.length > options.maxCells) {
      log(`grid: skip ${community.properties.nameEn} (${pieces.length} cells would pass ${options.maxCells})`);
      continue;
    }
    chosen += 1;
    pieces.forEach((geometry, i) => {
      const worker = cells.length + 1;
      const two = String(worker).padStart(2, '0');
      cells.push({
        type: 'Feature',
        id: `${community.properties.code}-g${String(i + 1).padStart(2, '0')}`,
        geometry,
        properties: {
          communityCode: community.properties.code,
          name: `${community.properties.nameEn} 网格 ${i + 1}`,
          nameEn: `${community.properties.nameEn} Grid ${i + 1}`,
          index: i + 1,
          worker: {
            name: `Demo Worker ${two}`,
            nameZh: `示例网格员 ${two}`,
            phone: `010-0000-00${two}`,
            synthetic: true,
          },
        },
      });
    });
  }
  if (chosen < options.minCommunities) throw new Error(`grid: only ${chosen} communities fit`);
  return cells;
}

type Piece = { geometry: Areal; area: number; row: number; col: number };

function gridPieces(community: Feature<Areal, CommunityProperties>, cellSideKm: number): Areal[] {
  const bbox = turf.bbox(community);
  const squares = turf.squareGrid(bbox, cellSideKm, { units: 'kilometers' }).features;
  if (squares.length === 0) return [community.geometry];
  const [, , , north] = bbox;
  const west = Math.min(...squares.map((sq) => turf.bbox(sq)[0]));
  const top = Math.max(...squares.map((sq) => turf.bbox(sq)[3]));
  const [sw, ss, se, sn] = turf.bbox(squares[0]);
  const cellWidth = se - sw;
  const cellHeight = sn - ss;
  const fullArea = turf.area(squares[0]);
  let pieces: Piece[] = [];
  for (const square of squares) {
    const shared = turf.intersect(turf.featureCollection([square, community]));
    if (!shared) continue;
    const [qw, , , qn] = turf.bbox(square);
    pieces.push({
      geometry: roundAreal(shared.geometry),
      area: turf.area(shared),
      row: Math.round((Math.max(top, north) - qn) / cellHeight),
      col: Math.round((qw - west) / cellWidth),
    });
  }
  const small = pieces.filter((p) => p.area < fullArea / 5).sort((a, b) => a.area - b.area);
  for (const sliver of small) {
    const neighbours = pieces
      .filter((p) => p !== sliver && Math.abs(p.row - sliver.row) + Math.abs(p.col - sliver.col) === 1)
      .filter((p) => turf.booleanIntersects(p.geometry, sliver.geometry))
      .sort((a, b) => b.area - a.area);
    for (const neighbour of neighbours) {
      const merged = turf.union(turf.featureCollection([turf.feature(neighbour.geometry), turf.feature(sliver.geometry)]));
      if (!merged || merged.geometry.type !== 'Polygon') continue;
      const geometry = roundAreal(merged.geometry);
      if (!isValidAreal(turf.feature(geometry))) continue;
      pieces = pieces.filter((p) => p !== sliver);
      neighbour.geometry = geometry;
      neighbour.area += sliver.area;
      break;
    }
  }
  return pieces
    .filter((p) => isValidAreal(turf.feature(p.geometry)))
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((p) => p.geometry);
}

import type { ZoneKind } from '../../enums';

export type { ZoneKind };

export type ZoneProperties = {
  name: string;
  nameZh: string;
  kind: ZoneKind;
  effectiveFrom: string;
  plannedLift: string;
  liftedAt: string | null;
  note: string;
  caseCodes: string[];
  communityCode: string | null;
};

export type ZoneOptions = {
  radiiMeters: Record<ZoneKind, number>;
  liftAfterDays: Record<ZoneKind, number>;
  minSeparationKm: number;
  maxPlaces: number;
};

/** Place types that are not where a case lives or works, so never the centre of a sealed compound. */
const NOT_HOME_TYPES = new Set(['hospital', 'public_transportation', 'airport']);

type ZonePlace = { key: string; visit: TimedVisit; caseCodes: string[]; visits: number; reportedAt: number };

export type ZoneScenario = { zones: Feature<Polygon, ZoneProperties>[]; asOf: number; places: ZonePlace[] };

/**
 * Zones around the "home-ish" places of the cases (each case's most frequent place that is not a
 * hospital, station or airport), the most shared first, at least `minSeparationKm` apart. Zones whose
 * planned lift comes first are marked lifted, and `asOf` is a moment just after those lifts.
 */
export function buildZones(cases: DemoCase[], communityCodes: ReadonlySet<string>, options: ZoneOptions, log: Log): ZoneScenario {
  const byKey = new Map<string, ZonePlace>();
  for (const demoCase of cases) {
    const counts = new Map<string, { visit: TimedVisit; count: number }>();
    for (const visit of demoCase.visits) {
      if (NOT_HOME_TYPES.has(visit.row.type)) continue;
      const key = visit.row.lngLat.map((v) => v.toFixed(6)).join(',');
      const entry = counts.get(key) ?? { visit, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
    // Map iteration follows insertion order, i.e. route order, so ties go to the first place.
    let best: [string, { visit: TimedVisit; count: number }] | null = null;
    for (const entry of counts) if (!best || entry[1].count > best[1].count) best = entry;
    if (!best) continue;
    const [key, { visit, count }] = best;
    const place = byKey.get(key) ?? { key, visit, caseCodes: [], visits: 0, reportedAt: demoCase.reportedAt };
    place.caseCodes.push(demoCase.caseCode);
    place.visits += count;
    place.reportedAt = Math.min(place.reportedAt, demoCase.reportedAt);
    byKey.set(key, place);
  }
  const ranked = [...byKey.values()].sort(
    (a, b) => b.caseCodes.length - a.caseCodes.length || a.reportedAt - b.reportedAt || a.key.localeCompare(b.key),
  );
  const places: ZonePlace[] = [];
  for (const place of ranked) {
    const tooClose = places.some((p) => turf.distance(p.visit.row.lngLat, place.visit.row.lngLat) < options.minSeparationKm);
    if (tooClose) continue;
    places.push(place);
    if (places.length === options.maxPlaces) break;
  }
  log(`zones: ${places.length} places from ${ranked.length} candidate home-ish places`);

  const kinds: ZoneKind[] = ['sealed', 'controlled', 'precaution'];
  const planned = places.flatMap((place, placeIndex) =>
    kinds.map((kind) => ({ place, placeIndex, kind, lift: place.reportedAt + options.liftAfterDays[kind] * DAY_MS })),
  );
  const lifts = [...new Set(planned.map((z) => z.lift))].sort((a, b) => a - b);
  // asOf sits between the earliest and the next planned lift, so exactly the earliest zones are lifted.
  const asOf = lifts.length > 1 ? lifts[0] + Math.floor((lifts[1] - lifts[0]) / 2 / 3_600_000) * 3_600_000 : lifts[0];

  const zones = planned.map(({ place, placeIndex, kind, lift }) => {
    const dong = place.visit.dongEn;
    const names: Record<ZoneKind, [string, string]> = {
      sealed: [`Sealed · ${dong} compound`, `封控区 · ${dong} 小区`],
      controlled: [`Controlled · ${dong}`, `管控区 · ${dong}`],
      precaution: [`Precaution · ${dong}`, `防范区 · ${dong}`],
    };
    // 16 steps per quadrant: a 64-gon, within 0.2 % of the circle's radius.
    const buffered = turf.buffer(turf.point(place.visit.row.lngLat as LngLat), options.radiiMeters[kind], {
      units: 'meters',
      steps: 16,
    });
    if (!buffered || buffered.geometry.type !== 'Polygon') throw new Error(`zone ${kind} ${dong}: no polygon`);
    const geometry = roundAreal(buffered.geometry);
    if (!isValidAreal(turf.feature(geometry))) throw new Error(`zone ${kind} ${dong} is invalid`);
    const feature: Feature<Polygon, ZoneProperties> = {
      type: 'Feature',
      id: `Z-${placeIndex + 1}-${kind}`,
      geometry,
      properties: {
        name: names[kind][0],
        nameZh: names[kind][1],
        kind,
        effectiveFrom: toKstIso(place.reportedAt),
        plannedLift: toKstIso(lift),
        liftedAt: lift <= asOf ? toKstIso(lift) : null,
        note:
          `Illustrative zone, not a real 2020 Seoul measure: ${options.radiiMeters[kind]} m around the most ` +
          `frequent place of ${place.caseCodes.join(', ')} (${place.visits} visits); planned lift after ` +
          `${options.liftAfterDays[kind]} days without new cases.`,
        caseCodes: place.caseCodes,
        communityCode: communityCodes.has(place.visit.dongCode) ? place.visit.dongCode : null,
      },
    };
    return feature;
  });
  return { zones, asOf, places };
}
