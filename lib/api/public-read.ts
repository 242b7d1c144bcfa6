import 'server-only';
import type { Db } from '@/lib/db/client';
import { readFromStandby } from '@/lib/db/read-db';
import { SESSION_COOKIE } from '@/lib/auth/session';

/** A session cookie's presence is enough (no database lookup): the reader may be staff. */
const SESSION_COOKIE_PATTERN = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=`);

/**
 * Runs a public endpoint's read on the read standby, unless the request carries a session: staff read the
 * primary, so a save shows in their next read at once, whatever the standby's lag.
 *
 * @example
 * const card = await publicRead(request, (db) => getCommunityCard(db, id, at))
 */
export function publicRead<T>(request: Request, read: (db: Db) => Promise<T>): Promise<T> {
  return readFromStandby(read, { preferPrimary: SESSION_COOKIE_PATTERN.test(request.headers.get('cookie') ?? '') });
}
