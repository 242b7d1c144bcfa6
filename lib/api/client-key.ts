import { BlockList, isIP } from 'node:net';
import { settings } from '@/lib/env';

/**
 * The header carrying the connection's peer address. `npm start` serves through lib/cli/serve.mjs, which
 * overwrites it on every request (a client cannot supply it) and marks the process with `PEER_MARK`;
 * without that mark (e.g. `next dev`) the header is ignored and the peer is unknown.
 */
export const PEER_HEADER = 'x-gridwatch-peer';
export const PEER_MARK = Symbol.for('gridwatch.peer-header-set');

/** What to call a client whose address is unknown: all of them share one key (limits bind, never loosen). */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * An address as one spelling: IPv4-mapped IPv6 (`::ffff:10.0.0.1`, how Node reports IPv4 peers on a
 * dual-stack socket) becomes plain IPv4, IPv6 lower-cased; anything that is not an address, undefined.
 *
 * @example
 * normalizeAddress('::ffff:203.0.113.7') // → '203.0.113.7'
 * normalizeAddress('not an address') // → undefined
 */
export function normalizeAddress(value: string | undefined): string | undefined {
  const address = value?.trim().replace(/^\[(.*)\]$/, '$1');
  if (!address) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  const family = isIP(address);
  if (family === 4) return address;
  if (family === 6) return address.toLowerCase();
  return undefined;
}

/**
 * A matcher for a list of addresses and CIDR ranges (`10.0.0.0/8`, `::1`).
 *
 * @example
 * trustedMatcher(['10.0.0.0/8'])('10.1.2.3') // → true
 */
export function trustedMatcher(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    const bits = prefix === undefined ? (family === 'ipv6' ? 128 : 32) : Number(prefix);
    list.addSubnet(address, bits, family);
  }
  return (address) => entries.length > 0 && list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address: the connection's peer, unless the peer is a trusted proxy — then the right-most
 * X-Forwarded-For hop that is not a trusted proxy (hops further left were written by whoever the client
 * is, and prove nothing). A malformed hop stops the walk at the trusted proxy that reported it; a chain
 * of trusted proxies only gives its left-most hop.
 *
 * @example
 * resolveClientAddress({ peer: '10.0.0.2', forwardedFor: '1.1.1.1, 203.0.113.7', isTrusted: (a) => a.startsWith('10.') }) // → '203.0.113.7'
 * resolveClientAddress({ peer: '203.0.113.7', forwardedFor: '1.1.1.1', isTrusted: () => false }) // → '203.0.113.7'
 */
export function resolveClientAddress(input: { peer: string | undefined; forwardedFor: string | null; isTrusted: (address: string) => boolean }): string {
  let client = normalizeAddress(input.peer);
  if (!client) return UNKNOWN_CLIENT;
  const hops = (input.forwardedFor ?? '').split(',');
  while (input.isTrusted(client) && hops.length > 0) {
    const hop = hops.pop()?.trim();
    if (!hop) continue;
    const address = normalizeAddress(hop);
    if (!address) break;
    client = address;
  }
  return client;
}

const isTrustedProxy = trustedMatcher(settings.trustedProxies);

/** Whether this process serves through lib/cli/serve.mjs, which sets the peer header itself. */
export const isPeerHeaderSet = (): boolean => (globalThis as Record<symbol, unknown>)[PEER_MARK] === true;

/**
 * The rate-limit and lockout key of a request: its client address (`resolveClientAddress`) under the
 * `GRIDWATCH_TRUSTED_PROXIES` setting.
 */
export function clientKey(headers: Headers): string {
  const peer = isPeerHeaderSet() ? (headers.get(PEER_HEADER) ?? undefined) : undefined;
  return resolveClientAddress({ peer, forwardedFor: headers.get('x-forwarded-for'), isTrusted: isTrustedProxy });
}
