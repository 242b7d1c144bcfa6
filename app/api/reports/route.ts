import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/lib/db/client';
import { createReport } from '@/lib/db/queries/reports';
import { settings } from '@/lib/env';
import { REPORT_LIMIT, rateLimitResponse } from '@/lib/api/rate-limit';
import { readJsonBody } from '@/lib/api/read-json-body';
import { codedErrorResponse, withErrors } from '@/lib/api/respond';
import { readReportInput } from '@/lib/check/report-input';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 3 * 1024 * 1024;

/**
 * POST /api/reports: a resident's consented report to their community. Refuses without `consent: true`;
 * stored until the retention period ends, then deleted by the retention job.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const limited = await rateLimitResponse(request, REPORT_LIMIT);
  if (limited) return limited;
  const read = await readJsonBody(request, MAX_BODY_BYTES);
  if (read instanceof Response) return read;
  const input = readReportInput(read.body);
  if ('error' in input) return codedErrorResponse(request, 'request.field-invalid', { field: input.field, reason: input.reason }, { field: input.field });
  return withErrors(async () => {
    try {
      const saved = await createReport(await getDb(), input.report, { retentionDays: settings.reportRetentionDays });
      return NextResponse.json(
        { id: saved.id, expiresAt: saved.expiresAt.toISOString(), retentionDays: settings.reportRetentionDays },
        { status: 201, headers: { 'Cache-Control': 'no-store' } },
      );
    } catch (error) {
      // 23503: the community does not exist (foreign key).
      const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
      if (code === '23503') return codedErrorResponse(request, 'request.field-invalid', { field: 'communityId', reason: 'no such community' }, { field: 'communityId' });
      throw error;
    }
  });
}
