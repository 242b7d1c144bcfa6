/**
 * Builds the committed demo data set in lib/demo/ (and the resident samples in public/samples/ and
 * e2e/fixtures/) from the real public data in ../shared/data/. Run from the repo root:
 *
 *   npx tsx lib/demo/build/build-demo.ts
 *
 * Deterministic: seeded PRNGs, stable ordering and fixed rounding, so two runs give identical bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { ZoneKind, ZoneOptions } from './demo-areas';
import { buildCommunities, buildGridCells, buildZones } from './demo-areas';
import { caseFeatures, selectCases } from './demo-cases';
import { noticeMarkdown } from './demo-notice';
import { createLocator } from './demo-places';
import { casePartsFromFeatures } from './demo-resident';
import { buildClearSample, buildOverlapSample, fixturesReadme, toCsv, toGpx, toTrackGeojson } from './demo-samples';
import { loadSources } from './demo-sources';
import { createRng, MINUTE_MS, round6, stringifyFeatureCollection, toKstIso } from './demo-util';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const DATA_DIR = path.resolve(ROOT, '..', 'shared', 'data');
const LIB_DIR = path.join(ROOT, 'lib', 'demo');
const SAMPLE_DIRS = [path.join(ROOT, 'public', 'samples'), path.join(ROOT, 'e2e', 'fixtures')];

const SEED = 20200309;
const CLUSTER = 'Guro-gu Call Center';
/** The call centre's gu and the neighbouring gu where most of the cluster's Seoul cases lived and moved. */
const DEMO_DISTRICTS = ['Gangseo-gu', 'Geumcheon-gu', 'Guro-gu', 'Yangcheon-gu', 'Yeongdeungpo-gu'] as const;
const CELL_SIDE_KM = 0.5;
const ZONE_OPTIONS: ZoneOptions = {
  radiiMeters: { sealed: 120, controlled: 500, precaution: 1500 },
  liftAfterDays: { sealed: 14, controlled: 10, precaution: 7 },
  minSeparationKm: 2,
  maxPlaces: 4,
};
const MAX_OUTPUT_BYTES = 1_500_000;

function log(message: string): void {
  console.log(`[build-demo] ${message}`);
}

