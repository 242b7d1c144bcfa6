import { NextResponse, type NextRequest } from 'next/server';
import { readIdParam } from '@/lib/api/id-param';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { codedErrorResponse, errorResponse, withErrors } from '@/lib/api/respond';
import { takeVersion } from '@/lib/api/read-version';
import { guardMutation } from '@/lib/auth/route-guard';
import { CONTACT_EDIT_ROLES } from '@/lib/community/contact-roles';
import { readContactList } from '@/lib/community/contact-input';
import { getDb } from '@/lib/db/client';
import { listStaffCommunities, saveCommunityContacts } from '@/lib/db/queries/community-contacts';

export const dynamic = 'force-dynamic';

/**
 * PUT /api/staff/communities/:id/contacts with `{ version, contacts: [{ label, phone }] }`: the community's
 * service numbers in display order (add, edit, reorder and remove in one save), audited. `version` is the
 * list's version the editor read (`contactsVersion`); a stale one gets 409 with the current list. Staff and admins.
 */
export async function PUT(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const guard = await guardMutation(request, CONTACT_EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const id = readIdParam((await params).id);
    if (id === undefined) return errorResponse(400, 'id: must be a community id (a positive whole number)', { field: 'id' });
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const { version, rest } = takeVersion(json.body);
    const read = readContactList(rest);
    if ('error' in read) return errorResponse(400, read.error, { field: read.field });
    const db = await getDb();
    const saved = await saveCommunityContacts(db, id, read.contacts, { userId: guard.id }, version);
    if (!saved) return errorResponse(404, `No community ${id}`);
    if ('stale' in saved) {
      const current = (await listStaffCommunities(db, { ids: [id] }))[0];
      return codedErrorResponse(request, 'contacts.version-conflict', { expected: version, current: saved.current }, { current });
    }
    return NextResponse.json(saved);
  }, request);
}
