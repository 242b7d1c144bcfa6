/**
 * The text of lib/demo/NOTICE.md: where every source file came from, under which licence, and exactly
 * what the build generated. The provenance paragraphs are copied from /work/shared/data/README.md.
 */
import type { DemoCase } from './demo-cases';
import { POPULATION_DENSITY_PER_KM2 } from './demo-areas';
import type { ZoneKind, ZoneOptions } from './demo-areas';
import { SOURCE_FILES } from './demo-sources';

export type NoticeFacts = {
  cluster: string;
  districts: readonly string[];
  cases: DemoCase[];
  rawRouteRows: number;
  duplicateRouteRows: number;
  communityCount: number;
  gridCellCount: number;
  gridCommunityCount: number;
  cellSideKm: number;
  zoneOptions: ZoneOptions;
  seed: number;
};

export function noticeMarkdown(facts: NoticeFacts): string {
  const kinds: ZoneKind[] = ['sealed', 'controlled', 'precaution'];
  const zoneLines = kinds
    .map((k) => `${k} ${facts.zoneOptions.radiiMeters[k]} m, planned lift +${facts.zoneOptions.liftAfterDays[k]} days`)
    .join('; ');
  const caseRows = facts.cases.map(
    (c) =>
      `| ${c.caseCode} | ${c.patientId} | ${c.confirmedDate} | ${c.visits.length} | ${c.movements.length} | ${c.classification}${
        c.classificationGenerated ? ' (illustrative)' : ''
      } |`,
  );
  const asymptomatic = facts.cases.filter((c) => c.classificationGenerated).map((c) => c.caseCode);
  return `# Demo data: provenance, licences and what is synthetic

The files in \`lib/demo/\` (and the resident samples in \`public/samples/\` and \`e2e/fixtures/\`) are written
by \`lib/demo/build/build-demo.ts\` (\`npx tsx lib/demo/build/build-demo.ts\`, seed ${facts.seed}; the output is
byte-identical on every run). The build reads four real public files from \`../shared/data/\`; the app
never reads them at run time. The scenario is the ${facts.cluster} cluster in Seoul, February–March 2020,
in the districts ${facts.districts.join(', ')}.

## Sources

### \`${SOURCE_FILES.routes}\` — Korean confirmed-case routes (DS4C)
- **What**: the route table of "Data Science for COVID-19 (DS4C)" (Kaggle \`kimjihoo/coronavirusdataset\`).
  Each row is one place a confirmed patient visited on one day, taken from KCDC and local-government
  disclosures.
- **Source**: GitHub \`graceh3/skorea-covid-dashboard\`, path \`data/PatientRoute.csv\`, commit
  \`fa8345981d5d523d6297bd8b2f836892bcc31fb1\` (committed 2020-06-15; it is a Kaggle download). It was checked
  against the DS4C authors' own repo \`jihoo-kim/Data-Science-for-COVID-19\`, \`dataset/Patient/PatientRoute.csv\`
  at commit \`828b13b\` (2020-05-01).
- **Licence**: CC BY-NC-SA 4.0 (stated in the DS4C README).
- **Used**: ${facts.rawRouteRows} rows read, ${facts.duplicateRouteRows} exact duplicates removed; rows of the cases below kept
  as described under "What was generated".

### \`${SOURCE_FILES.patients}\` — DS4C companion table
- Same source, commit, licence and quirks as above (\`data/PatientInfo.csv\`).
- **Used**: only \`patient_id\`, \`province\`, \`infection_case\` (to pick the cluster) and \`confirmed_date\`
  (for \`reportedAt\`). No personal field (sex, age, birth year, country, infected_by, contact number)
  is copied into the demo files.

### \`${SOURCE_FILES.gu}\` — Seoul's 25 districts (gu)
- **Source**: GitHub \`southkorea/seoul-maps\`, \`kostat/2013/json/seoul_municipalities_geo.json\`, commit
  \`dbb1dcde2e3c9937684c5a44ab9301888ad63ee6\`. The geometry is KOSTAT census boundaries (2013).
- **Licence**: the repo is Apache-2.0; KOSTAT data is open.
- **Used**: point-in-polygon only (which gu a case place or a community is in); no geometry is copied.

### \`${SOURCE_FILES.dong}\` — Seoul neighbourhoods (dong)
- **Source**: \`southkorea/seoul-maps\`, \`juso/2015/json/seoul_neighborhoods_geo_simple.json\`, same commit as
  above. The source is the Seoul Open Data JUSO "행정구역 읍면동" layer (2015), simplified by the repo
  author.
- **Licence**: as above (repo Apache-2.0; Seoul open data).
- **Used**: the ${facts.communityCount} dong polygons of the demo districts are \`communities.geojson\` (coordinates rounded to
  6 decimals; \`code\` = \`EMD_CD\`, \`name\` = \`EMD_KOR_NM\`, \`nameEn\` = \`EMD_ENG_NM\` without the reading hint
  in parentheses, e.g. "Dangsan-dong 6(yuk)-ga" → "Dangsan-dong 6-ga"). These are legal dongs (법정동),
  not administrative dongs.

## What the licences imply

\`cases.geojson\` and \`zones.geojson\` are adaptations of DS4C, so they are under **CC BY-NC-SA 4.0**:
credit DS4C (this notice does), **no commercial use**, and anything built from them must be shared under
the same licence. That is fine for development, tests and non-commercial demos; a commercial deployment
must drop or replace these two files (and the resident samples, whose times are fitted to them).
\`communities.geojson\`, \`grid-cells.geojson\` and \`scenario.json\` derive from the boundary layers
(Apache-2.0 repository, open government data); keep this notice with them.

## What was generated (not in the sources)

- **Case selection**: DS4C patients in Seoul with \`infection_case\` "${facts.cluster}" and 3–15 deduplicated
  route rows. Rows dated after the patient's confirmation day (transfers between hospitals), rows outside
  Seoul and rows outside the demo districts are dropped (the build logs each), and a patient is kept with
  at least 3 rows left. A patient whose kept rows equal an earlier patient's is skipped. Cases are numbered
  C-001… by confirmation date, then DS4C id.
- **Times of day** (\`timeGenerated: true\` on every case feature): DS4C has dates only. A seeded PRNG gives
  stays of 20–120 min from about 08:00, in route order, separated by a travel time of 8 min + 3 min/km,
  ending by 22:00 (19:00 on the confirmation day).
- **\`reportedAt\`**: the DS4C \`confirmed_date\` at 20:00 +09:00 (an evening bulletin), so that every
  published visit ends before its report.
- **Movements** (\`movementGenerated: true\`): straight lines between consecutive visits of the same day
  that are more than 50 m apart, with 1–4 interpolated vertices and one time per vertex. None crosses a
  dropped row, so a track has a gap where the case left the demo area.
- **Place labels**: DS4C has a place type only; \`place\` is "<type> · <dong>" (dong by point-in-polygon),
  \`placeZh\` the same in Chinese.
- **Classification**: DS4C records every patient as a confirmed case. ${asymptomatic.join(' and ')} are marked
  \`asymptomatic\` (\`classificationGenerated: true\`) only so the demo shows both kinds.
- **Populations** (\`populationEstimated: true\`): area × ${POPULATION_DENSITY_PER_KM2.toLocaleString('en')} per km² (about Seoul's average), rounded to 100.
- **Grid cells**: a ${facts.cellSideKm * 1000} m square grid clipped to ${facts.gridCommunityCount} communities with case visits, the most visited first,
  skipping those that would take the total past 99 cells (${facts.gridCellCount} cells; slivers under a fifth of a cell merged into a
  neighbour). **Workers** are fictitious ("Demo Worker 01",
  phone 010-0000-0001…, \`synthetic: true\`).
- **Zones**: illustrative, not real 2020 Seoul measures (Korea did not zone like this). Circles around each
  chosen case's most frequent place that is not a hospital, station or airport: ${zoneLines}. Zones become
  effective at the earliest \`reportedAt\` of their cases; the first to reach their planned lift are marked
  lifted, and \`scenario.json\`'s \`asOf\` lies just after those lifts.
- **Resident samples** (\`public/samples/\`, \`e2e/fixtures/\`): wholly synthetic tracks, see
  \`e2e/fixtures/README.md\`.

## Cases

| caseCode | DS4C patient_id | confirmed | visits | movements | classification |
|---|---|---|---|---|---|
${caseRows.join('\n')}
`;
}
