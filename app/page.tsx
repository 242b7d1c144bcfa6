import Link from 'next/link';
import { bbox, featureCollection } from '@turf/turf';
import type { Feature } from 'geojson';
import { getDb } from '@/lib/db/client';
import { listCommunities, listGridCells } from '@/lib/db/queries/communities';
import { listZones } from '@/lib/db/queries/zones';
import { listPublishedCaseVisits } from '@/lib/db/queries/cases';
import { countHomeFigures } from '@/lib/db/queries/home';
import { communityStatusesAt } from '@/lib/db/queries/community-status';
import { listCommunityNames } from '@/lib/db/queries/community-card';
import { countMapFeatures, mapBounds } from '@/lib/db/queries/briefing';
import { chooseSourceMode } from '@/lib/briefing/map-source-mode';
import { settings } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { translate } from '@/lib/i18n/locale';
import { now as clockNow } from '@/lib/clock';
import { AppHeader } from './_components/app-header';
import { HomeMap } from './_components/home-map';
import { getLocale } from './_lib/locale';

export const dynamic = 'force-dynamic';

/** The public map: what is in force now, the published case tracks, and the communities. */
export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [locale, db, query] = await Promise.all([getLocale(), getDb(), searchParams]);
  const now = clockNow();
  // Small data ships as GeoJSON in the page; a district in a bad week reads vector tiles (?source= forces one).
  const mode = chooseSourceMode(await countMapFeatures(db), typeof query.source === 'string' ? query.source : null);
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const [communities, gridCells, zones, caseTracks, figures, extent, statuses, communityNames] = await Promise.all([
    mode === 'geojson' ? listCommunities(db) : empty,
    listGridCells(db),
    mode === 'geojson' ? listZones(db, { at: now }) : empty,
    mode === 'geojson' ? listPublishedCaseVisits(db, { at: now }) : empty,
    countHomeFigures(db, now),
    mode === 'tiles' ? mapBounds(db) : undefined,
    communityStatusesAt(now, undefined, { audience: 'public' }),
    listCommunityNames(db),
  ]);
  // Green on the map, through feature state (the same for GeoJSON and vector tiles).
  const noEpidemicIds = [...statuses.values()].filter((s) => s.isNoEpidemic).map((s) => s.communityId);
  const everything: Feature[] = [...communities.features, ...zones.features, ...caseTracks.features];
  const bounds: [number, number, number, number] | undefined = extent
    ? [extent[0][0], extent[0][1], extent[1][0], extent[1][1]]
    : everything.length
      ? (bbox(featureCollection(everything)) as [number, number, number, number])
      : undefined;
  return (
    <div className="app-shell">
      <AppHeader locale={locale}>
        <Link href="/check">{translate(locale, 'selfCheck')}</Link>
        <Link href="/sign-in?next=%2Fstaff%2Fzones" prefetch={false} data-testid="staff-link">
          {translate(locale, 'signIn')}
        </Link>
      </AppHeader>
      <main className="map-area">
        <HomeMap
          communities={communities}
          communityNames={communityNames}
          noEpidemicIds={noEpidemicIds}
          gridCells={gridCells}
          zones={zones}
          caseTracks={caseTracks}
          bounds={bounds}
          counts={translate(locale, 'counts', figures)}
          tilesAt={mode === 'tiles' ? now.toISOString() : undefined}
          locale={locale}
          messages={messages[locale]}
          timeZone={settings.timeZone}
          styleSetting={settings.mapStyle}
        />
      </main>
    </div>
  );
}
