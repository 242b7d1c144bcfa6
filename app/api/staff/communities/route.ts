import { NextResponse, type NextRequest } from 'next/server';
import { withErrors } from '@/lib/api/respond';
import { requireStaff } from '@/lib/api/route-kit';
import { READ_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { listStaffCommunities } from '@/lib/db/queries/community-contacts';

export const dynamic = 'force-dynamic';

/** GET /api/staff/communities: every community with its service numbers and grid workers. Staff, officials and admins. */
export async function GET(request: NextRequest) {
  return withErrors(async () => {
    await requireStaff(request, READ_ROLES, { isMutation: false });
    return NextResponse.json({ communities: await listStaffCommunities(await getDb()) }, { headers: { 'Cache-Control': 'private, no-store' } });
  }, request);
}
