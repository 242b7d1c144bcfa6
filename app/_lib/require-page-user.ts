import 'server-only';
import { redirect } from 'next/navigation';
import { getSessionUser, type SessionUser } from '@/lib/auth/session';
import type { UserRole } from '@/lib/db/schema';

/**
 * For staff pages: the signed-in user, or a redirect to /sign-in (no session) or to /sign-in?forbidden
 * (another role). Pages still pass the role down only to hide buttons; the API checks again on every write.
 */
export async function requirePageUser(roles: readonly UserRole[], path: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!roles.includes(user.role)) redirect(`/sign-in?forbidden=1&next=${encodeURIComponent(path)}`);
  return user;
}
