import { localDay, localMidnight, sliderDays } from '@/lib/briefing/slider-days';

/**
 * The "no-epidemic community" (无疫小区) rule, computed from the data, never typed in.
 *
 * A community qualifies at instant T when, throughout the N days before T (N = `days`):
 * - no new case: no published case that lives in it (`cases.community_id`) or whose published track
 *   has a visit inside its boundary was reported (`reported_at`) in that window. A case counts from its
 *   report time: that is when it became known, and a case reported now revokes the status now;
 * - no zone in force over it: every zone that intersects its boundary (more than touching it) and had
 *   taken effect by T was lifted at least N days before T;
 * - a negative latest testing round: its rounds (community-wide and its grid cells') are grouped by local
 *   test day and place. A positive stays open until a later day tested the same place negative: its grid
 *   cell, or the whole community (a community-wide positive needs a community-wide negative), so one
 *   cell's negative never clears another's positive. No positive may be open at T, and the community must
 *   have tested negative for N days: the day that cleared its last positive (or its first test day)
 *   began at least N days before T. A positive round revokes the status from the start of its day.
 *
 * `since` is when the status began: the last of those events plus N days.
 */

export type CaseEvent = { at: Date; caseCode: string; how: 'lives' | 'visited' };
export type ZoneSpan = { zoneId: number; effectiveFrom: Date; liftedAt: Date | null };
/** One local test day of a place in a community: its rounds that day; `gridCellId` null/absent = community-wide. */
export type RoundDay = { testedOn: string; peopleTested: number; positives: number; gridCellId?: number | null };

/** Everything the rule needs about one community (events after the evaluated instant are ignored). */
export type CommunityEvents = { communityId: number; cases: CaseEvent[]; zones: ZoneSpan[]; roundDays: RoundDay[] };

export type NoEpidemicOptions = { days: number; timeZone: string };

export const NO_EPIDEMIC_REASONS = [
  'zone-in-force',
  'zone-lifted-recently',
  'case-recently',
  'no-testing-round',
  'latest-round-positive',
  'negative-round-recent',
] as const;
export type NoEpidemicReasonCode = (typeof NO_EPIDEMIC_REASONS)[number];

/** Why a community does not qualify; `until` is when this condition alone clears, if nothing else happens. */
export type NoEpidemicReason = { code: NoEpidemicReasonCode; eventAt: string | null; until: string | null };

export type NoEpidemicResult = {
  isNoEpidemic: boolean;
  /** When the status began (held at the evaluated instant), else null. */
  since: string | null;
  /** When it will hold if nothing new happens (null while a zone is in force or the latest round is positive or missing). */
  expectedAt: string | null;
  reasons: NoEpidemicReason[];
};

const DAY_MS = 86_400_000;
const maxTime = (times: number[]) => (times.length ? Math.max(...times) : null);

/**
 * Evaluates the rule for one community at `at`.
 *
 * @example
 * evaluateNoEpidemic({ communityId: 1, cases: [], zones: [], roundDays: [{ testedOn: '2022-08-01', peopleTested: 900, positives: 0 }] },
 *   new Date('2022-08-20T00:00:00+08:00'), { days: 14, timeZone: 'Asia/Shanghai' })
 * // → { isNoEpidemic: true, since: '2022-08-14T16:00:00.000Z', expectedAt: '2022-08-14T16:00:00.000Z', reasons: [] }
 */
export function evaluateNoEpidemic(events: CommunityEvents, at: Date, options: NoEpidemicOptions): NoEpidemicResult {
  const t = at.getTime();
  const window = options.days * DAY_MS;
  const reasons: NoEpidemicReason[] = [];
  const iso = (ms: number) => new Date(ms).toISOString();
  let isBlocked = false;

  const lastCase = maxTime(events.cases.map((c) => c.at.getTime()).filter((ms) => ms <= t));
  if (lastCase !== null && lastCase > t - window) reasons.push({ code: 'case-recently', eventAt: iso(lastCase), until: iso(lastCase + window) });

  const zones = events.zones.filter((z) => z.effectiveFrom.getTime() <= t);
  const inForce = zones.filter((z) => z.liftedAt === null || z.liftedAt.getTime() > t);
  const lastLift = maxTime(zones.map((z) => z.liftedAt?.getTime() ?? Infinity).filter((ms) => ms <= t));
  if (inForce.length) {
    isBlocked = true;
    reasons.push({ code: 'zone-in-force', eventAt: iso(Math.max(...inForce.map((z) => z.effectiveFrom.getTime()))), until: null });
  } else if (lastLift !== null && lastLift > t - window) {
    reasons.push({ code: 'zone-lifted-recently', eventAt: iso(lastLift), until: iso(lastLift + window) });
  }

  const today = localDay(at, options.timeZone);
  const rounds = aggregateRoundDays(events.roundDays.filter((d) => d.testedOn <= today));
  const tests = testedNegativeSince(rounds);
  let negativeSince: number | null = null;
  if (rounds.length === 0) {
    isBlocked = true;
    reasons.push({ code: 'no-testing-round', eventAt: null, until: null });
  } else if ('openPositiveOn' in tests) {
    isBlocked = true;
    reasons.push({ code: 'latest-round-positive', eventAt: iso(localMidnight(tests.openPositiveOn, options.timeZone).getTime()), until: null });
  } else {
    negativeSince = localMidnight(tests.negativeSince, options.timeZone).getTime();
    if (negativeSince > t - window) reasons.push({ code: 'negative-round-recent', eventAt: iso(negativeSince), until: iso(negativeSince + window) });
  }

  const cleanFrom = Math.max(lastCase ?? -Infinity, lastLift ?? -Infinity, negativeSince ?? -Infinity);
  const expectedAt = isBlocked ? null : iso(cleanFrom + window);
  const isNoEpidemic = reasons.length === 0;
  return { isNoEpidemic, since: isNoEpidemic ? expectedAt : null, expectedAt, reasons };
}

