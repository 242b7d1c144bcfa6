import 'server-only';
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE, pickLocale } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/i18n/messages';

/** The request's interface language (the switch's cookie, else Accept-Language, else zh-CN). */
export async function getLocale(): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickLocale({ cookie: cookieStore.get(LOCALE_COOKIE)?.value, acceptLanguage: headerList.get('accept-language') });
}
