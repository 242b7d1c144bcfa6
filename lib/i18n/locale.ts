import { DEFAULT_LOCALE, messages, type Locale, type MessageKey, type Messages } from './messages';

export const LOCALE_COOKIE = 'gridwatch-lang';

const isLocale = (value: string | undefined): value is Locale => value === 'zh-CN' || value === 'en';

/**
 * Picks the interface language: the user's switch (cookie) first, then the browser's Accept-Language
 * in its order of preference (any zh → zh-CN, any en → en), else zh-CN.
 *
 * @example
 * pickLocale({ acceptLanguage: 'en-GB,en;q=0.9' }) // → 'en'
 */
export function pickLocale(input: { cookie?: string; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  const ranked = (input.acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), order };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}

/**
 * The message for a key with `{name}` placeholders filled in.
 *
 * @example
 * translate('en', 'counts', { zones: 3, cases: 12, communities: 40 }) // → '3 zones in force · 12 cases · 40 communities'
 */
export function translate(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template: string = (messages[locale] as Messages)[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
