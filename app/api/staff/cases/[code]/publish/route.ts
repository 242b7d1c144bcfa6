import { NextResponse, type NextRequest } from 'next/server';
import { JSON_BODY_LIMITS, readJsonBody } from '@/lib/api/read-json-body';
import { errorResponse, withErrors } from '@/lib/api/respond';
import { guardMutation } from '@/lib/auth/route-guard';
import { EDIT_ROLES } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { setCasesPublished } from '@/lib/db/queries/cases';

export const dynamic = 'force-dynamic';

/** POST /api/staff/cases/:code/publish { isPublished } — publishes a draft case, or takes a published one back. Staff only. */
export async function POST(request: NextRequest, context: { params: Promise<{ code: string }> }) {
  return withErrors(async () => {
    const guard = await guardMutation(request, EDIT_ROLES);
    if (guard instanceof Response) return guard;
    const json = await readJsonBody(request, JSON_BODY_LIMITS.form);
    if (json instanceof Response) return json;
    const body = json.body as { isPublished?: unknown } | null;
    if (typeof body?.isPublished !== 'boolean') return errorResponse(422, 'isPublished: true to publish, false to take back');
    const code = decodeURIComponent((await context.params).code);
    const changed = await setCasesPublished(await getDb(), [code], body.isPublished, { userId: guard.id });
    return NextResponse.json({ changed });
  });
}
