import { describe, expect, it } from 'vitest';
import { readCaseEdit } from '@/lib/cases/read-case-edit';
import { draftCaseBody, draftFeatures } from './draft-payload';
import type { DraftVisit } from './place-notice';

const visits: DraftVisit[] = [
  { place: '武汉武昌站 → 汕头站', lngLats: [[114.3, 30.5], [116.68, 23.39]], times: [Date.UTC(2020, 0, 19, 3), Date.UTC(2020, 0, 20, 2)], isApproximate: true, text: '…' },
  { place: '汕头站', lngLat: [116.68, 23.39], start: Date.UTC(2020, 0, 20, 2), end: Date.UTC(2020, 0, 20, 16), isApproximate: true, text: '…' },
];

describe('draftCaseBody', () => {
  it('is a new draft case the case editor’s own validation accepts, with every visit and time', () => {
    const body = draftCaseBody({ code: ' C-101 ', classification: 'confirmed', reportedAt: '2020-02-10T09:00:00+08:00' }, visits);
    expect(body).toMatchObject({ code: 'C-101', isNew: true });
    const read = readCaseEdit(body, { now: new Date('2020-03-01T00:00:00Z') });
    expect('track' in read && read.track.parts.map((p) => p.kind)).toEqual(['movement', 'stay']);
  });
});

describe('draftFeatures', () => {
  it('draws legs as lines and places as points', () => {
    expect(draftFeatures(visits).features.map((f) => f.geometry.type)).toEqual(['LineString', 'Point']);
  });
});
