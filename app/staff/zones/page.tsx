import { bbox } from '@turf/turf';
import { getDb } from '@/lib/db/client';
import { listCommunities } from '@/lib/db/queries/communities';
import { listZonePage, zonesSummary } from '@/lib/db/queries/zone-list';
import { readListQuery } from '@/lib/lists/list-query';
import { kindsNamed } from '@/lib/zones/kinds-named';
import { listCommunityClocks, listZoneClocks, listZoneReach } from '@/lib/db/queries/zone-edits';
import { communityStatus } from '@/lib/zones/community-status';
import { communityStatusesAt } from '@/lib/db/queries/community-status';
import { now as clockNow } from '@/lib/clock';
import { proposeStep } from '@/lib/zones/lifecycle';
import { READ_ROLES } from '@/lib/auth/session';
import { settings } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { getLocale } from '../../_lib/locale';
import { requirePageUser } from '../../_lib/require-page-user';
import type { WorkspaceZone } from '@/lib/zones/zone-types';
import { ZoneWorkspace } from './zone-workspace';

export const dynamic = 'force-dynamic';

/**
 * Zones: draw, reshape, lift and delete (staff); officials see the same page read-only. The list is paged and
 * searched on the server (name, kind, community); the map reads every zone from /api/zones, not from this HTML.
 */
export default async function ZonesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = readListQuery(await searchParams);
  const [locale, user] = await Promise.all([getLocale(), requirePageUser(READ_ROLES, '/staff/zones')]);
  const db = await getDb();
  const now = clockNow();
  const page = await listZonePage(db, query, { kindsNamed: kindsNamed(query.q) });
  const ids = page.rows.map((z) => z.id);
  const [summary, communities, reach, clocks, communityClocks, ruled] = await Promise.all([
    zonesSummary(db),
    listCommunities(db),
    listZoneReach(db, ids),
    listZoneClocks(db, ids),
    listCommunityClocks(db, now),
    communityStatusesAt(now),
  ]);
  // The most severe zone from the zone clocks; otherwise no-epidemic by the full rule (rounds included).
  const statuses = communityClocks.map((c) => ({ name: c.name, status: communityStatus(c.zoneKinds, ruled.get(c.id)?.isNoEpidemic ?? false) }));
  const workspaceZones: WorkspaceZone[] = page.rows.map((zone) => {
    const r = reach.get(zone.id);
    const clock = clocks.get(zone.id);
    const liftedAt = zone.liftedAt ? new Date(zone.liftedAt) : null;
    const proposal = clock ? proposeStep({ kind: zone.kind, kindSince: clock.kindSince, liftedAt }, clock.lastCaseAt, settings.lifecycleRule, now) : null;
    return {
      ...zone,
      communities: r?.communities.map((c) => c.name) ?? [],
      population: r?.population ?? 0,
      proposal: proposal ? { to: proposal.to, dueAt: proposal.dueAt.toISOString(), isDue: proposal.isDue } : null,
    };
  });
  const bounds = joinExtents(communities.features.length ? (bbox(communities) as Extent) : null, summary.extent);
  return (
    <ZoneWorkspace
      zones={workspaceZones}
      listing={{ query, total: page.total }}
      zonesRevision={summary.revision}
      undoMinutes={settings.zoneUndoMinutes}
      communities={communities}
      canEdit={user.role === 'staff'}
      communityStatuses={statuses}
      noEpidemicTarget={settings.noEpidemicTarget ?? null}
      noEpidemicDays={settings.noEpidemicDays}
      bounds={bounds}
      messages={messages[locale]}
      locale={locale}
      timeZone={settings.timeZone}
      styleSetting={settings.mapStyle}
    />
  );
}

type Extent = [number, number, number, number];

/** The box holding both extents (either may be missing). */
function joinExtents(a: Extent | null, b: Extent | null): Extent | undefined {
  if (!a || !b) return a ?? b ?? undefined;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}
