import { describe, expect, it } from 'vitest';
import { telHref } from './tel-href';

describe('telHref', () => {
  it('drops the separators people type and keeps the digits in order', () => {
    expect(telHref('010-0000-5001')).toBe('tel:01000005001');
    expect(telHref(' (02) 555 0123 ')).toBe('tel:025550123');
    expect(telHref('0755.8888.1234')).toBe('tel:075588881234');
  });

  it('keeps a leading + for international numbers', () => {
    expect(telHref('+86 20 1234 5678')).toBe('tel:+862012345678');
  });

  it('folds full-width digits, plus and spaces from Chinese input methods', () => {
    expect(telHref('＋８６　２０－１２３４５６７８')).toBe('tel:+862012345678');
  });

  it('accepts short service numbers such as 110 and 12345', () => {
    expect(telHref('12345')).toBe('tel:12345');
    expect(telHref('110')).toBe('tel:110');
  });

  it('refuses what is not a dialable number rather than linking something else', () => {
    expect(telHref('')).toBeUndefined();
    expect(telHref('12')).toBeUndefined();
    expect(telHref('call 010-0000')).toBeUndefined();
    expect(telHref('010+0000')).toBeUndefined();
    expect(telHref('javascript:alert(1)')).toBeUndefined();
    expect(telHref('1'.repeat(21))).toBeUndefined();
  });
});
