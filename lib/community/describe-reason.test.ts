import { describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n/messages';
import { NO_EPIDEMIC_REASONS } from './no-epidemic';
import { describeReason } from './describe-reason';

const formatDate = (iso: string) => iso.slice(0, 10);

describe('describeReason', () => {
  it('fills the dates and the days in both languages, for every reason code', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const code of NO_EPIDEMIC_REASONS) {
        const text = describeReason({ code, eventAt: '2022-08-25T12:00:00Z', until: '2022-09-08T12:00:00Z' }, messages[locale], { days: 14, formatDate });
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeGreaterThan(4);
      }
    }
    expect(describeReason({ code: 'case-recently', eventAt: '2022-08-25T12:00:00Z', until: '2022-09-08T12:00:00Z' }, messages.en, { days: 14, formatDate })).toBe(
      'a new case living or reported in it on 2022-08-25, less than 14 days ago (until 2022-09-08)',
    );
  });
});
