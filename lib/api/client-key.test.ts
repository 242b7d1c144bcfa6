import { describe, expect, it } from 'vitest';
import { normalizeAddress, resolveClientAddress, trustedMatcher, UNKNOWN_CLIENT } from './client-key';

describe('normalizeAddress', () => {
  it('writes IPv4-mapped IPv6 as IPv4 and IPv6 in lower case', () => {
    expect(normalizeAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeAddress(' 2001:DB8::1 ')).toBe('2001:db8::1');
    expect(normalizeAddress('[2001:db8::1]')).toBe('2001:db8::1');
  });
  it('refuses what is not an address', () => {
    for (const value of ['', 'unknown', '1.2.3.4:5678', '999.1.1.1', 'a'.repeat(500), undefined]) expect(normalizeAddress(value)).toBeUndefined();
  });
});

describe('trustedMatcher', () => {
  it('matches CIDR ranges and single addresses of both families', () => {
    const isTrusted = trustedMatcher(['10.0.0.0/8', '127.0.0.1', 'fd00::/8']);
    expect(['10.255.0.1', '127.0.0.1', 'fd12::3'].map(isTrusted)).toEqual([true, true, true]);
    expect(['11.0.0.1', '127.0.0.2', '2001:db8::1'].map(isTrusted)).toEqual([false, false, false]);
  });
  it('trusts nothing when empty', () => {
    expect(trustedMatcher([])('127.0.0.1')).toBe(false);
  });
});

describe('resolveClientAddress', () => {
  const isTrusted = trustedMatcher(['10.0.0.0/8', '127.0.0.1']);

  it('ignores X-Forwarded-For when no proxy is trusted: the peer is the client', () => {
    expect(resolveClientAddress({ peer: '203.0.113.7', forwardedFor: '198.51.100.1', isTrusted: trustedMatcher([]) })).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For sent by a peer that is not a trusted proxy', () => {
    expect(resolveClientAddress({ peer: '203.0.113.7', forwardedFor: '198.51.100.1', isTrusted })).toBe('203.0.113.7');
  });

  it('takes the right-most hop that is not a trusted proxy, whatever the client wrote on the left', () => {
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '198.51.100.1, 203.0.113.7', isTrusted })).toBe('203.0.113.7');
    expect(resolveClientAddress({ peer: '::ffff:127.0.0.1', forwardedFor: 'forged, 1.1.1.1, 203.0.113.7, 10.0.0.3', isTrusted })).toBe('203.0.113.7');
  });

  it('stops at the proxy that reported a malformed hop', () => {
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '198.51.100.1, not-an-address', isTrusted })).toBe('127.0.0.1');
  });

  it('gives the left-most hop when every hop is a trusted proxy, and the peer without a header', () => {
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: '10.1.1.1, 10.0.0.2', isTrusted })).toBe('10.1.1.1');
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: null, isTrusted })).toBe('127.0.0.1');
    expect(resolveClientAddress({ peer: '127.0.0.1', forwardedFor: ' , ', isTrusted })).toBe('127.0.0.1');
  });

  it('calls a client whose peer address is unknown "unknown"', () => {
    expect(resolveClientAddress({ peer: undefined, forwardedFor: '203.0.113.7', isTrusted })).toBe(UNKNOWN_CLIENT);
    expect(resolveClientAddress({ peer: 'garbage', forwardedFor: '203.0.113.7', isTrusted })).toBe(UNKNOWN_CLIENT);
  });
});
