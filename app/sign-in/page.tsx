import { AppHeader } from '../_components/app-header';
import { getLocale } from '../_lib/locale';
import { messages } from '@/lib/i18n/messages';
import { SignInForm } from './sign-in-form';
import '../staff.css';

export const dynamic = 'force-dynamic';

/** Staff sign-in. Field labels and the button are in English as well, so handbooks and tests can name them. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; forbidden?: string }> }) {
  const locale = await getLocale();
  const { next, forbidden } = await searchParams;
  const t = messages[locale];
  return (
    <div className="app-shell">
      <AppHeader locale={locale} />
      <main className="staff-page narrow">
        <h2>{t.signInTitle}</h2>
        <p className="hint">{t.signInHint}</p>
        {forbidden ? (
          <p role="alert" className="form-error">
            {t.forbidden}
          </p>
        ) : null}
        <SignInForm next={next ?? '/staff/zones'} messages={t} />
      </main>
    </div>
  );
}
