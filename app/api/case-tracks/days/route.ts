import type { NextRequest } from 'next/server';
import { answerManifestRequest } from '@/lib/case-days/manifest-answer';

export const dynamic = 'force-dynamic';

/** GET /api/case-tracks/days (lib/case-days/manifest-answer.ts). `npm start` answers it on the fast lane (lib/api/fast-lane.ts). */
export function GET(request: NextRequest): Promise<Response> {
  return answerManifestRequest(request);
}
