import { describe, expect, it } from 'vitest';
import { adviceFor, feedbackKey } from './advice';

describe('adviceFor', () => {
  it('says so when nothing overlapped', () => {
    expect(adviceFor({ overlaps: [], zoneKinds: [] })).toEqual(['no-overlap']);
  });

  it('asks to report, test and confirm an overlap nobody has answered yet', () => {
    expect(adviceFor({ overlaps: [{}], zoneKinds: [] })).toEqual(['report', 'test', 'watch-health', 'confirm-each']);
  });

  it('drops the confirmation once the resident says it was them', () => {
    expect(adviceFor({ overlaps: [{ feedback: 'me' }], zoneKinds: [] })).toEqual(['report', 'test', 'watch-health']);
  });

  it('stands down when every overlap was not them, and still counts one that was', () => {
    expect(adviceFor({ overlaps: [{ feedback: 'not-me' }, { feedback: 'not-me' }], zoneKinds: [] })).toEqual(['all-dismissed']);
    expect(adviceFor({ overlaps: [{ feedback: 'not-me' }, { feedback: 'me' }], zoneKinds: [] })).toEqual(['report', 'test', 'watch-health']);
  });

  it('puts staying home first in a sealed zone, and never says "nothing to report" beside a sealed or controlled zone', () => {
    expect(adviceFor({ overlaps: [], zoneKinds: ['precaution', 'sealed', 'controlled'] })).toEqual(['stay-home-sealed', 'report-zone']);
    expect(adviceFor({ overlaps: [], zoneKinds: ['controlled'] })).toEqual(['stay-in-compound', 'report-zone']);
    expect(adviceFor({ overlaps: [{ feedback: 'not-me' }], zoneKinds: ['sealed'] })).toEqual(['stay-home-sealed', 'report-zone']);
    expect(adviceFor({ overlaps: [], zoneKinds: ['precaution'] })).toEqual(['no-overlap']);
  });

  it('says there is no data, not "nothing to report", when the data did not cover the trip', () => {
    expect(adviceFor({ overlaps: [], zoneKinds: [], coverage: 'none' })).toEqual(['no-data']);
    expect(adviceFor({ overlaps: [], zoneKinds: [], coverage: 'partial' })).toEqual(['no-overlap-partial']);
    expect(adviceFor({ overlaps: [], zoneKinds: [], coverage: 'covered' })).toEqual(['no-overlap']);
  });

  it('explains an after-case overlap, but not when a same-time one is also counting', () => {
    expect(adviceFor({ overlaps: [{ timing: 'after-case', feedback: 'me' }], zoneKinds: [] })).toEqual(['report', 'test', 'after-case', 'watch-health']);
    expect(adviceFor({ overlaps: [{ timing: 'after-case', feedback: 'me' }, { timing: 'same-time', feedback: 'me' }], zoneKinds: [] })).toEqual(['report', 'test', 'watch-health']);
  });
});

describe('feedbackKey', () => {
  it('keys by case and start minute', () => {
    expect(feedbackKey({ caseCode: 'C-009', from: '2020-03-07T01:39:50.000Z' })).toBe('C-009|2020-03-07T01:39');
  });
});
