import { NextResponse, type NextRequest } from 'next/server';
import { readIdParam } from '@/lib/api/id-param';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { guardMutation } from '@/lib/auth/route-guard';
import { CONTACT_EDIT_ROLES } from '@/lib/community/contact-roles';
import { readContactList } from '@/lib/community/contact-input';
import { getDb } from '@/lib/db/client';
import { saveCommunityContacts } from '@/lib/db/queries/community-contacts';

export const dynamic = 'force-dynamic';

/**
 * PUT /api/staff/communities/:id/contacts with `{ contacts: [{ label, phone }] }`: the community's
 * service numbers in display order (add, edit, reorder and remove in one save), audited. Staff and admins.
 */
export async function PUT(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const guard = await guardMutation(request, CONTACT_EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const id = readIdParam((await params).id);
    if (id === undefined) return errorResponse(400, 'id: must be a community id (a positive whole number)', { field: 'id' });
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const read = readContactList(json.body);
    if ('error' in read) return errorResponse(400, read.error, { field: read.field });
    const contacts = await saveCommunityContacts(await getDb(), id, read.contacts, { userId: guard.id });
    if (!contacts) return errorResponse(404, `No community ${id}`);
    return NextResponse.json({ contacts });
  });
}
