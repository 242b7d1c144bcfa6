import { NextResponse, type NextRequest } from 'next/server';
import { publicOrigin } from '@/lib/api/public-origin';
import { settings } from '@/lib/env';

/** The short link pasted into group chats: /n/C-009 → the case's notice page, at the site's public address. */
export function GET(request: NextRequest, { params }: { params: Promise<{ caseCode: string }> }) {
  return params.then(({ caseCode }) =>
    NextResponse.redirect(new URL(`/notices/${encodeURIComponent(caseCode)}`, publicOrigin(request.headers, settings.publicOrigin)), 307),
  );
}
