import type { NextRequest } from 'next/server';
import { answerCheckRequest } from '@/lib/check/check-request';

export const dynamic = 'force-dynamic';

/** POST /api/check (lib/check/check-request.ts). `npm start` answers it on the fast lane (lib/api/fast-lane.ts). */
export function POST(request: NextRequest): Promise<Response> {
  return answerCheckRequest(request);
}
