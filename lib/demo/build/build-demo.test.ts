/**
 * Checks the COMMITTED demo files (lib/demo, public/samples, e2e/fixtures), not the build's sources, so
 * it runs without ../shared and catches hand edits that break the data contract.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { z } from '../../validation/zod';
import { SOURCE_FILES } from './demo-sources';

const root = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));
const readText = (relative: string) => fs.readFileSync(root(relative), 'utf8');

const position = z.tuple([z.number().min(126).max(128), z.number().min(37).max(38)]);
const ring = z
  .array(position)
  .min(4)
  .refine((r) => r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1], 'ring is not closed');
const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) });
const multiPolygon = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) });
const areal = z.union([polygon, multiPolygon]);
const point = z.object({ type: z.literal('Point'), coordinates: position });
const lineString = z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) });

const isoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/, 'ISO 8601 with offset');

function collection<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), id: z.string(), geometry, properties })),
  });
}

const communitySchema = collection(
  areal,
  z.object({
    name: z.string().min(1),
    nameEn: z.string().min(1),
    district: z.string().regex(/-gu$/),
    code: z.string().regex(/^\d{8}$/),
    population: z.number().int().positive(),
    populationEstimated: z.literal(true),
  }),
);
const gridCellSchema = collection(
  areal,
  z.object({
    communityCode: z.string(),
    name: z.string().min(1),
    worker: z.object({ name: z.string(), phone: z.string().regex(/^010-0000-00\d{2}$/), synthetic: z.literal(true) }),
  }),
);
const caseSchema = collection(
  z.union([point, lineString]),
  z
    .object({
      caseCode: z.string().regex(/^C-\d{3}$/),
      classification: z.enum(['confirmed', 'asymptomatic']),
      kind: z.enum(['visit', 'movement']),
      place: z.string().min(1),
      start: isoWithOffset,
      end: isoWithOffset,
      reportedAt: isoWithOffset,
      timeGenerated: z.literal(true),
      coordTimes: z.array(isoWithOffset).optional(),
      movementGenerated: z.literal(true).optional(),
    })
    .loose(),
);
const zoneSchema = collection(
  polygon,
  z.object({
    name: z.string().min(1),
    kind: z.enum(['sealed', 'controlled', 'precaution']),
    effectiveFrom: isoWithOffset,
    plannedLift: isoWithOffset,
    liftedAt: isoWithOffset.nullable(),
    note: z.string(),
  }),
);
const scenarioSchema = z.object({
  districts: z.array(z.object({ name: z.string(), communities: z.number() })).min(1),
  dateRange: z.object({ from: z.string(), to: z.string() }),
  asOf: isoWithOffset,
  counts: z.object({ cases: z.number(), communities: z.number(), gridCells: z.number(), visits: z.number() }).loose(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});

const communities = communitySchema.parse(JSON.parse(readText('lib/demo/communities.geojson')));
const gridCells = gridCellSchema.parse(JSON.parse(readText('lib/demo/grid-cells.geojson')));
const cases = caseSchema.parse(JSON.parse(readText('lib/demo/cases.geojson')));
const zones = zoneSchema.parse(JSON.parse(readText('lib/demo/zones.geojson')));
const scenario = scenarioSchema.parse(JSON.parse(readText('lib/demo/scenario.json')));

const asFeature = (geometry: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> => turf.feature(geometry);
const isValid = (geometry: Polygon | MultiPolygon) =>
  turf.booleanValid(asFeature(geometry)) === true && turf.kinks(asFeature(geometry)).features.length === 0;

/** Map.groupBy is Node 21+; the project supports Node 20. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

describe('committed demo data (lib/demo)', () => {
  it('gives every feature a unique id in each file', () => {
    for (const { features } of [communities, gridCells, cases, zones]) {
      expect(new Set(features.map((f) => f.id)).size).toBe(features.length);
    }
  });

  it('has communities with unique codes and valid polygons', () => {
    const codes = communities.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(30);
    expect(codes.length).toBeLessThanOrEqual(120);
    for (const f of communities.features) {
      expect(f.id).toBe(f.properties.code);
      expect(isValid(f.geometry), f.id).toBe(true);
    }
  });

  it('has grid cells that lie within their community, for 5–15 communities', () => {
    const byCode = new Map(communities.features.map((f) => [f.properties.code, f]));
    expect(new Set(gridCells.features.map((f) => f.properties.communityCode)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(gridCells.features.map((f) => f.properties.communityCode)).size).toBeLessThanOrEqual(15);
    for (const cell of gridCells.features) {
      const community = byCode.get(cell.properties.communityCode);
      expect(community, cell.id).toBeDefined();
      if (!community) continue;
      expect(isValid(cell.geometry), cell.id).toBe(true);
      const shared = turf.intersect(turf.featureCollection([asFeature(cell.geometry), asFeature(community.geometry)]));
      const inside = shared ? turf.area(shared) / turf.area(asFeature(cell.geometry)) : 0;
      expect(inside, cell.id).toBeGreaterThan(0.99);
    }
  });

  it('has case features with offset times, end ≥ start, and published before reportedAt', () => {
    for (const f of cases.features) {
      const { start, end, reportedAt } = f.properties;
      expect(Date.parse(end), f.id).toBeGreaterThanOrEqual(Date.parse(start));
      expect(Date.parse(end), f.id).toBeLessThanOrEqual(Date.parse(reportedAt));
      expect(f.properties.kind).toBe(f.geometry.type === 'Point' ? 'visit' : 'movement');
    }
  });

  it('has one coordTime per movement vertex, non-decreasing, from start to end', () => {
    for (const f of cases.features) {
      if (f.geometry.type !== 'LineString') continue;
      const times = (f.properties.coordTimes ?? []).map((t) => Date.parse(t));
      expect(times.length, f.id).toBe(f.geometry.coordinates.length);
      for (let i = 1; i < times.length; i += 1) expect(times[i], f.id).toBeGreaterThanOrEqual(times[i - 1]);
      expect(times[0]).toBe(Date.parse(f.properties.start));
      expect(times[times.length - 1]).toBe(Date.parse(f.properties.end));
      expect(f.properties.movementGenerated).toBe(true);
    }
  });

  it('keeps each case track in time order without overlapping parts', () => {
    const byCase = groupBy(cases.features, (f) => f.properties.caseCode);
    expect(byCase.size).toBeGreaterThanOrEqual(15);
    expect(byCase.size).toBeLessThanOrEqual(25);
    for (const [caseCode, features] of byCase) {
      for (let i = 1; i < features.length; i += 1) {
        expect(Date.parse(features[i].properties.start), caseCode).toBeGreaterThanOrEqual(
          Date.parse(features[i - 1].properties.end),
        );
      }
    }
  });

  it('publishes no personal fields', () => {
    const personal = ['sex', 'age', 'birth_year', 'birthYear', 'infected_by', 'infectedBy', 'patient_id', 'contact_number'];
    for (const f of cases.features) for (const key of personal) expect(Object.keys(f.properties)).not.toContain(key);
  });

  it('has zones of known kinds, nested sealed < controlled < precaution, with consistent dates', () => {
    for (const f of zones.features) {
      expect(isValid(f.geometry), f.id).toBe(true);
      const from = Date.parse(f.properties.effectiveFrom);
      expect(Date.parse(f.properties.plannedLift)).toBeGreaterThan(from);
      if (f.properties.liftedAt) expect(Date.parse(f.properties.liftedAt)).toBeGreaterThan(from);
    }
    const lifted = zones.features.filter((f) => f.properties.liftedAt !== null);
    expect(lifted.length).toBeGreaterThanOrEqual(1);
    const groups = groupBy(zones.features, (f) => f.id.replace(/-(sealed|controlled|precaution)$/, ''));
    for (const [group, features] of groups) {
      const area = (kind: string) => {
        const zone = features.find((f) => f.properties.kind === kind);
        return zone ? turf.area(asFeature(zone.geometry)) : NaN;
      };
      expect(area('sealed'), group).toBeLessThan(area('controlled'));
      expect(area('controlled'), group).toBeLessThan(area('precaution'));
    }
  });

  it('has a scenario whose counts and bbox match the files', () => {
    expect(scenario.counts.cases).toBe(new Set(cases.features.map((f) => f.properties.caseCode)).size);
    expect(scenario.counts.communities).toBe(communities.features.length);
    expect(scenario.counts.gridCells).toBe(gridCells.features.length);
    expect(scenario.counts.visits).toBe(cases.features.filter((f) => f.properties.kind === 'visit').length);
    const [w, s, e, n] = turf.bbox(turf.featureCollection(communities.features.map((f) => asFeature(f.geometry))));
    const [sw, ss, se, sn] = scenario.bbox;
    expect(sw <= w + 1e-6 && ss <= s + 1e-6 && se >= e - 1e-6 && sn >= n - 1e-6).toBe(true);
  });

  it('names every source file, its commit and licence in NOTICE.md', () => {
    const notice = readText('lib/demo/NOTICE.md');
    for (const file of Object.values(SOURCE_FILES)) expect(notice).toContain(file);
    for (const text of ['fa8345981d5d523d6297bd8b2f836892bcc31fb1', 'dbb1dcde2e3c9937684c5a44ab9301888ad63ee6']) {
      expect(notice).toContain(text);
    }
    expect(notice).toContain('CC BY-NC-SA 4.0');
    expect(notice).toContain('Apache-2.0');
  });

  it('stays compact', () => {
    const bytes = fs.readdirSync(root('lib/demo')).reduce((sum, name) => sum + fs.statSync(root(`lib/demo/${name}`)).size, 0);
    expect(bytes).toBeLessThan(1_500_000);
  });
});

describe('resident samples', () => {
  const names = ['resident-overlap.gpx', 'resident-clear.gpx', 'resident-overlap.csv', 'resident-overlap.geojson'];

  it('are identical in public/samples and e2e/fixtures', () => {
    for (const name of names) expect(readText(`public/samples/${name}`), name).toBe(readText(`e2e/fixtures/${name}`));
  });

  it('have increasing UTC times in the GPX and CSV files', () => {
    for (const name of ['resident-overlap.gpx', 'resident-clear.gpx']) {
      const times = [...readText(`e2e/fixtures/${name}`).matchAll(/<trkpt[^>]*><time>([^<]+)<\/time>/g)].map((m) => m[1]);
      expect(times.length, name).toBeGreaterThan(20);
      for (const t of times) expect(t).toMatch(/Z$/);
      for (let i = 1; i < times.length; i += 1) expect(Date.parse(times[i])).toBeGreaterThan(Date.parse(times[i - 1]));
    }
    const rows = readText('e2e/fixtures/resident-overlap.csv').trim().split('\n');
    expect(rows[0]).toBe('lon,lat,time');
    expect(rows.length - 1).toBe([...readText('e2e/fixtures/resident-overlap.gpx').matchAll(/<trkpt /g)].length);
  });

  it('name the overlapping case in the fixtures README, and it exists', () => {
    const readme = readText('e2e/fixtures/README.md');
    const match = readme.match(/visit `(C-\d{3}-\d{2})`/);
    expect(match).not.toBeNull();
    expect(cases.features.some((f) => f.id === match?.[1])).toBe(true);
    expect(readme).toMatch(/synthetic/i);
  });
});
