import { describe, expect, it } from 'vitest';
import { communityStatus } from './community-status';

const now = new Date('2022-05-01T00:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const options = { days: 14, now };

describe('communityStatus', () => {
  it('takes the most severe zone in force', () => {
    expect(communityStatus({ zoneKinds: ['precaution', 'controlled'], lastCaseAt: null, lastZoneAt: null }, options)).toBe('controlled');
  });
  it('is no-epidemic after 14 days without a case or a zone, watch before', () => {
    expect(communityStatus({ zoneKinds: [], lastCaseAt: daysAgo(15), lastZoneAt: daysAgo(20) }, options)).toBe('no-epidemic');
    expect(communityStatus({ zoneKinds: [], lastCaseAt: daysAgo(13), lastZoneAt: null }, options)).toBe('watch');
    expect(communityStatus({ zoneKinds: [], lastCaseAt: null, lastZoneAt: daysAgo(2) }, options)).toBe('watch');
  });
});
