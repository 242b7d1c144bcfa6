import type { NextRequest } from 'next/server';
import { z } from '@/lib/validation/zod';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { withErrors } from '@/lib/api/respond';
import { parseBody, pathId, readJson, requireStaff } from '@/lib/api/route-kit';
import { zoneWriteResponse } from '@/lib/api/zone-write-response';
import { EDIT_ROLES } from '@/lib/auth/session';
import { MAX_DATABASE_INT } from '@/lib/validation/bounded-input';
import { getDb } from '@/lib/db/client';
import { liftZone } from '@/lib/db/queries/zone-edits';

type Context = { params: Promise<{ id: string }> };

export const dynamic = 'force-dynamic';

const liftSchema = z.object({ version: z.number().int().min(1).max(MAX_DATABASE_INT) });

/** POST /api/staff/zones/:id/lift { version } — lifts the zone now; it stays in the history. */
export async function POST(request: NextRequest, context: Context) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const id = pathId((await context.params).id);
    const { version } = parseBody(liftSchema, await readJson(request, JSON_BODY_LIMITS.form));
    return zoneWriteResponse(request, await liftZone(await getDb(), id, version, { userId: user.id }));
  }, request);
}
