import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';
import { strictTransportSecurity } from '@/lib/security/strict-transport';
import { settings } from '@/lib/env';
import { isDatabaseDownForPage, RETRY_AFTER_SECONDS } from '@/lib/db/health';
import { unavailablePage } from '@/lib/api/unavailable-page';

/**
 * Sets a fresh nonce and the Content-Security-Policy on every page request; Next.js puts the nonce on
 * its own inline scripts (it reads the policy from the request headers). While the database is
 * unreachable (known, or found by one trivial statement first), pages answer 503 with Retry-After instead
 * of rendering a 500.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy({
    nonce,
    // NODE_ENV is fixed by Next at build time, not a setting.
    isDevelopment: process.env.NODE_ENV === 'development',
    mapStyle: settings.mapStyle,
  });
  if (await isDatabaseDownForPage()) {
    // Outage (known, or found by asking first): answer at once; the background probe finds when it is back.
    const page = unavailablePage({ nonce, retryAfterSeconds: RETRY_AFTER_SECONDS });
    return new NextResponse(page.html, { status: page.status, headers: { ...page.headers, 'Content-Security-Policy': policy } });
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  const hsts = strictTransportSecurity(settings.publicOrigin);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  // Pages only: API responses are JSON or tiles, and static files need no nonce.
  matcher: [{ source: '/((?!api|_next/static|_next/image|vendor|basemap|samples|icon.svg).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] }],
};
