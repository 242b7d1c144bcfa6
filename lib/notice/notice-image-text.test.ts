import { describe, expect, it } from 'vitest';
import type { CaseNotice } from './case-notice-text';
import { noticeImageText } from './notice-image-text';

const notice = (visits: CaseNotice['visits']): CaseNotice => ({ caseCode: 'C-009', classification: 'confirmed', reportedAt: '2020-03-08T00:00:00Z', publishedAt: null, visits });
const visit = (start: string, end: string, place: string | null, isMovement = false) => ({ start, end, place, isMovement });

describe('noticeImageText', () => {
  it('dates the visits in the district’s zone, not UTC', () => {
    // 16:30 UTC on the 6th is 01:30 on the 7th in Seoul.
    const text = noticeImageText(notice([visit('2020-03-06T16:30:00Z', '2020-03-06T17:00:00Z', 'Market')]), 'Asia/Seoul', 10);
    expect(text.days).toBe('2020-03-07');
    expect(text.zone).toBe('GMT+9 · Asia/Seoul');
    expect(text.rows).toEqual([{ number: 1, when: '7 Mar 01:30–02:00', place: 'Market' }]);
  });

  it('spans the first start to the last end, in order, whatever order the visits come in', () => {
    const text = noticeImageText(
      notice([visit('2020-03-08T01:00:00Z', '2020-03-08T02:00:00Z', 'Station'), visit('2020-03-07T01:00:00Z', '2020-03-07T02:00:00Z', 'Restaurant · Deungchon-dong')]),
      'Asia/Seoul',
      10,
    );
    expect(text.days).toBe('2020-03-07 – 2020-03-08');
    expect(text.rows.map((row) => row.place)).toEqual(['Restaurant · Deungchon-dong', 'Station']);
  });

  it('leaves out a name the Latin font cannot draw, keeping its number and times', () => {
    const text = noticeImageText(notice([visit('2020-03-07T01:00:00Z', '2020-03-07T02:00:00Z', '登村洞 餐厅'), visit('2020-03-07T03:00:00Z', '2020-03-07T04:00:00Z', null, true)]), 'Asia/Seoul', 10);
    expect(text.rows).toEqual([
      { number: 1, when: '7 Mar 10:00–11:00', place: '' },
      { number: 2, when: '7 Mar 12:00–13:00', place: 'travelling: on the move' },
    ]);
  });

  it('writes a movement’s arrow as a dash the font has', () => {
    const text = noticeImageText(notice([visit('2020-03-07T01:00:00Z', '2020-03-07T02:00:00Z', 'Travel · Guro-dong → Gasan-dong', true)]), 'Asia/Seoul', 10);
    expect(text.rows[0].place).toBe('travelling: Travel · Guro-dong – Gasan-dong');
  });

  it('lists at most maxRows rows, the last saying how many more', () => {
    const visits = Array.from({ length: 15 }, (_, i) => visit(`2020-03-07T0${Math.floor(i / 6)}:${String((i % 6) * 10).padStart(2, '0')}:00Z`, `2020-03-07T0${Math.floor(i / 6)}:${String((i % 6) * 10 + 5).padStart(2, '0')}:00Z`, `Place ${i + 1}`));
    const text = noticeImageText(notice(visits), 'Asia/Seoul', 12);
    expect(text.rows).toHaveLength(11);
    expect(text.more).toBe(4);
    expect(noticeImageText(notice(visits.slice(0, 12)), 'Asia/Seoul', 12).more).toBe(0);
  });
});
