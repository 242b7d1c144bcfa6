import { describe, expect, it } from 'vitest';
import { readNewUser } from './new-user-input';

describe('readNewUser', () => {
  it('accepts a valid user and trims the name', () => {
    expect(readNewUser({ username: ' wang.li ', role: 'official', password: 'a long enough password' })).toEqual({
      user: { username: 'wang.li', role: 'official', password: 'a long enough password' },
    });
  });

  it.each([
    [{ username: 'w', role: 'staff', password: 'a long enough password' }, 'username'],
    [{ username: 'wang li', role: 'staff', password: 'a long enough password' }, 'username'],
    [{ username: 'wang', role: 'mayor', password: 'a long enough password' }, 'role'],
    [{ username: 'wang', role: 'staff', password: 'short' }, 'password'],
    [{ username: 'wang', role: 'staff', password: 42 }, 'password'],
    [{ username: 'wang', role: 'staff', password: 'a long enough password', isAdmin: true }, '(body)'],
    [null, '(body)'],
  ])('refuses %j naming %s', (input, field) => {
    const result = readNewUser(input);
    expect('problem' in result && result.problem.field).toBe(field);
  });

  it('says why in both languages', () => {
    const result = readNewUser({ username: 'w', role: 'staff', password: 'a long enough password' });
    expect('problem' in result && result.problem.params).toEqual({ field: 'username', reason: { 'zh-CN': expect.stringContaining('2–100 个字母'), en: expect.stringContaining('2–100 letters') } });
  });
});
