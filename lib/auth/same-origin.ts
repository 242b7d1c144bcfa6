/** The host a request was sent to: the proxy's first `X-Forwarded-Host`, else `Host`; null without either. */
export function requestHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
}

/**
 * Whether a mutating request comes from this site: its Origin (or, failing that, Referer) must name the
 * host the request was sent to. Browsers always send Origin on cross-site POST/PUT/DELETE, so a forged
 * form or fetch from another site is refused; a request with neither header (curl, scripts) is allowed,
 * because it cannot carry a victim's cookie by a browser's doing. SameSite=Lax cookies are the second line.
 *
 * @example
 * isSameOrigin(new Headers({ host: 'gw.example', origin: 'https://gw.example' })) // → true
 * isSameOrigin(new Headers({ host: 'gw.example', origin: 'https://evil.example' })) // → false
 */
export function isSameOrigin(headers: Headers): boolean {
  const source = headers.get('origin') ?? headers.get('referer');
  if (!source) return true;
  if (source === 'null') return false;
  const host = requestHost(headers);
  if (!host) return false;
  try {
    return new URL(source).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
