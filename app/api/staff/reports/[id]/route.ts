import { NextResponse, type NextRequest } from 'next/server';
import { readIdParam } from '@/lib/api/id-param';
import { z } from '@/lib/validation/zod';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { updateReportFollowUp } from '@/lib/db/queries/report-follow-up';
import { REPORT_STATUSES } from '@/lib/db/schema';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({ status: z.enum(REPORT_STATUSES), notes: z.string().trim().max(2000).nullish() });

/** PATCH /api/staff/reports/:id { status, notes } — follow-up of a resident's report (staff). */
export async function PATCH(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const id = readIdParam((await context.params).id);
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const body = bodySchema.safeParse(json.body);
    if (id === undefined) return errorResponse(404, 'No such report.');
    if (!body.success) return errorResponse(422, `status must be one of ${REPORT_STATUSES.join(', ')}; notes at most 2000 characters`);
    const isUpdated = await updateReportFollowUp(await getDb(), id, { status: body.data.status, notes: body.data.notes || null }, { userId: guard.id });
    if (!isUpdated) return errorResponse(404, 'No such report (it may have passed its retention date).');
    return NextResponse.json({ id, ...body.data });
  });
}
