import 'server-only';
import type { CaseTrack } from '@/lib/trajectory/types';
import { caseTracksFromFeatures } from '@/lib/trajectory/case-tracks-from-features';
import type { Db } from '../client';
import { listPublishedCaseVisits } from './cases';

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
  return caseTracksFromFeatures(await listPublishedCaseVisits(db, { between: [from, to] }));
}
