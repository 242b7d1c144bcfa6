import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { publicRead } from '@/lib/api/public-read';
import { withErrors } from '@/lib/api/respond';
import { getCoverageBasis } from '@/lib/db/queries/coverage-basis';

export const dynamic = 'force-dynamic';

/**
 * GET /api/coverage: what the published case data covers (case count, first and last instant, area), for the
 * private check's coverage (lib/check/coverage.ts). The same for every resident: no parameter, no position.
 */
export async function GET(request: NextRequest): Promise<Response> {
  return withErrors(async () => {
    const basis = await publicRead(request, (db) => getCoverageBasis(db));
    return NextResponse.json(basis, { headers: { 'Cache-Control': 'public, max-age=30, must-revalidate' } });
  }, request);
}
