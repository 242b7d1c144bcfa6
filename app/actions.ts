'use server';
import { cookies } from 'next/headers';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';
import { LOCALES, type Locale } from '@/lib/i18n/messages';

/** Remembers the interface language chosen with the switch for a year. */
export async function setLocale(locale: Locale): Promise<{ message?: string }> {
  if (!LOCALES.includes(locale)) return { message: `Unknown language ${String(locale)}` };
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  return {};
}
