import 'server-only';
import { getDb } from '@/lib/db/client';
import { countMapFeatures, loadBriefing, mapBounds, outbreakRange, type Briefing } from '@/lib/db/queries/briefing';
import { listCommunities } from '@/lib/db/queries/communities';
import { chooseSourceMode, type MapSourceMode } from '@/lib/briefing/map-source-mode';
import { sliderDays, dayIndexOf, type SliderDay } from '@/lib/briefing/slider-days';
import { settings } from '@/lib/env';
import { now } from '@/lib/clock';
import { briefingDayRange } from '@/lib/briefing/day-range';

export type BriefingPageData = {
  days: SliderDay[];
  dayIndex: number;
  mode: MapSourceMode;
  briefing: Briefing;
  communities: Awaited<ReturnType<typeof listCommunities>> | null;
  timeZone: string;
  bounds?: [[number, number], [number, number]];
};

/**
 * Every briefing read goes through here (the page and app/api/briefing): access control is one check
 * in front of this function.
 */
export async function loadBriefingPage(input: { at?: string | null; trackDays?: number; source?: string | null; withCommunities?: boolean }): Promise<BriefingPageData> {
  const db = await getDb();
  const timeZone = settings.timeZone;
  const [range, count, bounds] = await Promise.all([outbreakRange(db, timeZone), countMapFeatures(db), mapBounds(db)]);
  const span = briefingDayRange(range, now(), timeZone);
  const days = sliderDays(span.from, span.to, timeZone);
  const requested = input.at && !Number.isNaN(Date.parse(input.at)) ? input.at : days[days.length - 1].at;
  const dayIndex = dayIndexOf(days, requested, timeZone);
  const mode = chooseSourceMode(count, input.source);
  const [briefing, communities] = await Promise.all([
    loadBriefing(db, new Date(days[dayIndex].at), { timeZone, trackDays: input.trackDays, withGeoJson: mode === 'geojson', progressRange: span }),
    input.withCommunities && mode === 'geojson' ? listCommunities(db) : null,
  ]);
  return { days, dayIndex, mode, briefing, communities, timeZone, bounds };
}
