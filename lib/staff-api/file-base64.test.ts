import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './file-base64';

describe('bytesToBase64', () => {
  it('encodes bytes as Node does, across chunk boundaries', () => {
    const bytes = new Uint8Array(100_001).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('UEsDBA==');
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});
