import Link from 'next/link';
import { AppHeader } from '../_components/app-header';
import { getLocale } from '../_lib/locale';
import { requirePageUser } from '../_lib/require-page-user';
import { signOutAction } from '../_lib/auth-actions';
import { READ_ROLES } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import '../staff.css';

const ROLE_KEYS = { admin: 'roleAdmin', staff: 'roleStaff', official: 'roleOfficial' } as const;

/** The staff workspace: signed-in users only (staff edit; officials and admins read). */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const user = await requirePageUser(READ_ROLES, '/staff/zones');
  const t = messages[locale];
  return (
    <div className="app-shell">
      <AppHeader locale={locale}>
        <nav className="staff-nav" aria-label="Staff">
          <Link href="/staff">{t.staffDashboard}</Link>
          <Link href="/staff/zones">{t.staffZones}</Link>
          <Link href="/staff/cases">{t.staffCases}</Link>
          <Link href="/staff/communities">{t.staffCommunities}</Link>
          <Link href="/staff/rounds">{t.staffRounds}</Link>
          <Link href="/staff/reports">{t.staffReports}</Link>
          <Link href="/staff/audit">{t.staffAudit}</Link>
          {user.role === 'admin' ? <Link href="/staff/users">{t.staffUsers}</Link> : null}
        </nav>
        <span className="signed-in" data-testid="signed-in-user">
          {t.signedInAs.replace('{username}', user.username).replace('{role}', t[ROLE_KEYS[user.role]])}
        </span>
        <form action={signOutAction}>
          <button type="submit" className="link">
            {t.signOut}
          </button>
        </form>
      </AppHeader>
      {children}
    </div>
  );
}
