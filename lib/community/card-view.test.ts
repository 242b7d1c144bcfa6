import { describe, expect, it } from 'vitest';
import { communityCardView, coveragePercent } from './card-view';
import type { CommunityCard } from './community-card';

const card: CommunityCard = {
  id: 7,
  code: '11530102',
  name: '<img src=x onerror=alert(1)> Guro-dong',
  district: 'Guro-gu',
  population: 20_000,
  at: '2020-03-12T03:00:00.000Z',
  contacts: [
    { id: 3, label: 'Medical help 就医', phone: '010-0000-5001' },
    { id: 1, label: 'Supplies', phone: 'gate office' },
  ],
  gridCells: [
    { id: 11, name: 'Grid 1', worker: 'Demo Worker 01', workerPhone: '010-0000-0001' },
    { id: 12, name: 'Grid 2', worker: null, workerPhone: null },
  ],
  zones: [
    { id: 2, kind: 'precaution', name: 'Wide', since: '2020-03-09T11:00:00.000Z', plannedLift: null },
    { id: 1, kind: 'sealed', name: 'Compound', since: '2020-03-09T11:00:00.000Z', plannedLift: '2020-03-23T11:00:00.000Z' },
  ],
  latestRound: { roundNumber: 4, testedOn: '2020-03-11', peopleTested: 18_450, positives: 0, gridCellCount: null },
  status: { isNoEpidemic: false, since: null, reasons: ['zone-in-force', 'something new'] },
};

describe('coveragePercent', () => {
  it('is people tested over population, to one decimal', () => {
    expect(coveragePercent(18_450, 20_000)).toBe(92.3);
    expect(coveragePercent(0, 20_000)).toBe(0);
    expect(coveragePercent(21_000, 20_000)).toBe(105);
  });

  it('is undefined without a population to divide by', () => {
    expect(coveragePercent(10, null)).toBeUndefined();
    expect(coveragePercent(10, 0)).toBeUndefined();
  });
});

describe('communityCardView', () => {
  it('keeps contacts in the order staff set, each with a tel: link when dialable', () => {
    const view = communityCardView(card, 'en', 'Asia/Seoul');
    expect(view.contacts).toEqual([
      { key: 3, label: 'Medical help 就医', phone: { text: '010-0000-5001', href: 'tel:01000005001' } },
      { key: 1, label: 'Supplies', phone: { text: 'gate office', href: undefined } },
    ]);
  });

  it('passes staff-entered text through as text, unchanged (the component never renders HTML)', () => {
    expect(communityCardView(card, 'en', 'Asia/Seoul').title).toBe('<img src=x onerror=alert(1)> Guro-dong');
  });

  it('lists grid workers with their phone link, and says when none is entered', () => {
    const view = communityCardView(card, 'en', 'Asia/Seoul');
    expect(view.gridCells[0]).toEqual({ key: 11, name: 'Grid 1', worker: 'Demo Worker 01', phone: { text: '010-0000-0001', href: 'tel:01000000001' } });
    expect(view.gridCells[1]).toEqual({ key: 12, name: 'Grid 2', worker: 'no worker entered', phone: undefined });
  });

  it('orders zones by severity and shows since and planned lift in the community time zone', () => {
    const view = communityCardView(card, 'en', 'Asia/Seoul');
    expect(view.zones.map((z) => z.title)).toEqual(['Sealed zone · Compound', 'Precaution zone · Wide']);
    expect(view.zones[0].since).toBe('since 09/03/2020, 20:00 GMT+9');
    expect(view.zones[0].plannedLift).toBe('planned lift 23/03/2020, 20:00 GMT+9');
    expect(view.zones[1].plannedLift).toBeUndefined();
  });

  it('gives the latest round with coverage against the population', () => {
    const view = communityCardView(card, 'en', 'Asia/Seoul');
    expect(view.round).toEqual({ title: 'Round 4 · 11/03/2020', coverage: '18,450 tested of 20,000 people (92.3% coverage)', positives: 'all negative', isPositive: false });
    const zh = communityCardView({ ...card, latestRound: { ...card.latestRound!, positives: 2, gridCellCount: 3 } }, 'zh-CN', 'Asia/Seoul');
    expect(zh.round).toEqual({ title: '第 4 轮 · 2020/03/11（3 个网格）', coverage: '已检 18,450 人 / 人口 20,000（覆盖 92.3%）', positives: '阳性 2 人', isPositive: true });
  });

  it('says when there is no population to compare with, and when there is no round', () => {
    expect(communityCardView({ ...card, population: null }, 'en', 'UTC').round?.coverage).toBe('18,450 tested (population unknown)');
    expect(communityCardView({ ...card, latestRound: null }, 'en', 'UTC').round).toBeUndefined();
  });

  it('explains a missing status with known reasons in words and unknown ones as given', () => {
    expect(communityCardView(card, 'en', 'UTC').status).toEqual({ isNoEpidemic: false, text: 'Not a no-epidemic community yet', detail: 'a zone is in force; something new' });
    const ok = communityCardView({ ...card, status: { isNoEpidemic: true, since: '2020-03-25T11:00:00.000Z', reasons: [] } }, 'zh-CN', 'Asia/Seoul');
    expect(ok.status).toEqual({ isNoEpidemic: true, text: '无疫社区', detail: '自 2020/03/25 20:00 GMT+9 起' });
  });

  it('does not change its input', () => {
    const copy = structuredClone(card);
    communityCardView(card, 'en', 'UTC');
    expect(card).toEqual(copy);
  });
});
