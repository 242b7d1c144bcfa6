import { describe, expect, it } from 'vitest';
import { decodeBriefingState, encodeBriefingState, type BriefingUrlState } from './url-state';

describe('briefing URL state', () => {
  it('round-trips a full state', () => {
    const state: BriefingUrlState = { at: '2020-03-10T14:59:59.999Z', center: [126.85724, 37.51928], zoom: 12.5, layers: ['zones-sealed', 'case-places'], trackDays: 7 };
    expect(decodeBriefingState(encodeBriefingState(state))).toEqual(state);
  });

  it('round-trips an empty state and an empty layer list', () => {
    expect(decodeBriefingState(encodeBriefingState({}))).toEqual({});
    expect(decodeBriefingState(encodeBriefingState({ layers: [] }))).toEqual({ layers: [] });
  });

  it('rounds the view so links stay short', () => {
    expect(encodeBriefingState({ center: [126.123456789, 37.987654321], zoom: 11.23456 }).toString()).toBe('c=126.12346%2C37.98765&z=11.23');
  });

  it('drops malformed values', () => {
    const state = decodeBriefingState(new URLSearchParams('at=yesterday&c=500,37&z=99&layers=ok,<script>&days=0'));
    expect(state).toEqual({ layers: ['ok'] });
  });
});

describe('the window start in the link', () => {
  it('round-trips since and drops one that is not before at', () => {
    const params = encodeBriefingState({ at: '2020-03-10T22:30:00.000Z', since: '2020-03-09T23:00:00.000Z' });
    expect(decodeBriefingState(params)).toEqual({ at: '2020-03-10T22:30:00.000Z', since: '2020-03-09T23:00:00.000Z' });
    expect(decodeBriefingState(new URLSearchParams('at=2020-03-10T22:30:00Z&since=2020-03-11T00:00:00Z')).since).toBeUndefined();
    expect(decodeBriefingState(new URLSearchParams('since=garbage')).since).toBeUndefined();
  });
});
