import { describe, expect, it } from 'vitest';
import { pickLocale, translate } from './locale';
import { messages } from './messages';

describe('pickLocale', () => {
  it.each([
    [{}, 'zh-CN'],
    [{ acceptLanguage: 'zh-CN,zh;q=0.9,en;q=0.8' }, 'zh-CN'],
    [{ acceptLanguage: 'zh-TW' }, 'zh-CN'],
    [{ acceptLanguage: 'en-US,en;q=0.9' }, 'en'],
    [{ acceptLanguage: 'ko-KR,ko;q=0.9,en;q=0.5,zh;q=0.4' }, 'en'],
    [{ acceptLanguage: 'fr;q=0.9, zh;q=0.8, en;q=0.2' }, 'zh-CN'],
    [{ acceptLanguage: 'en;q=0, zh;q=0.5' }, 'zh-CN'],
    [{ acceptLanguage: 'de' }, 'zh-CN'],
    [{ cookie: 'en', acceptLanguage: 'zh-CN' }, 'en'],
    [{ cookie: 'xx', acceptLanguage: 'en' }, 'en'],
  ])('%j → %s', (input, expected) => {
    expect(pickLocale(input)).toBe(expected);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'counts', { zones: 3, cases: 12, communities: 40 })).toBe('3 zones in force · 12 cases · 40 communities');
    expect(translate('zh-CN', 'counts', { zones: 3 })).toBe('3 个区域生效中 · {cases} 例病例 · {communities} 个社区');
  });

  it('has every key in both languages, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages['zh-CN']).sort());
    for (const table of Object.values(messages)) expect(Object.values(table).every((text) => text.trim().length > 0)).toBe(true);
  });
});
