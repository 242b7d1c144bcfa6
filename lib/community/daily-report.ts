import { localMidnight } from '@/lib/briefing/slider-days';
import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import { evaluateNoEpidemic, type CommunityEvents, type NoEpidemicOptions } from './no-epidemic';

/** A zone over a community, with its kind (the rule's `ZoneSpan` plus what the report counts by). */
export type KindedZoneSpan = { zoneId: number; kind: ZoneKind; effectiveFrom: Date; liftedAt: Date | null };

/** One community with everything its report row needs: the no-epidemic rule's events and its zones' kinds. */
export type DailyReportCommunity = CommunityEvents & { code: string; name: string; district: string; kindedZones: KindedZoneSpan[] };

export type DailyReportRow = {
  district: string;
  communityCode: string;
  community: string;
  /** Published cases living in or reported in the community, reported that local day. */
  newCases: number;
  /** Zones over the community in force at the end of the day (or now, for today), by kind. */
  zonesInForce: Record<ZoneKind, number>;
  peopleTested: number;
  positives: number;
  isNoEpidemic: boolean;
  /** When the no-epidemic status began, if held. */
  noEpidemicSince: string | null;
};

const DAY_MS = 86_400_000;

/**
 * The daily report upward: one row per community for a local day, evaluated at the day's end (or at `now`
 * while the day is not over), using the no-epidemic rule as the staff pages do.
 *
 * @example
 * buildDailyReport(communities, '2022-04-05', { days: 14, timeZone: 'Asia/Shanghai', now: new Date() })
 * // → [{ district: '静安区', community: '共和新路社区', newCases: 2, zonesInForce: { sealed: 1, controlled: 0, precaution: 1 }, peopleTested: 1800, positives: 3, isNoEpidemic: false, … }]
 */
export function buildDailyReport(communities: readonly DailyReportCommunity[], day: string, options: NoEpidemicOptions & { now: Date }): DailyReportRow[] {
  const start = localMidnight(day, options.timeZone).getTime();
  // The next day's local midnight (a DST day is 23 or 25 hours long).
  const nextDay = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  const end = localMidnight(nextDay, options.timeZone).getTime();
  const at = new Date(Math.min(end - 1, options.now.getTime()));
  return communities.map((community) => {
    const newCases = new Set(community.cases.filter((c) => c.at.getTime() >= start && c.at.getTime() < end).map((c) => c.caseCode)).size;
    const zonesInForce = Object.fromEntries(ZONE_KINDS.map((kind) => [kind, 0])) as Record<ZoneKind, number>;
    for (const zone of community.kindedZones) {
      const isInForce = zone.effectiveFrom.getTime() <= at.getTime() && (zone.liftedAt === null || zone.liftedAt.getTime() > at.getTime());
      if (isInForce) zonesInForce[zone.kind] += 1;
    }
    const today = community.roundDays.filter((round) => round.testedOn === day);
    const status = evaluateNoEpidemic(community, at, options);
    return {
      district: community.district,
      communityCode: community.code,
      community: community.name,
      newCases,
      zonesInForce,
      peopleTested: today.reduce((sum, round) => sum + round.peopleTested, 0),
      positives: today.reduce((sum, round) => sum + round.positives, 0),
      isNoEpidemic: status.isNoEpidemic,
      noEpidemicSince: status.since,
    };
  });
}

/**
 * Report rows as a spreadsheet with Chinese headers, for reporting upward.
 *
 * @example
 * dailyReportSheet(rows, '2022-04-05', (iso) => iso.slice(0, 10))[0] // → ['日期', '街道/区', '社区编码', '社区', '当日新增病例', '封控区', …]
 */
export function dailyReportSheet(rows: readonly DailyReportRow[], day: string, formatDay: (iso: string) => string): (string | number)[][] {
  const header = ['日期', '区', '社区编码', '社区', '当日新增病例', '封控区', '管控区', '防范区', '检测人数', '阳性人数', '无疫小区', '无疫起始'];
  return [
    header,
    ...rows.map((row) => [
      day,
      row.district,
      row.communityCode,
      row.community,
      row.newCases,
      row.zonesInForce.sealed,
      row.zonesInForce.controlled,
      row.zonesInForce.precaution,
      row.peopleTested,
      row.positives,
      row.isNoEpidemic ? '是' : '否',
      row.noEpidemicSince ? formatDay(row.noEpidemicSince) : '',
    ]),
  ];
}
