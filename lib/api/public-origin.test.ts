import { describe, expect, it } from 'vitest';
import { parseSettings } from '@/lib/env';
import { publicOrigin } from './public-origin';

describe('publicOrigin', () => {
  it('takes the configured address over any header', () => {
    expect(publicOrigin(new Headers({ host: 'localhost:3000', 'x-forwarded-host': 'proxy.example' }), 'https://gw.example.org')).toBe('https://gw.example.org');
  });

  it('takes the first forwarded host and protocol behind a proxy', () => {
    const headers = new Headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'gw.example.org, inner.example', 'x-forwarded-proto': 'https, http' });
    expect(publicOrigin(headers)).toBe('https://gw.example.org');
  });

  it('falls back to the request’s host over http, and to localhost without one', () => {
    expect(publicOrigin(new Headers({ host: 'gw.local:3000' }))).toBe('http://gw.local:3000');
    expect(publicOrigin(new Headers({ host: 'gw.local', 'x-forwarded-proto': 'javascript' }))).toBe('http://gw.local');
    expect(publicOrigin(new Headers())).toBe('http://localhost');
  });
});

describe('GRIDWATCH_PUBLIC_URL', () => {
  it('is read without a trailing slash, and refused when it is not a bare http(s) address', () => {
    expect(parseSettings({ GRIDWATCH_PUBLIC_URL: 'https://gw.example.org/' }).publicOrigin).toBe('https://gw.example.org');
    expect(parseSettings({}).publicOrigin).toBeUndefined();
    expect(() => parseSettings({ GRIDWATCH_PUBLIC_URL: 'gw.example.org' })).toThrow(/GRIDWATCH_PUBLIC_URL must be the site’s address/);
    expect(() => parseSettings({ GRIDWATCH_PUBLIC_URL: 'https://gw.example.org/check?x=1' })).toThrow(/GRIDWATCH_PUBLIC_URL/);
  });
});
