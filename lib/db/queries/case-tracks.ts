import 'server-only';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { CaseTrack, LngLat, TrajectoryPart } from '@/lib/trajectory/types';
import type { Db } from '../client';
import { caseVisits, cases } from '../schema';
import { asGeoJson } from './map-filter';

// Timestamp arrays come back as Dates from some drivers and strings from others.
const toTime = (value: Date | string) => (value instanceof Date ? value : new Date(value)).getTime();

/**
 * Published case tracks with the visits that overlap [from, to] (a visit counts if any of it falls in the
 * window), one track per case in code order, visits in track order. For the browser's private check,
 * which downloads only the days its rule needs. Drafts never leave this function.
 *
 * @example
 * await listCaseTracksBetween(db, new Date('2020-03-07T00:00Z'), new Date('2020-03-08T00:00Z'))
 * // → [{ caseCode: 'C-009', parts: [{ kind: 'stay', lngLat: [126.856724, 37.556053], start: …, end: …, place: 'Restaurant · Deungchon-dong' }] }]
 */
export async function listCaseTracksBetween(db: Db, from: Date, to: Date): Promise<CaseTrack[]> {
  const rows = await db
    .select({
      caseCode: cases.code,
      place: caseVisits.place,
      startsAt: caseVisits.startsAt,
      endsAt: caseVisits.endsAt,
      coordTimes: caseVisits.coordTimes,
      geometry: asGeoJson(caseVisits.geom),
    })
    .from(caseVisits)
    .innerJoin(cases, eq(cases.id, caseVisits.caseId))
    .where(and(eq(cases.status, 'published'), lte(caseVisits.startsAt, to), gte(caseVisits.endsAt, from)))
    .orderBy(asc(cases.code), asc(caseVisits.seq));
  const byCase = new Map<string, TrajectoryPart[]>();
  for (const row of rows) {
    const geometry = JSON.parse(row.geometry) as { type: 'Point'; coordinates: number[] } | { type: 'LineString'; coordinates: number[][] };
    const place = row.place ? { place: row.place } : {};
    const part: TrajectoryPart =
      geometry.type === 'Point'
        ? { kind: 'stay', lngLat: [geometry.coordinates[0], geometry.coordinates[1]], start: row.startsAt.getTime(), end: row.endsAt.getTime(), ...place }
        : {
            kind: 'movement',
            lngLats: geometry.coordinates.map((c) => [c[0], c[1]] as LngLat),
            times: (row.coordTimes ?? []).map(toTime),
            ...place,
          };
    const parts = byCase.get(row.caseCode) ?? [];
    parts.push(part);
    byCase.set(row.caseCode, parts);
  }
  return [...byCase].map(([caseCode, parts]) => ({ caseCode, parts }));
}
