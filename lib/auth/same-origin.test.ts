import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './same-origin';

describe('isSameOrigin', () => {
  it('accepts the same host, with or without a port', () => {
    expect(isSameOrigin(new Headers({ host: '127.0.0.1:3310', origin: 'http://127.0.0.1:3310' }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: 'gw.example', referer: 'https://gw.example/staff/zones' }))).toBe(true);
  });
  it('refuses another site, another port, an opaque origin and garbage', () => {
    expect(isSameOrigin(new Headers({ host: 'gw.example', origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: 'gw.example:3310', origin: 'http://gw.example:3000' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: 'gw.example', origin: 'null' }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: 'gw.example', origin: '::' }))).toBe(false);
  });
  it('allows a request with no Origin or Referer (not a browser form)', () => {
    expect(isSameOrigin(new Headers({ host: 'gw.example' }))).toBe(true);
  });
});
