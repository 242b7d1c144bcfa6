type Pattern = { pattern: RegExp; reason: string };

/*
 * Personal data that has no place in anything published: identity and contact numbers. Order matters:
 * an ID number is checked before phone numbers so it is named as what it is.
 */
const PERSONAL_DATA_PATTERNS: readonly Pattern[] = [
  { pattern: /(?<![\dA-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/, reason: 'a Chinese ID number (身份证号)' },
  { pattern: /(身份证|证件号|护照号|姓名)/, reason: 'a name or ID field (姓名/身份证)' },
  { pattern: /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)/, reason: 'a mobile phone number' },
  { pattern: /(?<!\d)\(?0\d{2,3}\)?[-\s]?\d{7,8}(?!\d)/, reason: 'a phone number with an area code' },
  { pattern: /(电话|手机|联系方式|tel\b|phone|call)\D{0,6}\d[\d\s-]{5,}/i, reason: 'a phone number' },
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/, reason: 'an email address' },
];

/*
 * A building or stairwell: too precise for a case's place (it narrows a case to a few households) but the
 * ordinary size of a sealed zone in 2022, so zone names and notes may carry it.
 */
const BUILDING_PATTERNS: readonly Pattern[] = [
  { pattern: /\d+\s*(号楼|幢|栋|座)/, reason: 'a building number (号楼/栋/幢)' },
  { pattern: /\d+\s*单元/, reason: 'a stairwell unit (单元)' },
];

/*
 * A household: Korea's 2020 disclosure guidance (and China's 2022 practice) published the building or
 * business, never the flat: a unit, floor, room or house number may identify a household.
 */
const HOUSEHOLD_PATTERNS: readonly Pattern[] = [
  { pattern: /\d+\s*(室|户)/, reason: 'a room or flat (室/户)' },
  { pattern: /\d+\s*(层|楼)(?!道)/, reason: 'a floor (层/楼)' },
  { pattern: /\d+\s*弄\s*\d+\s*号/, reason: 'a lane and house number (弄…号)' },
  { pattern: /\d+\s*号\s*\d{3,4}(?!\d)/, reason: 'a house and flat number (号…)' },
  { pattern: /\b(apt|apartment|unit|room|flat|suite|ste)\.?\s*#?\s*\d+/i, reason: 'an apartment, unit or room number' },
  { pattern: /#\s*\d+/, reason: 'a number sign with a number (#12)' },
  { pattern: /\b\d{1,5}[A-Za-z]?\s+[A-Z][a-z]+\s+(street|st|road|rd|avenue|ave|lane|ln|drive|dr|way)\b/i, reason: 'a street address with a house number' },
  { pattern: /\d+\s*-\s*\d+\s*호/, reason: 'a Korean flat number (호)' },
  { pattern: /\d+\s*(동)\s*\d+\s*호/, reason: 'a Korean building and flat (동…호)' },
];

const firstReason = (text: string, patterns: readonly Pattern[]) => patterns.find(({ pattern }) => pattern.test(text))?.reason ?? null;

/**
 * Why a case's place name looks like a residential address or personal data (so the public preview can
 * warn before publishing), or null when it does not.
 *
 * @example
 * addressWarning('Lianhua Road Market') // → null
 * addressWarning('幸福小区 3号楼 2单元 501室') // → 'a building number (号楼/栋/幢)'
 * addressWarning('Apt 4B, 12 Guro Street') // → 'an apartment, unit or room number'
 */
export function addressWarning(place: string | null | undefined): string | null {
  if (!place) return null;
  return firstReason(place, PERSONAL_DATA_PATTERNS) ?? firstReason(place, BUILDING_PATTERNS) ?? firstReason(place, HOUSEHOLD_PATTERNS);
}

/**
 * Why a zone's public text (name or note) looks like it holds personal data: an identity or contact number,
 * or a household's flat, floor or house number. Buildings and stairwells pass: zones are drawn around them.
 * A warning for staff to look again, not a refusal.
 *
 * @example
 * zoneTextWarning('幸福小区 3号楼 封控') // → null
 * zoneTextWarning('3号楼 501室 阳性，联系人 13812345678') // → 'a mobile phone number'
 */
export function zoneTextWarning(text: string | null | undefined): string | null {
  if (!text) return null;
  return firstReason(text, PERSONAL_DATA_PATTERNS) ?? firstReason(text, HOUSEHOLD_PATTERNS);
}
