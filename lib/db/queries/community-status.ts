import 'server-only';
import { sql } from 'drizzle-orm';
import { settings } from '@/lib/env';
import { getDb, rowsOf } from '../client';

/** A community's "no-epidemic" (无疫社区) status at an instant, with why it does or does not qualify. */
export type CommunityStatus = { communityId: number; isNoEpidemic: boolean; since: string | null; reasons: string[] };

const DAY_MS = 86_400_000;
const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const toIso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/**
 * INTERIM implementation (community card branch): the status rule's real implementation lives on the
 * status-rule branch and replaces this file at merge; only the signature is shared. Here a community is
 * no-epidemic when, for `settings.noEpidemicDays` days before `at`, no published case visit lay inside it
 * and no zone was in force over it, and its latest testing round by then was negative.
 *
 * @example
 * const statuses = await communityStatusesAt(new Date(), [12]);
 * statuses.get(12) // → { communityId: 12, isNoEpidemic: false, since: null, reasons: ['zone-in-force'] }
 */
export async function communityStatusesAt(at: Date, communityIds?: number[]): Promise<Map<number, CommunityStatus>> {
  const db = await getDb();
  const windowStart = new Date(at.getTime() - settings.noEpidemicDays * DAY_MS);
  const only = communityIds ? (communityIds.length ? sql`WHERE c.id IN (${sql.join(communityIds.map((id) => sql`${id}`), sql`, `)})` : sql`WHERE false`) : sql``;
  const rows = rowsOf<{ id: number; last_case: Date | string | null; last_zone: Date | string | null; zone_now: boolean; round_positives: number | string | null; has_round: boolean }>(
    await db.execute(sql`
      SELECT c.id,
        (SELECT max(v.ends_at) FROM case_visits v JOIN cases k ON k.id = v.case_id
          WHERE k.status = 'published' AND k.reported_at <= ${ts(at)} AND v.starts_at <= ${ts(at)}
            AND ST_Intersects(v.geom, c.boundary)) AS last_case,
        (SELECT max(coalesce(least(z.lifted_at, ${ts(at)}), ${ts(at)})) FROM zones z
          WHERE z.effective_from <= ${ts(at)} AND ST_Intersects(z.geom, c.boundary) AND NOT ST_Touches(z.geom, c.boundary)) AS last_zone,
        EXISTS (SELECT 1 FROM zones z WHERE z.effective_from <= ${ts(at)} AND (z.lifted_at IS NULL OR z.lifted_at > ${ts(at)})
          AND ST_Intersects(z.geom, c.boundary) AND NOT ST_Touches(z.geom, c.boundary)) AS zone_now,
        (SELECT r.positives FROM testing_rounds r WHERE r.community_id = c.id AND r.tested_on <= (${ts(at)} AT TIME ZONE ${settings.timeZone})::date
          ORDER BY r.tested_on DESC, r.round_number DESC LIMIT 1) AS round_positives,
        EXISTS (SELECT 1 FROM testing_rounds r WHERE r.community_id = c.id AND r.tested_on <= (${ts(at)} AT TIME ZONE ${settings.timeZone})::date) AS has_round
      FROM communities c ${only}`),
  );
  const statuses = new Map<number, CommunityStatus>();
  for (const row of rows) {
    const reasons: string[] = [];
    const lastCase = toIso(row.last_case);
    const lastZone = toIso(row.last_zone);
    if (row.zone_now) reasons.push('zone-in-force');
    else if (lastZone && lastZone > windowStart.toISOString()) reasons.push('zone-recent');
    if (lastCase && lastCase > windowStart.toISOString()) reasons.push('case-recent');
    if (!row.has_round) reasons.push('no-round');
    else if (Number(row.round_positives) > 0) reasons.push('round-positive');
    const isNoEpidemic = reasons.length === 0;
    const latest = [lastCase, lastZone].filter((d): d is string => d !== null).sort().at(-1);
    const since = isNoEpidemic && latest ? new Date(Date.parse(latest) + settings.noEpidemicDays * DAY_MS).toISOString() : null;
    statuses.set(Number(row.id), { communityId: Number(row.id), isNoEpidemic, since, reasons });
  }
  return statuses;
}
