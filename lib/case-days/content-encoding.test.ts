import { describe, expect, it } from 'vitest';
import { pickContentEncoding } from './content-encoding';

describe('pickContentEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(pickContentEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickContentEncoding('gzip, deflate')).toBe('gzip');
    expect(pickContentEncoding('gzip;q=1, br;q=0')).toBe('gzip');
    expect(pickContentEncoding('*')).toBe('br');
    expect(pickContentEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(pickContentEncoding(null)).toBe('identity');
    expect(pickContentEncoding('identity')).toBe('identity');
  });
});
