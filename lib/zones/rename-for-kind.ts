import type { ZoneKind } from '@/lib/enums';

/** How zone names written by the app (and by district staff) name each kind, longest first per language. */
const KIND_WORDS: Record<ZoneKind, string[]> = {
  sealed: ['封控区', 'Sealed zone', 'Sealed', '封控'],
  controlled: ['管控区', 'Controlled zone', 'Controlled', '管控'],
  precaution: ['防范区', 'Precaution zone', 'Precaution', '防范'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Latin words must stand alone ("Sealed" but not "Unsealed"); Chinese has no spaces to stand between.
const pattern = (word: string) => (/^[A-Za-z]/.test(word) ? new RegExp(`(?<![A-Za-z])${escape(word)}(?![A-Za-z])`) : new RegExp(escape(word)));

/**
 * The name a zone takes when a lifecycle step turns it from `from` into `to`: where the name says its kind
 * (as the generator and the demo write it: "Controlled · Oryu-dong", "幸福里 · 封控区"), that word follows the
 * new kind in the same language and form; a name staff typed without a kind word is theirs and stays.
 *
 * @example
 * renameForKind('Controlled · Oryu-dong', 'controlled', 'precaution') // → 'Precaution · Oryu-dong'
 * renameForKind('幸福里 · 封控区', 'sealed', 'controlled') // → '幸福里 · 管控区'
 * renameForKind('3号楼', 'sealed', 'controlled') // → '3号楼'
 */
export function renameForKind(name: string, from: ZoneKind, to: ZoneKind): string {
  for (const [index, word] of KIND_WORDS[from].entries()) {
    const match = pattern(word);
    if (match.test(name)) return name.replace(match, KIND_WORDS[to][index]);
  }
  return name;
}
