import Link from 'next/link';
import type { Locale } from '@/lib/i18n/messages';
import { translate } from '@/lib/i18n/locale';
import { LanguageSwitch } from './language-switch';

/** The bar above every page: name, tagline, navigation and the language switch. */
export function AppHeader({ locale, children }: { locale: Locale; children?: React.ReactNode }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return (
    <header className="app-header">
      <h1>
        <Link href="/" style={{ color: 'inherit', textDecoration: 'none', border: 0, padding: 0 }}>
          {t('appName')}
        </Link>
      </h1>
      <span className="tagline">{t('tagline')}</span>
      <span className="spacer" />
      {children}
      <LanguageSwitch current={locale} label={t('switchTo')} />
    </header>
  );
}
