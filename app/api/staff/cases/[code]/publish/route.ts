import { NextResponse, type NextRequest } from 'next/server';
import { z } from '@/lib/validation/zod';
import { JSON_BODY_LIMITS } from '@/lib/api/read-json-body';
import { withErrors } from '@/lib/api/respond';
import { parseBody, readStaffJson } from '@/lib/api/route-kit';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { setCasesPublished } from '@/lib/db/queries/cases';
import { reason } from '@/lib/errors/field-reasons';

export const dynamic = 'force-dynamic';

const publishSchema = z.object({ isPublished: z.boolean(reason('publish-flag')) });

/** POST /api/staff/cases/:code/publish { isPublished } — publishes a draft case, or takes a published one back. Staff only. */
export async function POST(request: NextRequest, context: { params: Promise<{ code: string }> }) {
  return withErrors(async () => {
    const { user, body } = await readStaffJson(request, EDIT_ROLES, JSON_BODY_LIMITS.form);
    const { isPublished } = parseBody(publishSchema, body, 'form.field-invalid');
    const code = decodeURIComponent((await context.params).code);
    const changed = await setCasesPublished(await getDb(), [code], isPublished, { userId: user.id });
    return NextResponse.json({ changed });
  }, request);
}
