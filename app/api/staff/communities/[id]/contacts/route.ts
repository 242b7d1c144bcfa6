import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { takeVersion } from '@/lib/api/read-version';
import { orThrow, pathId, readJson, requireStaff } from '@/lib/api/route-kit';
import { CONTACT_EDIT_ROLES } from '@/lib/community/contact-roles';
import { readContactList } from '@/lib/community/contact-input';
import { getDb } from '@/lib/db/client';
import { listStaffCommunities, saveCommunityContacts } from '@/lib/db/queries/community-contacts';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

/**
 * PUT /api/staff/communities/:id/contacts with `{ version, contacts: [{ label, phone }] }`: the community's
 * service numbers in display order (add, edit, reorder and remove in one save), audited. `version` is the
 * list's version the editor read (`contactsVersion`); a stale one gets 409 with the current list. Staff and admins.
 */
export async function PUT(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const user = await requireStaff(request, CONTACT_EDIT_ROLES);
    const id = pathId((await params).id);
    const { version, rest } = takeVersion(await readJson(request, JSON_BODY_LIMITS.form));
    const { contacts } = orThrow(readContactList(rest));
    const db = await getDb();
    const saved = await saveCommunityContacts(db, id, contacts, { userId: user.id }, version);
    if (!saved) throw new AppError('request.not-found');
    if ('stale' in saved) {
      const current = (await listStaffCommunities(db, { ids: [id] }))[0];
      return codedErrorResponse(request, 'contacts.version-conflict', { expected: version, current: saved.current }, { current });
    }
    return NextResponse.json(saved);
  }, request);
}
