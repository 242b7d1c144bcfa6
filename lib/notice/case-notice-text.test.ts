import { describe, expect, it } from 'vitest';
import { caseNoticeText, noticeSummary, type CaseNotice } from './case-notice-text';

const notice: CaseNotice = {
  caseCode: 'C-009',
  classification: 'confirmed',
  reportedAt: '2020-03-09T11:00:00Z',
  publishedAt: '2020-03-09T12:00:00Z',
  visits: [
    { place: 'Restaurant · Deungchon-dong', start: '2020-03-07T01:30:00Z', end: '2020-03-07T03:20:00Z', isMovement: false },
    { place: null, start: '2020-03-07T00:50:00Z', end: '2020-03-07T01:30:00Z', isMovement: true },
    { place: 'Hospital · Guro-dong', start: '2020-03-08T14:30:00Z', end: '2020-03-08T16:00:00Z', isMovement: false },
  ],
};

describe('caseNoticeText', () => {
  it('lists every place with its date and time, in time order, in Chinese', () => {
    const text = caseNoticeText(notice, 'zh-CN', 'Asia/Seoul', 'https://gw.example/check?case=C-009');
    expect(text.split('\n')).toEqual([
      '【病例活动轨迹通报】病例 C-009（确诊病例），2020年3月9日报告。',
      '活动轨迹（时间为 GMT+9 · Asia/Seoul）：',
      '1. 3月7日 09:50–10:30 途经：移动中',
      '2. 3月7日 10:30–12:20 Restaurant · Deungchon-dong',
      '3. 3月8日 23:30–3月9日 01:00 Hospital · Guro-dong',
      '凡在上述时间到过上述地点的居民，请立即向所在社区报告，尽快进行核酸检测，结果出来前非必要不外出。',
      '自查行程：https://gw.example/check?case=C-009',
      '发布日期：2020年3月9日',
    ]);
  });

  it('says the same in English', () => {
    const text = caseNoticeText(notice, 'en', 'Asia/Seoul', 'https://gw.example/check?case=C-009');
    expect(text).toContain('[Case activity notice] Case C-009 (confirmed), reported 9 Mar 2020.');
    expect(text).toContain('Places and times (GMT+9 · Asia/Seoul):');
    expect(text).toContain('2. 7 Mar 10:30–12:20 Restaurant · Deungchon-dong');
    expect(text).toContain('3. 8 Mar 23:30–9 Mar 01:00 Hospital · Guro-dong');
    expect(text).toContain('Check your own movements: https://gw.example/check?case=C-009');
  });

  it('prints only published fields even when the caller passes more', () => {
    const leaky = { ...notice, patientName: 'Kim Minji', phone: '010-9999-8888', homeAddress: '12 Guro-ro' } as CaseNotice;
    const text = caseNoticeText(leaky, 'en', 'Asia/Seoul', 'https://gw.example/check');
    expect(text).not.toMatch(/Kim|9999|Guro-ro/);
  });
});

describe('noticeSummary', () => {
  it('gives the days, the number of places, the zone and the first names for a link preview', () => {
    expect(noticeSummary(notice, 'zh-CN', 'Asia/Seoul')).toBe(
      '3月7日–3月9日 到过 3 个地点（时间为 GMT+9 · Asia/Seoul）：Restaurant · Deungchon-dong、Hospital · Guro-dong。到过的居民请自查并报备。',
    );
    expect(noticeSummary(notice, 'en', 'Asia/Seoul')).toContain('7 Mar–9 Mar: 3 places (GMT+9 · Asia/Seoul)');
  });
});
