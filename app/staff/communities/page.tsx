import { getDb } from '@/lib/db/client';
import { listStaffCommunities } from '@/lib/db/queries/community-contacts';
import { READ_ROLES } from '@/lib/auth/session';
import { CONTACT_EDIT_ROLES } from '@/lib/community/contact-roles';
import { messages } from '@/lib/i18n/messages';
import { getLocale } from '../../_lib/locale';
import { requirePageUser } from '../../_lib/require-page-user';
import { CommunitiesAdmin } from './communities-admin';

export const dynamic = 'force-dynamic';

/** Each community's service numbers and grid workers, as the public card shows them (staff and admins edit; officials read). */
export default async function CommunitiesPage() {
  const [locale, user] = await Promise.all([getLocale(), requirePageUser(READ_ROLES, '/staff/communities')]);
  const communities = await listStaffCommunities(await getDb());
  return <CommunitiesAdmin communities={communities} canEdit={CONTACT_EDIT_ROLES.includes(user.role)} locale={locale} messages={messages[locale]} />;
}
