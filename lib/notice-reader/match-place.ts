/** A named place a notice's words can be matched to. */
export type GazetteerEntry = {
  name: string;
  lngLat: [number, number];
  /** Where the name comes from: `community`, `grid-cell`, `zone`, `case-place` or an imported gazetteer's name. */
  source: string;
  /** The city or district the entry belongs to, when known ("深圳市"): ranks local entries first. */
  region?: string;
};

export type PlaceCandidate = { entry: GazetteerEntry; score: number };

/** How a phrase was placed: one clear candidate, several close ones for staff to choose, or none. */
export type PlaceMatch = {
  phrase: string;
  /** `region`: a city or larger, not a place to pin (listed as written). */
  status: 'matched' | 'ambiguous' | 'unmatched' | 'region';
  /** Best first, at most five; `score` in 0…1. */
  candidates: PlaceCandidate[];
};

const ADMIN_PREFIX = /^(?:中国)?(?:[\u4e00-\u9fff]{2,3}(?:省|自治区))?(?:[\u4e00-\u9fff]{2,4}市)?(?:[\u4e00-\u9fff]{1,3}(?:区|县))?(?:[\u4e00-\u9fff]{1,4}(?:镇|乡|街道))?/;
const GENERIC_SUFFIX = /(?:小区|社区|花园|家园|苑区|分店|店|分公司|公司|商场|大厦|村委会|居委会|街道办事处|办事处)$/;

/** The name as compared: no spaces or brackets, lower-case Latin. */
export function normalizePlaceName(name: string): string {
  return name
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s()（）【】\[\]"“”'‘’·・,，、-]/g, '')
    .toLowerCase();
}

/** Facility words that name no particular place without the city or district before them. */
const GENERIC_NAME = /^(?:第?[一二三四五六七八九十\d]*(?:人民|中|中西医结合|妇幼保健|儿童)?医院|卫生院|社区卫生服务中心|火车站|高铁站|汽车站|客运站|机场|国际机场|超市|菜市场|农贸市场|市场|广场|公园|酒店|宾馆|派出所|政府|中学|小学|学校)$/;

/** The name without its province/city/district prefix and generic suffix ("深圳市福田区景田花园" → "景田"), unless what
 * is left is a generic facility ("烟台市福山区人民医院" stays whole: "人民医院" alone names no place). */
export function shortPlaceName(name: string): string {
  const normalized = normalizePlaceName(name);
  const withoutPrefix = normalized.replace(ADMIN_PREFIX, '') || normalized;
  if (GENERIC_NAME.test(withoutPrefix)) return normalized;
  const withoutSuffix = withoutPrefix.replace(GENERIC_SUFFIX, '');
  return withoutSuffix.length >= 2 ? withoutSuffix : withoutPrefix;
}

const PLACE_KIND_ENDING = /(?:村|站|院|店|场|园|楼|馆|厦|城|苑|庭|居|轩|阁|湾|港|路|街|巷|号|室|栋|座|期|中心|小区|社区|花园|大道|酒店|宾馆|学校|公司|工厂|厂|市场|超市)$/;
const REGION_ENDING = /(?:省|自治区|特别行政区|市|县|区|镇|乡|街道|州|国)$/;

/**
 * Whether a phrase names a region (a country, province, city, district or town) rather than a place one can pin:
 * "深圳", "武汉市江岸区", "香港" — such a phrase is kept as written and never matched to a compound of the same name.
 */
export function isRegionPhrase(phrase: string): boolean {
  const name = normalizePlaceName(phrase);
  if (/^[\u4e00-\u9fff]{2}$/.test(name)) return true;
  if (PLACE_KIND_ENDING.test(name)) return false;
  if (REGION_ENDING.test(name)) return true;
  return /^[\u4e00-\u9fff]{2,3}$/.test(name) || /^[\u4e00-\u9fff]{2,4}(?:美国|英国|法国|德国|日本|韩国)?$/.test(name) && name.length <= 3;
}

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 1; i += 1) grams.add(text.slice(i, i + 2));
  if (text.length === 1) grams.add(text);
  return grams;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

type IndexedEntry = { entry: GazetteerEntry; full: string; core: string; short: string; grams: Set<string> };

/** The name without its administrative prefix ("深圳市福田区景田花园小区" → "景田花园小区"). */
function coreName(normalized: string): string {
  return normalized.replace(ADMIN_PREFIX, '') || normalized;
}

/** A gazetteer ready for matching: names normalised once, a bigram index to find candidates quickly. */
export type Gazetteer = { entries: IndexedEntry[]; byGram: Map<string, number[]> };

