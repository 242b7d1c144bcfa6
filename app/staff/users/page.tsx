import { getDb } from '@/lib/db/client';
import { listUsers } from '@/lib/db/queries/users';
import { messages } from '@/lib/i18n/messages';
import { getLocale } from '../../_lib/locale';
import { requirePageUser } from '../../_lib/require-page-user';
import { UsersAdmin } from './users-admin';

export const dynamic = 'force-dynamic';

/** Admins manage accounts: create one with a role, disable or enable. */
export default async function UsersPage() {
  const me = await requirePageUser(['admin'], '/staff/users');
  const [locale, db] = await Promise.all([getLocale(), getDb()]);
  return <UsersAdmin users={await listUsers(db)} currentUserId={me.id} messages={messages[locale]} />;
}
