import { NextResponse, type NextRequest } from 'next/server';

/** The short link pasted into group chats: /n/C-009 → the case's notice page. */
export function GET(request: NextRequest, { params }: { params: Promise<{ caseCode: string }> }) {
  return params.then(({ caseCode }) => NextResponse.redirect(new URL(`/notices/${encodeURIComponent(caseCode)}`, request.nextUrl), 307));
}
