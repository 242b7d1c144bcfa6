import { describe, expect, it } from 'vitest';
import { isServerUnavailable } from './read-db';

const withCode = (code: string) => Object.assign(new Error(code), { code });

describe('isServerUnavailable', () => {
  it('is true for a server that cannot answer now', () => {
    for (const code of ['ECONNREFUSED', 'CONNECTION_CLOSED', 'CONNECT_TIMEOUT', '57P01', '57P03', '40001', '08006']) expect(isServerUnavailable(withCode(code))).toBe(true);
    expect(isServerUnavailable(new Error('x', { cause: withCode('ECONNRESET') }))).toBe(true);
  });
  it('is false for a query that is wrong (another server would refuse it too)', () => {
    for (const code of ['42P01', '22P02', '23505']) expect(isServerUnavailable(withCode(code))).toBe(false);
    expect(isServerUnavailable(new Error('no code'))).toBe(false);
    expect(isServerUnavailable(undefined)).toBe(false);
  });
});
