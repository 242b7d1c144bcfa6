import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { takeVersion, versionParam } from './read-version';

describe('takeVersion', () => {
  it('splits the version from the rest of the body', () => {
    expect(takeVersion({ version: 3, worker: 'Wang' })).toEqual({ version: 3, rest: { worker: 'Wang' } });
  });

  it.each([[{}], [{ version: 0 }], [{ version: '3' }], [{ version: 1.5 }], [null], [[1]], [{ version: 2 ** 31 }]])('refuses %j with record.version-required', (body) => {
    expect(() => takeVersion(body)).toThrowError(AppError);
    try {
      takeVersion(body);
    } catch (error) {
      expect((error as AppError).code).toBe('record.version-required');
      expect((error as AppError).status).toBe(422);
    }
  });
});

describe('versionParam', () => {
  it('reads ?version=N and refuses anything else', () => {
    expect(versionParam(new URLSearchParams('version=12'))).toBe(12);
    for (const bad of ['', 'version=', 'version=0', 'version=01', 'version=abc', 'version=-1']) expect(() => versionParam(new URLSearchParams(bad))).toThrowError(AppError);
  });
});
