import { localDay, localMidnight } from '@/lib/briefing/slider-days';
import type { CommunityEvents } from './no-epidemic';

export type PublicStatusOptions = {
  timeZone: string;
  /** Hours after the local midnight following a report before it shows in public status (staff's setting). */
  delayHours: number;
};

const HOUR_MS = 3_600_000;

/**
 * When a case reported at `reportedAt` may first change public status: the local midnight that ends its
 * report day in the district's zone, plus the configured delay. Public status then moves only at day
 * boundaries, so stepping a card's `at=` cannot find a case's report time (and so tie it to its home).
 *
 * @example
 * publicCaseTime(new Date('2020-03-10T05:13:00Z'), { timeZone: 'Asia/Seoul', delayHours: 0 }) // → 2020-03-10T15:00:00Z (11 March, 00:00 KST)
 */
export function publicCaseTime(reportedAt: Date, options: PublicStatusOptions): Date {
  const nextDay = new Date(Date.parse(`${localDay(reportedAt, options.timeZone)}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return new Date(localMidnight(nextDay, options.timeZone).getTime() + options.delayHours * HOUR_MS);
}

/**
 * A community's events as the public sees them at `at`: each case at its public time, and cases not yet
 * public dropped. Zones and testing rounds are public already (dated by the day or by staff's decision).
 * Does not mutate its input.
 *
 * @example
 * toPublicEvents(events, new Date(), { timeZone: 'Asia/Shanghai', delayHours: 0 }).cases // → cases at local midnights only
 */
export function toPublicEvents(events: CommunityEvents, at: Date, options: PublicStatusOptions): CommunityEvents {
  const cases = events.cases.map((c) => ({ ...c, at: publicCaseTime(c.at, options) })).filter((c) => c.at.getTime() <= at.getTime());
  return { ...events, cases };
}
