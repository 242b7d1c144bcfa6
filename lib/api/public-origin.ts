import { requestHost } from '@/lib/auth/same-origin';

/**
 * The origin residents reach the site at, for links that leave it (a notice pasted into a group chat): the
 * configured one (`GRIDWATCH_PUBLIC_URL`), else what the reverse proxy says the request was sent to
 * (`X-Forwarded-Proto`/`-Host`, first value), else the request's own `Host`.
 *
 * @example
 * publicOrigin(new Headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'gw.example.org', 'x-forwarded-proto': 'https' }))
 * // → 'https://gw.example.org'
 * publicOrigin(new Headers({ host: '127.0.0.1:3000' }), 'https://gw.example.org') // → 'https://gw.example.org'
 */
export function publicOrigin(headers: Headers, configured?: string): string {
  if (configured) return configured;
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${requestHost(headers) ?? 'localhost'}`;
}
