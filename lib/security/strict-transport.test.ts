import { describe, expect, it } from 'vitest';
import { strictTransportSecurity } from './strict-transport';

describe('strictTransportSecurity', () => {
  it('asks for HTTPS for a year when the public origin is https', () => {
    expect(strictTransportSecurity('https://gw.example.org')).toBe('max-age=31536000');
    expect(strictTransportSecurity('HTTPS://GW.example.org')).toBe('max-age=31536000');
  });
  it('sends nothing for an http or unset public origin', () => {
    expect(strictTransportSecurity('http://gw.example.org')).toBeUndefined();
    expect(strictTransportSecurity(undefined)).toBeUndefined();
  });
});
