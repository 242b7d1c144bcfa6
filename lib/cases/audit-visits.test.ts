import { describe, expect, it } from 'vitest';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { AUDIT_VISIT_LIMIT, auditTrack, auditVisit } from './audit-visits';

const t = (hm: string) => Date.parse(`2022-04-01T${hm}:00+08:00`);

describe('auditTrack', () => {
  it('keeps place, times and point of a stay, and a movement’s vertex count and ends', () => {
    const parts: TrajectoryPart[] = [
      { kind: 'stay', lngLat: [121.4, 31.2], start: t('09:00'), end: t('10:00'), place: 'Market' },
      { kind: 'movement', lngLats: [[121.4, 31.2], [121.41, 31.21], [121.42, 31.22]], times: [t('10:00'), t('10:05'), t('10:10')] },
    ];
    expect(auditTrack(parts)).toEqual({
      visitCount: 2,
      visits: [
        { place: 'Market', from: '2022-04-01T01:00:00.000Z', to: '2022-04-01T02:00:00.000Z', at: [121.4, 31.2] },
        { place: null, from: '2022-04-01T02:00:00.000Z', to: '2022-04-01T02:10:00.000Z', line: { vertices: 3, start: [121.4, 31.2], end: [121.42, 31.22] } },
      ],
    });
  });

  it('keeps at most the limit of visits and says how many there were', () => {
    const stay: TrajectoryPart = { kind: 'stay', lngLat: [121.4, 31.2], start: t('09:00'), end: t('09:00') };
    const track = auditTrack(Array.from({ length: AUDIT_VISIT_LIMIT + 3 }, () => stay));
    expect(track.visitCount).toBe(AUDIT_VISIT_LIMIT + 3);
    expect(track.visits).toHaveLength(AUDIT_VISIT_LIMIT);
  });

  it('reads a stored visit the same way as one being saved', () => {
    const stored = auditVisit({ place: 'Market', start: '2022-04-01T01:00:00.000Z', end: new Date('2022-04-01T02:00:00Z'), geometry: { type: 'Point', coordinates: [121.4, 31.2, 5] } });
    expect(stored).toEqual(auditTrack([{ kind: 'stay', lngLat: [121.4, 31.2], start: t('09:00'), end: t('10:00'), place: 'Market' }]).visits[0]);
  });
});
