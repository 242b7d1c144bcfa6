import { describe, expect, it } from 'vitest';
import { buildDailyReport, dailyReportSheet, type DailyReportCommunity } from './daily-report';

const TZ = 'Asia/Shanghai';
const t = (local: string) => new Date(`${local}+08:00`);
const OPTIONS = { days: 14, timeZone: TZ, now: t('2022-04-20T12:00:00') };

// Hand-counted: on 2022-04-05 (Shanghai), 和平 had cases C-1 (lives; reported 09:00) and C-2 (visited, 23:59),
// C-1 counted once though it both lives and visited; C-3 was reported 04-04 23:59 and C-4 on 04-06 00:00,
// both outside the day. Zones over 和平: one sealed in force, one controlled lifted at 20:00 that day, one
// precaution from 04-06. Rounds that day: community-wide 1200/2 and a grid cell 300/0; 04-04's round not counted.
const hepingZones: DailyReportCommunity['kindedZones'] = [
  { zoneId: 1, kind: 'sealed', effectiveFrom: t('2022-04-01T00:00:00'), liftedAt: null },
  { zoneId: 2, kind: 'controlled', effectiveFrom: t('2022-04-01T00:00:00'), liftedAt: t('2022-04-05T20:00:00') },
  { zoneId: 3, kind: 'precaution', effectiveFrom: t('2022-04-06T00:00:00'), liftedAt: null },
];
const heping: DailyReportCommunity = {
  communityId: 1,
  code: '310106-001',
  name: '和平社区',
  district: '静安区',
  cases: [
    { at: t('2022-04-05T09:00:00'), caseCode: 'C-1', how: 'lives' },
    { at: t('2022-04-05T09:00:00'), caseCode: 'C-1', how: 'visited' },
    { at: t('2022-04-05T23:59:00'), caseCode: 'C-2', how: 'visited' },
    { at: t('2022-04-04T23:59:00'), caseCode: 'C-3', how: 'lives' },
    { at: t('2022-04-06T00:00:00'), caseCode: 'C-4', how: 'lives' },
  ],
  zones: hepingZones,
  kindedZones: hepingZones,
  roundDays: [
    { testedOn: '2022-04-05', peopleTested: 1200, positives: 2, gridCellId: null },
    { testedOn: '2022-04-05', peopleTested: 300, positives: 0, gridCellId: 7 },
    { testedOn: '2022-04-04', peopleTested: 999, positives: 9, gridCellId: null },
  ],
};
// Quiet since March: tested negative on 03-01, no case, no zone → no-epidemic since 03-15.
const anping: DailyReportCommunity = {
  communityId: 2,
  code: '310106-002',
  name: '安平社区',
  district: '静安区',
  cases: [],
  zones: [],
  kindedZones: [],
  roundDays: [{ testedOn: '2022-03-01', peopleTested: 500, positives: 0, gridCellId: null }],
};

describe('buildDailyReport', () => {
  it('counts each community’s day as by hand', () => {
    const rows = buildDailyReport([heping, anping], '2022-04-05', OPTIONS);
    expect(rows).toEqual([
      { district: '静安区', communityCode: '310106-001', community: '和平社区', newCases: 2, zonesInForce: { sealed: 1, controlled: 0, precaution: 0 }, peopleTested: 1500, positives: 2, isNoEpidemic: false, noEpidemicSince: null },
      { district: '静安区', communityCode: '310106-002', community: '安平社区', newCases: 0, zonesInForce: { sealed: 0, controlled: 0, precaution: 0 }, peopleTested: 0, positives: 0, isNoEpidemic: true, noEpidemicSince: t('2022-03-15T00:00:00').toISOString() },
    ]);
  });

  it('evaluates today at now, not at the end of the day', () => {
    const rows = buildDailyReport([heping], '2022-04-05', { ...OPTIONS, now: t('2022-04-05T12:00:00') });
    expect(rows[0].zonesInForce).toEqual({ sealed: 1, controlled: 1, precaution: 0 });
  });

  it('writes a sheet with Chinese headers and 是/否', () => {
    const sheet = dailyReportSheet(buildDailyReport([anping], '2022-04-05', OPTIONS), '2022-04-05', (iso) => iso.slice(0, 10));
    expect(sheet[0][0]).toBe('日期');
    expect(sheet[1]).toEqual(['2022-04-05', '静安区', '310106-002', '安平社区', 0, 0, 0, 0, 0, 0, '是', '2022-03-14']);
  });
});