/**
 * Indexes gazetteer entries for `matchPlace`.
 *
 * @example
 * const gazetteer = buildGazetteer([{ name: '景田花园', lngLat: [114.03, 22.55], source: 'pois-2020', region: '深圳市' }]);
 */
export function buildGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const indexed = entries.map((entry) => {
    const full = normalizePlaceName(entry.name);
    const short = shortPlaceName(entry.name);
    return { entry, full, core: coreName(full), short, grams: bigrams(short) };
  });
  const byGram = new Map<string, number[]>();
  indexed.forEach((item, i) => {
    for (const gram of item.grams) {
      const list = byGram.get(gram);
      if (list) list.push(i);
      else byGram.set(gram, [i]);
    }
  });
  return { entries: indexed, byGram };
}

function scoreEntry(phraseFull: string, phraseShort: string, phraseGrams: Set<string>, item: IndexedEntry): number {
  if (item.full === phraseFull) return 1;
  const phraseCore = coreName(phraseFull);
  if (item.core === phraseCore && phraseCore.length >= 3 && !GENERIC_NAME.test(phraseCore)) return 0.95;
  // Equal once suffixes are stripped: the same place only if both named a kind ("景田花园小区" ~ "景田花园"); "香港" is
  // no "香港花园".
  if (item.short === phraseShort) return phraseShort !== phraseCore && item.short !== item.core ? 0.9 : 0.7;
  const [shorter, longer] = item.short.length <= phraseShort.length ? [item.short, phraseShort] : [phraseShort, item.short];
  if (shorter.length >= 3 && longer.includes(shorter)) return 0.6 + 0.3 * (shorter.length / longer.length);
  if (item.full.length >= 4 && phraseFull.includes(item.full)) return 0.6 + 0.3 * (item.full.length / phraseFull.length);
  return dice(phraseGrams, item.grams) * 0.8;
}

const SAME_PLACE_METRES = 300;

function metresApart(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = (b[1] - a[1]) * rad;
  return Math.hypot(x, y) * 6_371_008.8;
}

/**
 * Ranks gazetteer entries for a place phrase from a notice, tolerating the usual variants (小区/社区/花园, 店/分店,
 * full and short names). `matched` only when the best is clearly best (or the close ones are the same place);
 * otherwise `ambiguous` or `unmatched`, for staff to settle on the map — never a silent guess.
 *
 * @example
 * matchPlace('景田花园小区', gazetteer, { region: '深圳市' }) // → { status: 'matched', candidates: [{ entry: 景田花园, score: 0.95 }] }
 */
export function matchPlace(phrase: string, gazetteer: Gazetteer, options: { region?: string; minScore?: number } = {}): PlaceMatch {
  const minScore = options.minScore ?? 0.5;
  if (isRegionPhrase(phrase)) return { phrase, status: 'region', candidates: [] };
  if (GENERIC_NAME.test(coreName(normalizePlaceName(phrase)))) return { phrase, status: 'unmatched', candidates: [] };
  const phraseFull = normalizePlaceName(phrase);
  const phraseShort = shortPlaceName(phrase);
  const phraseGrams = bigrams(phraseShort);
  const seen = new Set<number>();
  for (const gram of phraseGrams) for (const i of gazetteer.byGram.get(gram) ?? []) seen.add(i);
  const candidates: PlaceCandidate[] = [];
  for (const i of seen) {
    const item = gazetteer.entries[i];
    let score = scoreEntry(phraseFull, phraseShort, phraseGrams, item);
    if (options.region) score += item.entry.region === undefined ? -0.05 : item.entry.region === options.region ? 0.05 : -0.1;
    score = Math.max(0, Math.min(1, score));
    if (score >= minScore) candidates.push({ entry: item.entry, score: Math.round(score * 1000) / 1000 });
  }
  candidates.sort((a, b) => b.score - a.score || a.entry.name.length - b.entry.name.length);
  const top = candidates.slice(0, 5);
  if (top.length === 0) return { phrase, status: 'unmatched', candidates: [] };
  const [best, ...rest] = top;
  const rivals = rest.filter((c) => c.score > best.score - 0.1 && metresApart(c.entry.lngLat, best.entry.lngLat) > SAME_PLACE_METRES);
  const isOtherRegion = options.region !== undefined && best.entry.region !== undefined && best.entry.region !== options.region;
  const status = best.score >= 0.85 && rivals.length === 0 && !isOtherRegion ? 'matched' : 'ambiguous';
  return { phrase, status, candidates: top };
}
