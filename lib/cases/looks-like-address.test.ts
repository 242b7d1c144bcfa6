import { describe, expect, it } from 'vitest';
import { addressWarning } from './looks-like-address';

describe('addressWarning', () => {
  it.each([
    ['幸福小区 3号楼 2单元 501室', /号楼/],
    ['梅陇三村 12栋', /栋/],
    ['2单元', /单元/],
    ['1201室', /室/],
    ['Apt 4, Guro Mansion', /apartment/],
    ['Unit 12', /apartment/],
    ['Room 305, Hotel', /apartment/],
    ['Block B #1203', /number sign/],
    ['221B Baker Street', /street address/],
    ['구로동 101동 1203호', /Korean/],
  ])('warns for %s', (place, reason) => {
    expect(addressWarning(place)).toMatch(reason);
  });

  it.each(['Lianhua Road Market', '联华超市（莲花路店）', 'Guro-gu call centre, 11th floor', 'Sindorim station', 'Restaurant · Deungchon-dong', '', null])(
    'does not warn for %s',
    (place) => {
      expect(addressWarning(place)).toBeNull();
    },
  );
});
