/*
 * Patterns of a residential address in a place name. Korea's 2020 disclosure guidance (and China's 2022
 * practice) published the building or business, never the flat: a place that names a unit, floor or room,
 * or a house number, may identify a household.
 */
const ADDRESS_PATTERNS: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /\d+\s*(号楼|幢|栋|座)/, reason: 'a building number (号楼/栋/幢)' },
  { pattern: /\d+\s*单元/, reason: 'a stairwell unit (单元)' },
  { pattern: /\d+\s*(室|户)/, reason: 'a room or flat (室/户)' },
  { pattern: /\d+\s*(层|楼)(?!道)/, reason: 'a floor (层/楼)' },
  { pattern: /\d+\s*弄\s*\d+\s*号/, reason: 'a lane and house number (弄…号)' },
  { pattern: /\b(apt|apartment|unit|room|flat|suite|ste)\.?\s*#?\s*\d+/i, reason: 'an apartment, unit or room number' },
  { pattern: /#\s*\d+/, reason: 'a number sign with a number (#12)' },
  { pattern: /\b\d{1,5}[A-Za-z]?\s+[A-Z][a-z]+\s+(street|st|road|rd|avenue|ave|lane|ln|drive|dr|way)\b/i, reason: 'a street address with a house number' },
  { pattern: /\d+\s*-\s*\d+\s*호/, reason: 'a Korean flat number (호)' },
  { pattern: /\d+\s*(동)\s*\d+\s*호/, reason: 'a Korean building and flat (동…호)' },
];

/**
 * Why a case's place name looks like a residential address (so the public preview can warn before
 * publishing), or null when it does not.
 *
 * @example
 * addressWarning('Lianhua Road Market') // → null
 * addressWarning('幸福小区 3号楼 2单元 501室') // → 'a building number (号楼/栋/幢)'
 * addressWarning('Apt 4B, 12 Guro Street') // → 'an apartment, unit or room number'
 */
export function addressWarning(place: string | null | undefined): string | null {
  if (!place) return null;
  for (const { pattern, reason } of ADDRESS_PATTERNS) if (pattern.test(place)) return reason;
  return null;
}
