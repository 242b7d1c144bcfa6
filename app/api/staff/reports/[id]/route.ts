import { NextResponse, type NextRequest } from 'next/server';
import { z } from '@/lib/validation/zod';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { withErrors } from '@/lib/api/respond';
import { parseBody, pathId, readJson, requireStaff } from '@/lib/api/route-kit';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { updateReportFollowUp } from '@/lib/db/queries/report-follow-up';
import { REPORT_STATUSES } from '@/lib/db/schema';
import { AppError } from '@/lib/errors/app-error';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({ status: z.enum(REPORT_STATUSES), notes: z.string().trim().max(2000).nullish() });

/** PATCH /api/staff/reports/:id { status, notes } — follow-up of a resident's report (staff). */
export async function PATCH(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  return withErrors(async () => {
    const user = await requireStaff(request, EDIT_ROLES);
    const id = pathId((await context.params).id);
    const body = parseBody(bodySchema, await readJson(request, JSON_BODY_LIMITS.form), 'form.field-invalid');
    const isUpdated = await updateReportFollowUp(await getDb(), id, { status: body.status, notes: body.notes || null }, { userId: user.id });
    if (!isUpdated) throw new AppError('report.not-found');
    return NextResponse.json({ id, ...body });
  }, request);
}
