import type { NextRequest } from 'next/server';
import { settings } from '@/lib/env';

/**
 * The short link pasted into group chats: /n/C-009 → the case's notice page. With GRIDWATCH_PUBLIC_URL
 * the target is absolute at that address; without it the Location is relative (the request's own origin),
 * so a forged X-Forwarded-Host can never send a resident elsewhere. Not cached: a notice may move.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ caseCode: string }> }) {
  const { caseCode } = await params;
  const target = `/notices/${encodeURIComponent(caseCode)}`;
  const location = settings.publicOrigin ? new URL(target, settings.publicOrigin).toString() : target;
  return new Response(null, { status: 307, headers: { Location: location, 'Cache-Control': 'no-store' } });
}
