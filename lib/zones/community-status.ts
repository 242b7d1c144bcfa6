import type { ZoneKind } from '@/lib/enums';

export type CommunityStatus = 'sealed' | 'controlled' | 'precaution' | 'no-epidemic' | 'watch';

/**
 * A community's status: the most severe zone in force touching it; else "no-epidemic" (无疫小区) when the
 * no-epidemic rule holds for it (lib/community/no-epidemic.ts: no case, no zone and enough testing rounds
 * over the rule's days), else "watch". The one rule the zones page and its tests use.
 *
 * @example
 * communityStatus(['precaution', 'sealed'], false) // → 'sealed'
 * communityStatus([], true) // → 'no-epidemic'
 */
export function communityStatus(zoneKinds: readonly ZoneKind[], isNoEpidemic: boolean): CommunityStatus {
  for (const kind of ['sealed', 'controlled', 'precaution'] as const) if (zoneKinds.includes(kind)) return kind;
  return isNoEpidemic ? 'no-epidemic' : 'watch';
}
