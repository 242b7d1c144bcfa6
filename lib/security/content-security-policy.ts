/**
 * The Content-Security-Policy of every page. Scripts: our own files and Next's inline bootstrap scripts,
 * which carry the request's nonce — nothing injected into the page can run. No 'strict-dynamic': MapLibre's
 * worker (a blob: module) imports its code from our origin, which 'self' allows. Styles allow inline
 * attributes (React style props, MapLibre's element styles): a style cannot run code.
 *
 * @example
 * contentSecurityPolicy({ nonce: 'abc', isDevelopment: false })
 * // → "default-src 'self'; script-src 'self' 'nonce-abc'; … frame-ancestors 'none'"
 */
export function contentSecurityPolicy(options: { nonce: string; isDevelopment: boolean; mapStyle?: string }): string {
  const connect = ["'self'"];
  const origin = externalOrigin(options.mapStyle);
  if (origin) connect.push(origin);
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    // Next's development server evaluates modules with eval; production does not.
    ['script-src', ["'self'", `'nonce-${options.nonce}'`, ...(options.isDevelopment ? ["'unsafe-eval'"] : [])]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...(origin ? [origin] : [])]],
    ['font-src', ["'self'"]],
    ['connect-src', connect],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The origin of a configured basemap (style URL or pmtiles:// archive) when it is not on this site. */
function externalOrigin(mapStyle: string | undefined): string | undefined {
  const url = mapStyle?.trim().replace(/^pmtiles:\/\//, '');
  if (!url || url.startsWith('/')) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
