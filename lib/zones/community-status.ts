import type { ZoneKind } from '@/lib/enums';

export type CommunityStatus = 'sealed' | 'controlled' | 'precaution' | 'no-epidemic' | 'watch';

const DAY_MS = 24 * 3600_000;

/**
 * A community's status for the briefing: the most severe zone in force touching it; else "no-epidemic"
 * (无疫小区) when no case visited it and no zone touched it for `days` days; else "watch".
 *
 * @example
 * communityStatus({ zoneKinds: [], lastCaseAt: null, lastZoneAt: null }, { days: 14, now: new Date() }) // → 'no-epidemic'
 * communityStatus({ zoneKinds: ['precaution', 'sealed'], lastCaseAt: null, lastZoneAt: null }, { days: 14, now: new Date() }) // → 'sealed'
 */
export function communityStatus(
  input: { zoneKinds: readonly ZoneKind[]; lastCaseAt: Date | null; lastZoneAt: Date | null },
  options: { days: number; now: Date },
): CommunityStatus {
  for (const kind of ['sealed', 'controlled', 'precaution'] as const) if (input.zoneKinds.includes(kind)) return kind;
  const since = options.now.getTime() - options.days * DAY_MS;
  const isRecent = (d: Date | null) => d !== null && d.getTime() > since;
  return isRecent(input.lastCaseAt) || isRecent(input.lastZoneAt) ? 'watch' : 'no-epidemic';
}