/** Sums a community's rounds per local day and place (its grid cell, or null for community-wide), in day order. */
function aggregateRoundDays(days: RoundDay[]): RoundDay[] {
  const byDayAndPlace = new Map<string, RoundDay>();
  for (const d of days) {
    const gridCellId = d.gridCellId ?? null;
    const key = `${d.testedOn} ${gridCellId}`;
    const sum = byDayAndPlace.get(key) ?? { testedOn: d.testedOn, peopleTested: 0, positives: 0, gridCellId };
    byDayAndPlace.set(key, { ...sum, peopleTested: sum.peopleTested + d.peopleTested, positives: sum.positives + d.positives });
  }
  return [...byDayAndPlace.values()].sort((a, b) => a.testedOn.localeCompare(b.testedOn));
}

/**
 * The latest positive no later negative has cleared, or else the day the community's testing turned
 * negative: the day that cleared its last positive, or its first test day. A positive is cleared by a
 * negative on a later day at its own place, or a community-wide one (which also covers every cell).
 */
function testedNegativeSince(rounds: readonly RoundDay[]): { openPositiveOn: string } | { negativeSince: string } {
  let openPositiveOn: string | null = null;
  let negativeSince = rounds[0]?.testedOn ?? '';
  for (const positive of rounds.filter((r) => r.positives > 0)) {
    const place = positive.gridCellId ?? null;
    const cleared = rounds.find((r) => r.testedOn > positive.testedOn && r.positives === 0 && ((r.gridCellId ?? null) === null || r.gridCellId === place));
    if (!cleared) openPositiveOn = positive.testedOn;
    else if (cleared.testedOn > negativeSince) negativeSince = cleared.testedOn;
  }
  return openPositiveOn !== null ? { openPositiveOn } : { negativeSince };
}

export type StatusName = 'no-epidemic' | 'not-yet';

/** One change of a community's status: on `day` (local), at `at`, from → to, and why. */
export type StatusChange = { day: string; at: string; from: StatusName | null; to: StatusName; reasons: NoEpidemicReasonCode[]; details: NoEpidemicReason[] };

/**
 * A community's status changes over local days `from`…`to`, evaluated at the end of each day. The first
 * entry is the status on `from` (`from: null`); each later one a change, timed at the instant the status
 * began (its `since`) or at the first event that revoked it that day.
 *
 * @example
 * noEpidemicHistory(events, { from: '2022-08-01', to: '2022-08-31' }, { days: 14, timeZone: 'Asia/Shanghai' })
 * // → [{ day: '2022-08-01', from: null, to: 'not-yet', reasons: ['negative-round-recent'], … },
 * //    { day: '2022-08-15', from: 'not-yet', to: 'no-epidemic', reasons: [], at: '2022-08-14T16:00:00.000Z' }]
 */
export function noEpidemicHistory(events: CommunityEvents, range: { from: string; to: string }, options: NoEpidemicOptions): StatusChange[] {
  const changes: StatusChange[] = [];
  let previous: { name: StatusName; end: number } | null = null;
  for (const day of sliderDays(range.from, range.to, options.timeZone)) {
    const end = Date.parse(day.at);
    const result = evaluateNoEpidemic(events, new Date(end), options);
    const name: StatusName = result.isNoEpidemic ? 'no-epidemic' : 'not-yet';
    if (previous === null || previous.name !== name) {
      const at = result.since ?? (previous ? firstEventIn(events, previous.end, end, options.timeZone) : null) ?? day.at;
      changes.push({ day: day.day, at, from: previous?.name ?? null, to: name, reasons: result.reasons.map((r) => r.code), details: result.reasons });
    }
    previous = { name, end };
  }
  return changes;
}

/** The first case, zone or positive round after `after` and up to `upTo`, as ISO, or null. */
function firstEventIn(events: CommunityEvents, after: number, upTo: number, timeZone: string): string | null {
  const times = [
    ...events.cases.map((c) => c.at.getTime()),
    ...events.zones.map((z) => z.effectiveFrom.getTime()),
    ...events.roundDays.filter((d) => d.positives > 0).map((d) => localMidnight(d.testedOn, timeZone).getTime()),
  ].filter((ms) => ms > after && ms <= upTo);
  return times.length ? new Date(Math.min(...times)).toISOString() : null;
}

/**
 * How many of the communities qualify at the end of each local day `from`…`to`: the progress line.
 *
 * @example
 * countNoEpidemicByDay([events], { from: '2022-08-14', to: '2022-08-15' }, options)
 * // → [{ day: '2022-08-14', count: 0 }, { day: '2022-08-15', count: 1 }]
 */
export function countNoEpidemicByDay(communities: CommunityEvents[], range: { from: string; to: string }, options: NoEpidemicOptions): { day: string; count: number }[] {
  return sliderDays(range.from, range.to, options.timeZone).map((day) => ({
    day: day.day,
    count: communities.filter((c) => evaluateNoEpidemic(c, new Date(day.at), options).isNoEpidemic).length,
  }));
}
