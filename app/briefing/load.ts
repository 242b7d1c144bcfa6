import 'server-only';
import { getDb } from '@/lib/db/client';
import { countMapFeatures, loadBriefing, mapBounds, outbreakRange, warmZoneFigures, type Briefing } from '@/lib/db/queries/briefing';
import { listCommunities } from '@/lib/db/queries/communities';
import { chooseSourceMode, type MapSourceMode } from '@/lib/briefing/map-source-mode';
import { sliderDays, dayIndexOf, type SliderDay } from '@/lib/briefing/slider-days';
import { resolveBriefingWindow } from '@/lib/briefing/briefing-window';
import { AppError } from '@/lib/errors/app-error';
import { settings } from '@/lib/env';
import { now } from '@/lib/clock';
import { briefingDayRange } from '@/lib/briefing/day-range';

export type BriefingPageData = {
  days: SliderDay[];
  dayIndex: number;
  /** Whether the slider's last day is today (its last step is then the present moment, not the day's end). */
  isLive: boolean;
  mode: MapSourceMode;
  briefing: Briefing;
  communities: Awaited<ReturnType<typeof listCommunities>> | null;
  timeZone: string;
  bounds?: [[number, number], [number, number]];
};

/** Every slider day (at most 60), nearest first: the computations are shared and cached by zone set. */
const WARM_DAYS_EACH_SIDE = 60;

/** The days around `index`, nearest first (the slider's likely next steps). */
function nearbyDays(days: SliderDay[], index: number, each: number): SliderDay[] {
  const out: SliderDay[] = [];
  for (let d = 1; d <= each; d++) for (const i of [index - d, index + d]) if (i >= 0 && i < days.length) out.push(days[i]);
  return out;
}

export type LoadBriefingInput = {
  at?: string | null;
  since?: string | null;
  trackDays?: number;
  source?: string | null;
  withCommunities?: boolean;
  /** A slider move: only the figures of the moment (the page keeps the span's progress and rounds). */
  momentOnly?: boolean;
};

/**
 * Every briefing read goes through here (the page and app/api/briefing): access control is one check
 * in front of this function. The moment defaults to now (lib/clock), or to the end of a historic dataset;
 * the window to the 24 h before it. Throws a coded AppError for a malformed `at`/`since`.
 */
export async function loadBriefingPage(input: LoadBriefingInput): Promise<BriefingPageData> {
  const db = await getDb();
  const timeZone = settings.timeZone;
  const current = now();
  const [range, count, bounds] = await Promise.all([outbreakRange(db, timeZone), countMapFeatures(db), mapBounds(db)]);
  const span = briefingDayRange(range, current, timeZone);
  const days = sliderDays(span.from, span.to, timeZone);
  // On a live slider the last step is the present moment, not the end of a day that has not happened yet.
  if (span.isLive) days[days.length - 1] = { ...days[days.length - 1], at: current.toISOString() };
  const window = resolveBriefingWindow({ at: input.at, since: input.since }, days[days.length - 1].at);
  if (!window.ok) throw new AppError(window.code, window.params);
  const at = new Date(window.value.at);
  const mode = chooseSourceMode(count, input.source);
  const [briefing, communities] = await Promise.all([
    loadBriefing(db, at, { timeZone, since: new Date(window.value.since), trackDays: input.trackDays, withGeoJson: mode === 'geojson', progressRange: span, momentOnly: input.momentOnly }),
    input.withCommunities && mode === 'geojson' ? listCommunities(db) : null,
  ]);
  const dayIndex = dayIndexOf(days, at.toISOString(), timeZone);
  // On the first slider read (the page reads ahead once its first picture is on screen, so its tiles had the
  // database first): the other days' zone figures (geometry unions at city scale), nearest first, computed
  // beside the page's own reads ahead.
  if (input.momentOnly) void warmZoneFigures(db, nearbyDays(days, dayIndex, WARM_DAYS_EACH_SIDE).map((d) => new Date(d.at)));
  return { days, dayIndex, isLive: span.isLive, mode, briefing, communities, timeZone, bounds };
}
