/**
 * The rate-limit key of a request: the first X-Forwarded-For hop when a proxy sets it, else X-Real-IP,
 * else one shared key (a direct connection's address is not exposed to Next.js route handlers).
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'direct';
}
