import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/lib/db/client';
import { createReport } from '@/lib/db/queries/reports';
import { settings } from '@/lib/env';
import { REPORT_LIMIT, rateLimitResponse } from '@/lib/api/rate-limit';
import { withErrors } from '@/lib/api/respond';
import { orThrow, readJson } from '@/lib/api/route-kit';
import { readReportInput } from '@/lib/check/report-input';
import { FIELD_REASONS } from '@/lib/errors/field-reasons';
import { fieldProblem, problemError } from '@/lib/errors/problem';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 3 * 1024 * 1024;

const isForeignKeyViolation = (error: unknown) => ((error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code) === '23503';

/**
 * POST /api/reports: a resident's consented report to their community. Refuses without `consent: true`;
 * stored until the retention period ends, then deleted by the retention job. Refusals are coded, in the
 * resident's language.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const limited = await rateLimitResponse(request, REPORT_LIMIT);
  if (limited) return limited;
  return withErrors(async () => {
    const { report } = orThrow(readReportInput(await readJson(request, MAX_BODY_BYTES)));
    try {
      const saved = await createReport(await getDb(), report, { retentionDays: settings.reportRetentionDays });
      return NextResponse.json(
        { id: saved.id, expiresAt: saved.expiresAt.toISOString(), retentionDays: settings.reportRetentionDays },
        { status: 201, headers: { 'Cache-Control': 'no-store' } },
      );
    } catch (error) {
      // The community does not exist (a foreign key violation).
      if (isForeignKeyViolation(error)) throw problemError(fieldProblem('communityId', FIELD_REASONS['community-unknown']));
      throw error;
    }
  }, request);
}
