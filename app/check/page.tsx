import { bbox } from '@turf/turf';
import { getDb } from '@/lib/db/client';
import { listCommunities } from '@/lib/db/queries/communities';
import { listZones } from '@/lib/db/queries/zones';
import { settings } from '@/lib/env';
import { messages } from '@/lib/i18n/messages';
import { AppHeader } from '../_components/app-header';
import { getLocale } from '../_lib/locale';
import { ResidentCheck } from './_components/resident-check';

export const dynamic = 'force-dynamic';

/** The resident self-check: give your trips, pick a rule, check privately on the device by default. */
export default async function CheckPage() {
  const locale = await getLocale();
  const db = await getDb();
  // Every zone, lifted ones included: a trip last month is checked against the zones in force then.
  const [communities, zones] = await Promise.all([listCommunities(db), listZones(db)]);
  const bounds = communities.features.length ? (bbox(communities) as [number, number, number, number]) : undefined;
  return (
    <div className="check-shell">
      <AppHeader locale={locale} />
      <ResidentCheck
        locale={locale}
        messages={messages[locale]}
        communities={communities}
        zones={zones}
        bounds={bounds}
        retentionDays={settings.reportRetentionDays}
        styleSetting={settings.mapStyle}
      />
    </div>
  );
}
