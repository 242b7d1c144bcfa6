import 'server-only';
import { sql } from 'drizzle-orm';
import { localMidnight } from '@/lib/briefing/slider-days';
import { buildDailyReport, type DailyReportCommunity, type DailyReportRow, type KindedZoneSpan } from '@/lib/community/daily-report';
import type { ZoneKind } from '@/lib/enums';
import { rowsOf, type Db } from '../client';
import { loadCommunityEvents } from './community-status';

const DAY_MS = 86_400_000;

/**
 * The daily report's rows for a local day (see `buildDailyReport`): the no-epidemic rule's events up to the
 * day's end (or now), plus each community's code and the kinds of the zones over it.
 *
 * @example
 * await loadDailyReport(db, '2022-04-05', { timeZone: 'Asia/Shanghai', days: 14, now: new Date() }) // → one row per community
 */
export async function loadDailyReport(db: Db, day: string, options: { timeZone: string; days: number; now: Date }): Promise<DailyReportRow[]> {
  const nextDay = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  const upTo = new Date(Math.min(localMidnight(nextDay, options.timeZone).getTime() - 1, options.now.getTime()));
  const [events, codeRows, zoneRows] = await Promise.all([
    loadCommunityEvents(db, upTo, { timeZone: options.timeZone }),
    db.execute(sql`SELECT id, code FROM communities`),
    // Over it as the rule counts it: intersecting more than along an edge.
    db.execute(sql`
      SELECT c.id AS community_id, z.id AS zone_id, z.kind, z.effective_from, z.lifted_at
        FROM zones z JOIN communities c ON ST_Intersects(z.geom, c.boundary) AND NOT ST_Touches(z.geom, c.boundary)
        WHERE z.effective_from <= ${upTo.toISOString()}::timestamptz`),
  ]);
  const codes = new Map(rowsOf<{ id: number; code: string }>(codeRows).map((r) => [Number(r.id), r.code]));
  const kinded = new Map<number, KindedZoneSpan[]>();
  for (const r of rowsOf<{ community_id: number; zone_id: number; kind: ZoneKind; effective_from: string | Date; lifted_at: string | Date | null }>(zoneRows)) {
    const list = kinded.get(Number(r.community_id)) ?? [];
    list.push({ zoneId: Number(r.zone_id), kind: r.kind, effectiveFrom: new Date(r.effective_from), liftedAt: r.lifted_at ? new Date(r.lifted_at) : null });
    kinded.set(Number(r.community_id), list);
  }
  const communities: DailyReportCommunity[] = events.map((c) => ({ ...c, code: codes.get(c.communityId) ?? '', kindedZones: kinded.get(c.communityId) ?? [] }));
  return buildDailyReport(communities, day, { days: options.days, timeZone: options.timeZone, now: options.now });
}
