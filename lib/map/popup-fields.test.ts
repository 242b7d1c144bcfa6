import { describe, expect, it } from 'vitest';
import { popupFields } from './popup-fields';

describe('popupFields', () => {
  it('shows a case visit with its place, local time range and the generated-time note', () => {
    const fields = popupFields(
      'case-tracks',
      { caseCode: 'C-003', place: 'Store · Guro-dong', start: '2020-03-08T01:30:00Z', end: '2020-03-08T02:15:00Z', classification: 'confirmed', timeGenerated: true },
      'en',
      'Asia/Seoul',
    );
    expect(fields).toEqual({
      title: 'Case C-003',
      rows: [
        ['Place', 'Store · Guro-dong'],
        ['Time', '08/03/2020, 10:30 – 11:15 GMT+9'],
        ['Classification', 'confirmed'],
      ],
      note: 'The source gives dates only; times of day are illustrative',
      link: { href: '/notices/C-003', label: 'Case activity notice' },
    });
  });

  it('shows a low-zoom tile feature (case only, no place or times) with its case and a hint to zoom in', () => {
    const fields = popupFields('case-tracks', { caseCode: 'C-003', classification: 'asymptomatic' }, 'en', 'Asia/Seoul');
    expect(fields).toEqual({
      title: 'Case C-003',
      rows: [['Classification', 'asymptomatic']],
      note: 'Zoom in for places and times',
      link: { href: '/notices/C-003', label: 'Case activity notice' },
    });
    expect(popupFields('case-tracks', { caseCode: 'C-003', classification: 'confirmed' }, 'zh-CN', 'Asia/Shanghai')?.note).toBe('放大地图可查看地点和时间');
  });

  it('keeps user text as it is (the client renders it as text, so markup stays inert)', () => {
    const fields = popupFields('zones', { kind: 'sealed', name: '<img src=x onerror=alert(1)>', effectiveFrom: '2020-03-08T00:00:00Z' }, 'zh-CN', 'Asia/Shanghai');
    expect(fields?.title).toBe('封控区 · <img src=x onerror=alert(1)>');
    expect(fields?.rows).toEqual([['生效时间', '2020/03/08 08:00 GMT+8']]);
  });

  it('has no popup for unknown sources', () => {
    expect(popupFields('countries', {}, 'en', 'UTC')).toBeUndefined();
  });
});
