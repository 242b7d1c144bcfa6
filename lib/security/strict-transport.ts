/**
 * The Strict-Transport-Security header for the site's public origin: behind HTTPS, browsers never try plain
 * HTTP again (a year, the site's own host only); none for an http:// or unset origin, where it would be
 * ignored at best and would strand a site that later drops TLS at worst.
 *
 * @example
 * strictTransportSecurity('https://gw.example.org') // → 'max-age=31536000'
 * strictTransportSecurity(undefined) // → undefined
 */
export function strictTransportSecurity(publicOrigin: string | undefined): string | undefined {
  return publicOrigin?.toLowerCase().startsWith('https://') ? 'max-age=31536000' : undefined;
}
