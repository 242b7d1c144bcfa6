import Link from 'next/link';
import { AppHeader } from '@/app/_components/app-header';
import { getLocale } from '@/app/_lib/locale';
import { translate } from '@/lib/i18n/locale';

/** An unknown, mistyped or withdrawn case code: said in the reader's language, with a way back. */
export default async function NoticeNotFound() {
  const locale = await getLocale();
  return (
    <div className="notice-shell">
      <AppHeader locale={locale} />
      <main className="notice-main notice-missing" data-testid="notice-not-found">
        <h2>{translate(locale, 'noticeNotFoundTitle')}</h2>
        <p>{translate(locale, 'noticeNotFoundBody')}</p>
        <p className="notice-actions">
          <Link href="/" className="notice-button primary">
            {translate(locale, 'noticeBackHome')}
          </Link>
          <Link href="/check" className="notice-button">
            {translate(locale, 'noticeGoCheck')}
          </Link>
        </p>
      </main>
    </div>
  );
}
