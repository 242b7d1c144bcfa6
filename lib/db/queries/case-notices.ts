import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { CaseNotice } from '@/lib/notice/case-notice-text';
import type { Db } from '../client';
import { caseVisits, cases } from '../schema';
import { asGeoJson, rowsToFeatureCollection } from './map-filter';

export type CaseNoticeData = CaseNotice & {
  track: FeatureCollection<Point | LineString, { seq: number; place: string | null; start: string; end: string }>;
};

/**
 * A published case's notice material: code, classification, report and publication dates, and its visits
 * with places and times (nothing else is selected). Undefined for an unknown or unpublished code.
 */
export async function getCaseNotice(db: Db, caseCode: string): Promise<CaseNoticeData | undefined> {
  const [found] = await db
    .select({ id: cases.id, code: cases.code, classification: cases.classification, reportedAt: cases.reportedAt, publishedAt: cases.publishedAt })
    .from(cases)
    .where(and(eq(cases.code, caseCode), eq(cases.status, 'published')));
  if (!found) return undefined;
  const rows = await db
    .select({ id: caseVisits.id, seq: caseVisits.seq, place: caseVisits.place, startsAt: caseVisits.startsAt, endsAt: caseVisits.endsAt, geometry: asGeoJson(caseVisits.geom) })
    .from(caseVisits)
    .where(eq(caseVisits.caseId, found.id))
    .orderBy(asc(caseVisits.startsAt), asc(caseVisits.seq));
  const track = rowsToFeatureCollection<Point | LineString, { seq: number; place: string | null; start: string; end: string }>(
    rows.map((r) => ({ id: r.id, geometry: r.geometry, seq: r.seq, place: r.place, start: r.startsAt.toISOString(), end: r.endsAt.toISOString() })),
  );
  return {
    caseCode: found.code,
    classification: found.classification,
    reportedAt: found.reportedAt.toISOString(),
    publishedAt: found.publishedAt?.toISOString() ?? null,
    visits: track.features.map((f) => ({ place: f.properties.place, start: f.properties.start, end: f.properties.end, isMovement: f.geometry.type === 'LineString' })),
    track,
  };
}
