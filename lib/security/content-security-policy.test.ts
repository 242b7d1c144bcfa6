import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('contentSecurityPolicy', () => {
  it('lets only our scripts and nonce-carrying inline scripts run, and refuses framing', () => {
    const policy = contentSecurityPolicy({ nonce: 'n0nce', isDevelopment: false });
    expect(directive(policy, 'script-src')).toBe("script-src 'self' 'nonce-n0nce'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'worker-src')).toBe("worker-src 'self' blob:");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
  });

  it('allows eval only in development', () => {
    expect(directive(contentSecurityPolicy({ nonce: 'x', isDevelopment: true }), 'script-src')).toContain("'unsafe-eval'");
  });

  it('admits the origin of an external basemap, and nothing for a local one', () => {
    const remote = contentSecurityPolicy({ nonce: 'x', isDevelopment: false, mapStyle: 'pmtiles://https://tiles.example.gov/city.pmtiles' });
    expect(directive(remote, 'connect-src')).toBe("connect-src 'self' https://tiles.example.gov");
    const local = contentSecurityPolicy({ nonce: 'x', isDevelopment: false, mapStyle: 'pmtiles:///tiles/city.pmtiles' });
    expect(directive(local, 'connect-src')).toBe("connect-src 'self'");
  });
});
