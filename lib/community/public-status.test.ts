import { describe, expect, it } from 'vitest';
import { evaluateNoEpidemic, type CommunityEvents } from './no-epidemic';
import { publicCaseTime, toPublicEvents } from './public-status';

const seoul = { timeZone: 'Asia/Seoul', delayHours: 0 };

describe('publicCaseTime', () => {
  it('is the local midnight after the report day, plus the delay', () => {
    expect(publicCaseTime(new Date('2020-03-10T05:13:00Z'), seoul).toISOString()).toBe('2020-03-10T15:00:00.000Z');
    // 23:59 local on 10 March and 00:00 local on 10 March both go public at 11 March 00:00.
    expect(publicCaseTime(new Date('2020-03-10T14:59:00Z'), seoul).toISOString()).toBe('2020-03-10T15:00:00.000Z');
    expect(publicCaseTime(new Date('2020-03-09T15:00:00Z'), seoul).toISOString()).toBe('2020-03-10T15:00:00.000Z');
    expect(publicCaseTime(new Date('2020-03-10T05:13:00Z'), { ...seoul, delayHours: 36 }).toISOString()).toBe('2020-03-12T03:00:00.000Z');
  });
});

describe('toPublicEvents', () => {
  const reportedAt = new Date('2020-03-10T05:13:00Z');
  const events: CommunityEvents = {
    communityId: 1,
    cases: [{ at: reportedAt, caseCode: 'C-1', how: 'lives' }],
    zones: [],
    roundDays: [{ testedOn: '2020-02-20', peopleTested: 100, positives: 0 }],
  };
  const options = { days: 14, timeZone: 'Asia/Seoul' };

  it('keeps the public status unchanged across the report time until the day boundary', () => {
    const statusAt = (iso: string) => {
      const at = new Date(iso);
      const result = evaluateNoEpidemic(toPublicEvents(events, at, seoul), at, options);
      return { isNoEpidemic: result.isNoEpidemic, since: result.since, reasons: result.reasons.map((r) => [r.code, r.eventAt, r.until]) };
    };
    const before = statusAt('2020-03-10T05:12:59Z');
    expect(before.isNoEpidemic).toBe(true);
    // Stepping across the report time, minute by minute, to the last instant of the local day: no change.
    for (const t of ['2020-03-10T05:13:00Z', '2020-03-10T05:14:00Z', '2020-03-10T10:00:00Z', '2020-03-10T14:59:59.999Z']) expect(statusAt(t), t).toEqual(before);
    const after = statusAt('2020-03-10T15:00:00Z');
    expect(after.isNoEpidemic).toBe(false);
    // The times it shows are local midnights, not the report time.
    expect(after.reasons).toEqual([['case-recently', '2020-03-10T15:00:00.000Z', '2020-03-24T15:00:00.000Z']]);
  });

  it('does not mutate its input', () => {
    toPublicEvents(events, new Date('2020-04-01T00:00:00Z'), seoul);
    expect(events.cases[0].at).toBe(reportedAt);
  });
});
