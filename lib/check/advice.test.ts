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

  it('puts staying home first in a sealed zone, whatever the overlaps', () => {
    expect(adviceFor({ overlaps: [], zoneKinds: ['precaution', 'sealed', 'controlled'] })).toEqual(['stay-home-sealed', 'no-overlap']);
    expect(adviceFor({ overlaps: [], zoneKinds: ['controlled'] })).toEqual(['stay-in-compound', 'no-overlap']);
    expect(adviceFor({ overlaps: [], zoneKinds: ['precaution'] })).toEqual(['no-overlap']);
  });
});

describe('feedbackKey', () => {
  it('keys by case and start minute', () => {
    expect(feedbackKey({ caseCode: 'C-009', from: '2020-03-07T01:39:50.000Z' })).toBe('C-009|2020-03-07T01:39');
  });
});
