import { bbox, featureCollection } from '@turf/turf';
import type { Feature } from 'geojson';
import { getDb } from '@/lib/db/client';
import { listCommunities } from '@/lib/db/queries/communities';
import { listZones } from '@/lib/db/queries/zones';
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

/** Zones: draw, reshape, lift and delete (staff); officials see the same page read-only. */
export default async function ZonesPage() {
  const [locale, user] = await Promise.all([getLocale(), requirePageUser(READ_ROLES, '/staff/zones')]);
  const db = await getDb();
  const now = clockNow();
  const [zones, communities, reach, clocks, communityClocks, ruled] = await Promise.all([
    listZones(db),
    listCommunities(db),
    listZoneReach(db),
    listZoneClocks(db),
    listCommunityClocks(db, now),
    communityStatusesAt(now),
  ]);
  // The most severe zone from the zone clocks; otherwise no-epidemic by the full rule (rounds included).
  const statuses = communityClocks.map((c) => ({ name: c.name, status: communityStatus(c.zoneKinds, ruled.get(c.id)?.isNoEpidemic ?? false) }));
  const workspaceZones: WorkspaceZone[] = zones.features.map((f) => {
    const r = reach.get(Number(f.id));
    const clock = clocks.get(Number(f.id));
    const liftedAt = f.properties.liftedAt ? new Date(f.properties.liftedAt) : null;
    const proposal = clock ? proposeStep({ kind: f.properties.kind, kindSince: clock.kindSince, liftedAt }, clock.lastCaseAt, settings.lifecycleRule, now) : null;
    return {
      id: Number(f.id),
      ...f.properties,
      geometry: f.geometry,
      communities: r?.communities.map((c) => c.name) ?? [],
      population: r?.population ?? 0,
      proposal: proposal ? { to: proposal.to, dueAt: proposal.dueAt.toISOString(), isDue: proposal.isDue } : null,
    };
  });
  // Newest first: the zone just saved is at the top of the list.
  workspaceZones.sort((a, b) => b.id - a.id);
  const all: Feature[] = [...communities.features, ...zones.features];
  const bounds = all.length ? (bbox(featureCollection(all)) as [number, number, number, number]) : undefined;
  return (
    <ZoneWorkspace
      zones={workspaceZones}
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
