import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
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
 * with places and times (nothing else is selected). Undefined for an unknown or unpublished code. The code
 * is matched exactly first, then ignoring case (`/n/c-009` typed from a chat), so two codes differing only
 * in case still each find their own.
 */
export async function getCaseNotice(db: Db, caseCode: string): Promise<CaseNoticeData | undefined> {
  const columns = { id: cases.id, code: cases.code, classification: cases.classification, reportedAt: cases.reportedAt, publishedAt: cases.publishedAt };
  const published = eq(cases.status, 'published');
  let [found] = await db.select(columns).from(cases).where(and(eq(cases.code, caseCode), published));
  if (!found) [found] = await db.select(columns).from(cases).where(and(sql`lower(${cases.code}) = lower(${caseCode})`, published)).orderBy(asc(cases.code)).limit(1);
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
