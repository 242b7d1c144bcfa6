import type { NextRequest } from 'next/server';
import { z } from '@/lib/validation/zod';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { withErrors } from '@/lib/api/respond';
import { parseBody, pathId, readJson, requireStaff } from '@/lib/api/route-kit';
import { zoneWriteResponse } from '@/lib/api/zone-write-response';
import { EDIT_ROLES } from '@/lib/auth/session';
import { MAX_DATABASE_INT } from '@/lib/validation/bounded-input';
import { getDb } from '@/lib/db/client';
import { stepZone } from '@/lib/db/queries/zone-edits';
import { ZONE_KINDS } from '@/lib/enums';

export const dynamic = 'force-dynamic';

const stepSchema = z.object({ version: z.number().int().min(1).max(MAX_DATABASE_INT), to: z.enum(ZONE_KINDS) });

/** POST /api/staff/zones/:id/step { version, to } — confirms a proposed lifecycle step (e.g. sealed → controlled). */
export async function POST(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const id = pathId((await context.params).id);
    const { version, to } = parseBody(stepSchema, await readJson(request, JSON_BODY_LIMITS.form));
    return zoneWriteResponse(request, await stepZone(await getDb(), id, version, to, { userId: user.id }));
  }, request);
}