function main(): void {
  const sources = loadSources(DATA_DIR);
  log(`DS4C routes: ${sources.rawRouteRows} rows, ${sources.duplicateRouteRows} exact duplicates removed`);
  const locator = createLocator(sources);

  const communities = buildCommunities(sources, DEMO_DISTRICTS, log);
  const communityCodes = new Set(communities.map((c) => c.properties.code));
  log(`communities: ${communities.length} dongs in ${DEMO_DISTRICTS.join(', ')}`);

  const cases = selectCases(sources, locator, {
    cluster: CLUSTER,
    districts: DEMO_DISTRICTS,
    minRows: 3,
    maxRows: 15,
    maxCases: 25,
    asymptomaticCount: 2,
    timesRng: createRng(SEED),
    classificationRng: createRng(SEED + 1),
    log,
  });
  if (cases.length < 15 || cases.length > 25) throw new Error(`expected 15–25 cases, got ${cases.length}`);
  const cases$ = caseFeatures(cases, communityCodes);
  const visitDistricts = [...new Set(cases.flatMap((c) => c.visits.map((v) => v.district)))].sort();
  log(`cases: ${cases.length} (${cases$.length} features), visits in ${visitDistricts.join(', ')}`);

  const visitsByCommunity = new Map<string, number>();
  for (const visit of cases.flatMap((c) => c.visits)) {
    visitsByCommunity.set(visit.dongCode, (visitsByCommunity.get(visit.dongCode) ?? 0) + 1);
  }
  const gridOptions = { cellSideKm: CELL_SIDE_KM, maxCells: 99, maxCommunities: 10, minCommunities: 5 };
  const cells = buildGridCells(communities, visitsByCommunity, gridOptions, log);
  const gridCommunityCount = new Set(cells.map((c) => c.properties.communityCode)).size;
  log(`grid cells: ${cells.length} in ${gridCommunityCount} communities`);

  const { zones, asOf } = buildZones(cases, communityCodes, ZONE_OPTIONS, log);
  log(`zones: ${zones.length}, lifted by ${toKstIso(asOf)}: ${zones.filter((z) => z.properties.liftedAt).length}`);

  const parts = casePartsFromFeatures(cases$);
  const overlap = buildOverlapSample(parts, communities, SEED + 2);
  const overlapStart = overlap.fixes[0].time;
  const clear = buildClearSample(parts, communities, overlapStart + 30 * MINUTE_MS, SEED + 3);
  const { claim } = overlap;
  log(
    `overlap sample hits ${claim.target.id} (${claim.target.place}) over ${toKstIso(claim.windowStart)} – ` +
      `${toKstIso(claim.windowEnd)}, max ${claim.maxDistanceM.toFixed(1)} m; others ≥ ${claim.nearestOtherM.toFixed(0)} m`,
  );
  log(`clear sample: closest approach to any case position ${clear.closestM.toFixed(0)} m`);

  const [w, s, e, n] = turf.bbox(turf.featureCollection(communities));
  const visitDates = cases.flatMap((c) => c.visits.map((v) => v.row.date)).sort();
  const reported = cases.map((c) => c.reportedAt).sort((a, b) => a - b);
  const count = (kind: ZoneKind) => zones.filter((z) => z.properties.kind === kind).length;
  const scenario = {
    title: 'Guro-gu call-centre cluster, Seoul, March 2020 (demo)',
    titleZh: '首尔九老区呼叫中心聚集性疫情（2020年3月，演示数据）',
    cluster: CLUSTER,
    timezone: 'Asia/Seoul',
    districts: DEMO_DISTRICTS.map((name) => ({
      name,
      nameKo: communities.find((c) => c.properties.district === name)?.properties.districtKo ?? null,
      communities: communities.filter((c) => c.properties.district === name).length,
    })),
    dateRange: { from: visitDates[0], to: visitDates[visitDates.length - 1] },
    reportedRange: { from: toKstIso(reported[0]), to: toKstIso(reported[reported.length - 1]) },
    asOf: toKstIso(asOf),
    counts: {
      cases: cases.length,
      confirmed: cases.filter((c) => c.classification === 'confirmed').length,
      asymptomatic: cases.filter((c) => c.classification === 'asymptomatic').length,
      visits: cases$.filter((f) => f.properties.kind === 'visit').length,
      movements: cases$.filter((f) => f.properties.kind === 'movement').length,
      communities: communities.length,
      gridCells: cells.length,
      zones: { sealed: count('sealed'), controlled: count('controlled'), precaution: count('precaution') },
      zonesLifted: zones.filter((z) => z.properties.liftedAt !== null).length,
    },
    bbox: [round6(w), round6(s), round6(e), round6(n)],
    center: [round6((w + e) / 2), round6((s + n) / 2)],
    populationEstimated: true,
    synthetic: ['times of day', 'movements', 'classification of 2 cases', 'populations', 'grid cells', 'workers', 'zones'],
    sources: ['DS4C (CC BY-NC-SA 4.0)', 'southkorea/seoul-maps (KOSTAT 2013 gu, Seoul JUSO 2015 dong)'],
    notice: 'lib/demo/NOTICE.md',
  };

  const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  const outputs: [string, string][] = [
    [path.join(LIB_DIR, 'communities.geojson'), stringifyFeatureCollection(collection(communities))],
    [path.join(LIB_DIR, 'grid-cells.geojson'), stringifyFeatureCollection(collection(cells))],
    [path.join(LIB_DIR, 'cases.geojson'), stringifyFeatureCollection(collection(cases$))],
    [path.join(LIB_DIR, 'zones.geojson'), stringifyFeatureCollection(collection(zones))],
    [path.join(LIB_DIR, 'scenario.json'), `${JSON.stringify(scenario, null, 2)}\n`],
    [
      path.join(LIB_DIR, 'NOTICE.md'),
      noticeMarkdown({
        cluster: CLUSTER,
        districts: DEMO_DISTRICTS,
        cases,
        rawRouteRows: sources.rawRouteRows,
        duplicateRouteRows: sources.duplicateRouteRows,
        communityCount: communities.length,
        gridCellCount: cells.length,
        gridCommunityCount,
        cellSideKm: CELL_SIDE_KM,
        zoneOptions: ZONE_OPTIONS,
        seed: SEED,
      }),
    ],
  ];
  const overlapName = 'Synthetic resident day (overlaps one demo case)';
  const samples: [string, string][] = [
    [
      'resident-overlap.gpx',
      toGpx(overlap.fixes, overlapName, `Synthetic track for Gridwatch tests; it overlaps demo case ${claim.target.caseCode}.`),
    ],
    [
      'resident-clear.gpx',
      toGpx(clear.fixes, 'Synthetic resident day (no overlap)', 'Synthetic track for Gridwatch tests; it overlaps no demo case.'),
    ],
    ['resident-overlap.csv', toCsv(overlap.fixes)],
    ['resident-overlap.geojson', toTrackGeojson(overlap.fixes, overlapName)],
  ];
  for (const dir of SAMPLE_DIRS) for (const [name, text] of samples) outputs.push([path.join(dir, name), text]);
  outputs.push([path.join(ROOT, 'e2e', 'fixtures', 'README.md'), fixturesReadme(overlap, clear)]);

  const libBytes = outputs
    .filter(([file]) => file.startsWith(LIB_DIR))
    .reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
  if (libBytes > MAX_OUTPUT_BYTES) throw new Error(`lib/demo would be ${libBytes} bytes`);
  for (const [file, text] of outputs) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    log(`wrote ${path.relative(ROOT, file)} (${Buffer.byteLength(text)} B)`);
  }
}

main();
