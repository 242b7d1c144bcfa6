import { ZONE_KINDS, type ZoneKind } from '@/lib/enums';
import { messages } from '@/lib/i18n/messages';

const LABEL_KEYS = { sealed: 'zoneSealed', controlled: 'zoneControlled', precaution: 'zonePrecaution' } as const;

/** Every way a kind is written: its code and its label in each language ("sealed", "封控区", "Sealed zone"). */
const namesOf = (kind: ZoneKind) => [kind, ...Object.values(messages).map((t) => t[LABEL_KEYS[kind]])].map((s) => s.toLowerCase());

/**
 * The zone kinds a search text names: those with a name (code or label, any language) containing the text,
 * case-insensitive. Empty for an empty text, so a blank search does not filter by kind.
 *
 * @example
 * kindsNamed('封控') // → ['sealed']
 * kindsNamed('Precaution') // → ['precaution']
 * kindsNamed('幸福里') // → []
 */
export function kindsNamed(text: string): ZoneKind[] {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  return ZONE_KINDS.filter((kind) => namesOf(kind).some((name) => name.includes(q)));
}
