import Link from 'next/link';
import { bbox, featureCollection } from '@turf/turf';
import type { Feature } from 'geojson';
import { getDb } from '@/lib/db/client';
import { listCommunities, listGridCells } from '@/lib/db/queries/communities';
import { listZones } from '@/lib/db/queries/zones';
import { listPublishedCaseVisits } from '@/lib/db/queries/cases';
import { settings } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { translate } from '@/lib/i18n/locale';
import { AppHeader } from './_components/app-header';
import { HomeMap } from './_components/home-map';
import { getLocale } from './_lib/locale';

export const dynamic = 'force-dynamic';

/** The public map: what is in force now, the published case tracks, and the communities. */
export default async function HomePage() {
  const locale = await getLocale();
  const db = await getDb();
  const now = new Date();
  const [communities, gridCells, zones, caseTracks] = await Promise.all([
    listCommunities(db),
    listGridCells(db),
    listZones(db, { at: now }),
    listPublishedCaseVisits(db, { at: now }),
  ]);
  const everything: Feature[] = [...communities.features, ...zones.features, ...caseTracks.features];
  const bounds = everything.length ? (bbox(featureCollection(everything)) as [number, number, number, number]) : undefined;
  const caseCount = new Set(caseTracks.features.map((f) => f.properties.caseCode)).size;
  return (
    <div className="app-shell">
      <AppHeader locale={locale}>
        <Link href="/check">{translate(locale, 'selfCheck')}</Link>
        <Link href="/staff/zones" data-testid="staff-link">
          {translate(locale, 'signIn')}
        </Link>
      </AppHeader>
      <main className="map-area">
        <HomeMap
          communities={communities}
          gridCells={gridCells}
          zones={zones}
          caseTracks={caseTracks}
          bounds={bounds}
          counts={translate(locale, 'counts', { zones: zones.features.length, cases: caseCount, communities: communities.features.length })}
          locale={locale}
          messages={messages[locale]}
          timeZone={settings.timeZone}
          styleSetting={settings.mapStyle}
        />
      </main>
    </div>
  );
}
