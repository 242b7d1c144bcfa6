import { describe, expect, it } from 'vitest';
import { countNoEpidemicByDay, evaluateNoEpidemic, noEpidemicHistory, type CommunityEvents } from './no-epidemic';

const options = { days: 14, timeZone: 'Asia/Shanghai' };
/** A local (UTC+8) instant. */
const at = (local: string) => new Date(`${local}+08:00`);
const negative = (testedOn: string) => ({ testedOn, peopleTested: 1200, positives: 0 });
const positive = (testedOn: string, positives = 1) => ({ testedOn, peopleTested: 1200, positives });
const community = (patch: Partial<CommunityEvents> = {}): CommunityEvents => ({ communityId: 7, cases: [], zones: [], roundDays: [negative('2022-08-01')], ...patch });
const codes = (events: CommunityEvents, instant: Date, days = 14) => evaluateNoEpidemic(events, instant, { ...options, days }).reasons.map((r) => r.code);

describe('evaluateNoEpidemic', () => {
  it('qualifies N days after its first negative round when nothing else happened, and says since when', () => {
    const result = evaluateNoEpidemic(community(), at('2022-08-20T09:00:00'), options);
    expect(result).toEqual({ isNoEpidemic: true, since: at('2022-08-15T00:00:00').toISOString(), expectedAt: at('2022-08-15T00:00:00').toISOString(), reasons: [] });
  });

  it('needs a testing round: none at all, or only rounds dated after the instant', () => {
    expect(codes(community({ roundDays: [] }), at('2022-09-01T00:00:00'))).toEqual(['no-testing-round']);
    expect(codes(community({ roundDays: [negative('2022-09-02')] }), at('2022-09-01T23:00:00'))).toEqual(['no-testing-round']);
    expect(evaluateNoEpidemic(community({ roundDays: [] }), at('2022-09-01T00:00:00'), options).expectedAt).toBeNull();
  });

  it('counts the negative round for N days, then qualifies exactly N days after the start of its day', () => {
    const events = community({ roundDays: [negative('2022-08-10')] });
    expect(codes(events, at('2022-08-23T23:59:59'))).toEqual(['negative-round-recent']);
    expect(evaluateNoEpidemic(events, at('2022-08-23T23:59:59'), options).expectedAt).toBe(at('2022-08-24T00:00:00').toISOString());
    expect(codes(events, at('2022-08-24T00:00:00'))).toEqual([]);
  });

  it('follows the setting: 5 days under the November 2022 rules', () => {
    const events = community({ roundDays: [negative('2022-11-12')] });
    expect(codes(events, at('2022-11-16T12:00:00'), 5)).toEqual(['negative-round-recent']);
    expect(codes(events, at('2022-11-17T00:00:00'), 5)).toEqual([]);
    expect(codes(events, at('2022-11-17T00:00:00'), 14)).toEqual(['negative-round-recent']);
  });

  it('is revoked at once by a positive latest round, from the start of its day, and needs a later negative day plus N days', () => {
    const events = community({ roundDays: [negative('2022-08-01'), positive('2022-08-20')] });
    expect(codes(events, at('2022-08-19T23:59:59'))).toEqual([]);
    expect(codes(events, at('2022-08-20T00:00:00'))).toEqual(['latest-round-positive']);
    const retested = community({ roundDays: [negative('2022-08-01'), positive('2022-08-20'), negative('2022-08-22')] });
    expect(codes(retested, at('2022-08-23T00:00:00'))).toEqual(['negative-round-recent']);
    expect(evaluateNoEpidemic(retested, at('2022-09-05T00:00:00'), options).since).toBe(at('2022-09-05T00:00:00').toISOString());
  });

  it('treats a day as positive when any grid cell tested positive that day, even if another cell was negative', () => {
    const events = community({ roundDays: [negative('2022-08-01'), negative('2022-08-20'), positive('2022-08-20')] });
    expect(codes(events, at('2022-08-21T00:00:00'))).toEqual(['latest-round-positive']);
    const cells = community({ roundDays: [negative('2022-08-01'), { ...negative('2022-08-20'), gridCellId: 2 }, { ...positive('2022-08-20'), gridCellId: 1 }] });
    expect(codes(cells, at('2022-08-21T00:00:00'))).toEqual(['latest-round-positive']);
  });

  it('keeps a grid cell’s positive open until that cell or the whole community tests negative on a later day', () => {
    const cell = (gridCellId: number, round: { testedOn: string; peopleTested: number; positives: number }) => ({ ...round, gridCellId });
    const aPositive = [negative('2022-08-01'), cell(1, positive('2022-08-05'))];
    // Cell 2 testing negative the days after does not clear cell 1.
    const otherCell = community({ roundDays: [...aPositive, cell(2, negative('2022-08-06')), cell(2, negative('2022-08-07'))] });
    expect(evaluateNoEpidemic(otherCell, at('2022-08-30T00:00:00'), options).reasons).toEqual([
      { code: 'latest-round-positive', eventAt: at('2022-08-05T00:00:00').toISOString(), until: null },
    ]);
    // Cell 1 negative on the 8th clears it: N days from the 8th.
    const retested = community({ roundDays: [...aPositive, cell(2, negative('2022-08-06')), cell(1, negative('2022-08-08'))] });
    expect(evaluateNoEpidemic(retested, at('2022-08-21T12:00:00'), options).reasons).toEqual([
      { code: 'negative-round-recent', eventAt: at('2022-08-08T00:00:00').toISOString(), until: at('2022-08-22T00:00:00').toISOString() },
    ]);
    expect(codes(retested, at('2022-08-22T00:00:00'))).toEqual([]);
    // A community-wide negative covers every cell.
    const wide = community({ roundDays: [...aPositive, negative('2022-08-09')] });
    expect(evaluateNoEpidemic(wide, at('2022-08-23T00:00:00'), options).since).toBe(at('2022-08-23T00:00:00').toISOString());
  });

  it('keeps a community-wide positive open until a community-wide negative, whatever single cells show', () => {
    const events = community({ roundDays: [negative('2022-08-01'), positive('2022-08-05'), { ...negative('2022-08-06'), gridCellId: 1 }, { ...negative('2022-08-06'), gridCellId: 2 }] });
    expect(codes(events, at('2022-08-30T00:00:00'))).toEqual(['latest-round-positive']);
    const cleared = community({ roundDays: [...events.roundDays, negative('2022-08-07')] });
    expect(codes(cleared, at('2022-08-21T00:00:00'))).toEqual([]);
  });

  it('is revoked at once by a new case living or reported in it, and holds again N days after its report', () => {
    const events = community({ cases: [{ at: at('2022-08-25T20:00:00'), caseCode: 'C-1', how: 'lives' }] });
    expect(codes(events, at('2022-08-25T19:59:59'))).toEqual([]);
    expect(codes(events, at('2022-08-25T20:00:00'))).toEqual(['case-recently']);
    expect(evaluateNoEpidemic(events, at('2022-08-26T00:00:00'), options).reasons[0]).toEqual({ code: 'case-recently', eventAt: at('2022-08-25T20:00:00').toISOString(), until: at('2022-09-08T20:00:00').toISOString() });
    expect(codes(events, at('2022-09-08T20:00:00'))).toEqual([]);
    const visited = community({ cases: [{ at: at('2022-08-25T20:00:00'), caseCode: 'C-2', how: 'visited' }] });
    expect(codes(visited, at('2022-08-30T00:00:00'))).toEqual(['case-recently']);
  });

  it('does not qualify while a zone is in force over it, nor in the N days after the zone is lifted', () => {
    const zone = { zoneId: 3, effectiveFrom: at('2022-08-18T00:00:00'), liftedAt: null };
    expect(codes(community({ zones: [zone] }), at('2022-08-17T23:59:59'))).toEqual([]);
    expect(codes(community({ zones: [zone] }), at('2022-08-30T00:00:00'))).toEqual(['zone-in-force']);
    const lifted = community({ zones: [{ ...zone, liftedAt: at('2022-08-20T12:00:00') }] });
    expect(codes(lifted, at('2022-08-20T11:00:00'))).toEqual(['zone-in-force']);
    expect(codes(lifted, at('2022-08-21T00:00:00'))).toEqual(['zone-lifted-recently']);
    expect(codes(lifted, at('2022-09-03T11:59:59'))).toEqual(['zone-lifted-recently']);
    expect(codes(lifted, at('2022-09-03T12:00:00'))).toEqual([]);
  });

  it('lists every reason at once, and no expected date while something blocks it outright', () => {
    const events = community({
      cases: [{ at: at('2022-08-29T20:00:00'), caseCode: 'C-3', how: 'visited' }],
      zones: [{ zoneId: 1, effectiveFrom: at('2022-08-29T21:00:00'), liftedAt: null }],
      roundDays: [positive('2022-08-30', 2)],
    });
    const result = evaluateNoEpidemic(events, at('2022-08-30T12:00:00'), options);
    expect(result.reasons.map((r) => r.code)).toEqual(['case-recently', 'zone-in-force', 'latest-round-positive']);
    expect(result).toMatchObject({ isNoEpidemic: false, since: null, expectedAt: null });
  });

  it('takes the latest of the case, the zone lift and the negative round for the expected date', () => {
    const events = community({
      cases: [{ at: at('2022-08-10T20:00:00'), caseCode: 'C-4', how: 'lives' }],
      zones: [{ zoneId: 1, effectiveFrom: at('2022-08-01T00:00:00'), liftedAt: at('2022-08-12T09:00:00') }],
      roundDays: [negative('2022-08-11')],
    });
    expect(evaluateNoEpidemic(events, at('2022-08-13T00:00:00'), options).expectedAt).toBe(at('2022-08-26T09:00:00').toISOString());
  });

  it('does not mutate its input', () => {
    const events = community({ roundDays: [negative('2022-08-03'), negative('2022-08-01')] });
    const copy = structuredClone(events);
    evaluateNoEpidemic(events, at('2022-08-30T00:00:00'), options);
    expect(events).toEqual(copy);
  });
});

