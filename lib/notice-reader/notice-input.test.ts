import { describe, expect, it } from 'vitest';
import { readNoticeInput } from './notice-input';

const today = { year: 2026, month: 12, day: 5 };

describe('readNoticeInput', () => {
  it('accepts a notice with its publication day and city', () => {
    expect(readNoticeInput({ text: '1月19日到汕头站', published: '2020-02-10', region: ' 汕头市 ' }, { today })).toEqual({
      input: { text: '1月19日到汕头站', published: { year: 2020, month: 2, day: 10 }, region: '汕头市' },
    });
  });
  it.each([
    [{ published: '2020-02-10' }, 'notice.text-invalid'],
    [{ text: '   ', published: '2020-02-10' }, 'notice.text-invalid'],
    [{ text: 'a\u0000b', published: '2020-02-10' }, 'notice.text-invalid'],
    [{ text: 'x'.repeat(20_001), published: '2020-02-10' }, 'notice.text-invalid'],
    [{ text: '1月19日', published: '2020-02-30' }, 'notice.published-invalid'],
    [{ text: '1月19日', published: '10000-01-01' }, 'notice.published-invalid'],
    [{ text: '1月19日', published: '2027-01-01' }, 'notice.published-invalid'],
    [{ text: '1月19日', published: 20200210 }, 'notice.published-invalid'],
    [{ text: '1月19日', published: '2020-02-10', region: 'x'.repeat(41) }, 'notice.region-invalid'],
    [null, 'notice.text-invalid'],
  ])('refuses %j with %s', (body, code) => {
    expect(readNoticeInput(body, { today })).toMatchObject({ code });
  });
});
