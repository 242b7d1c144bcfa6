import { describe, expect, it } from 'vitest';
import { addressWarning, zoneTextWarning } from './looks-like-address';

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
    ['莲花路88号 张女士 13812345678', /mobile phone/],
    ['菜场 身份证 310104199001011234', /ID number/],
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

describe('zoneTextWarning', () => {
  it.each([
    ['阳性：310104199001011234', /Chinese ID number/],
    ['31010419900101123X', /Chinese ID number/],
    ['姓名 王某', /name or ID field/],
    ['联系人 138 1234 5678', /mobile phone/],
    ['+86 13812345678', /mobile phone/],
    ['call 138-1234-5678 for deliveries', /mobile phone/],
    ['居委 021-64381234', /area code/],
    ['(021) 64381234', /area code/],
    ['联系电话：6438 1234', /phone number/],
    ['Phone 6438-1234', /phone number/],
    ['report to wang.li@example.cn', /email/],
    ['3号楼 501室 阳性', /room or flat/],
    ['12号502 密接', /house and flat/],
    ['莲花路1500弄12号', /lane and house/],
    ['5楼 已消杀', /floor/],
    ['Room 1203 positive', /apartment, unit or room/],
  ])('warns for %s', (text, reason) => {
    expect(zoneTextWarning(text)).toMatch(reason);
  });

  it.each([
    '幸福小区 3号楼 封控',
    '梅陇三村 12栋 2单元',
    'Block 3 sealed until 2022-04-14',
    '封控至2022年4月14日 24时，物资由居委统一配送',
    '管控区 · 12345 市民热线',
    '核酸检测 第3轮 4月2日 8:00-11:00',
    'Precaution area around Lianhua Market (500 m)',
    '',
    null,
  ])('does not warn for %s', (text) => {
    expect(zoneTextWarning(text)).toBeNull();
  });
});