describe('noEpidemicHistory', () => {
  it('lists the status on the first day, the day it qualified and the day a case revoked it, with reasons', () => {
    const events = community({ roundDays: [negative('2022-08-10')], cases: [{ at: at('2022-08-28T20:00:00'), caseCode: 'C-5', how: 'lives' }] });
    expect(noEpidemicHistory(events, { from: '2022-08-20', to: '2022-08-31' }, options).map(({ details, ...change }) => (expect(details.map((d) => d.code)).toEqual(change.reasons), change))).toEqual([
      { day: '2022-08-20', at: at('2022-08-20T23:59:59.999').toISOString(), from: null, to: 'not-yet', reasons: ['negative-round-recent'] },
      { day: '2022-08-24', at: at('2022-08-24T00:00:00').toISOString(), from: 'not-yet', to: 'no-epidemic', reasons: [] },
      { day: '2022-08-28', at: at('2022-08-28T20:00:00').toISOString(), from: 'no-epidemic', to: 'not-yet', reasons: ['case-recently'] },
    ]);
  });
});

describe('countNoEpidemicByDay', () => {
  it('counts the qualifying communities at the end of each day', () => {
    const early = community({ communityId: 1, roundDays: [negative('2022-08-01')] });
    const late = community({ communityId: 2, roundDays: [negative('2022-08-03')] });
    const never = community({ communityId: 3, roundDays: [] });
    expect(countNoEpidemicByDay([early, late, never], { from: '2022-08-14', to: '2022-08-17' }, options)).toEqual([
      { day: '2022-08-14', count: 0 },
      { day: '2022-08-15', count: 1 },
      { day: '2022-08-16', count: 1 },
      { day: '2022-08-17', count: 2 },
    ]);
  });
});
