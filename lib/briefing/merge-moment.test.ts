import { describe, expect, it } from 'vitest';
import type { Briefing } from '@/lib/db/queries/briefing';
import { mergeMoment } from './merge-moment';

const base = (at: string, communities: Briefing['figures']['communities'], progress: Briefing['figures']['progress']): Briefing => ({
  at,
  trackDays: 14,
  figures: {
    zonesByKind: [],
    casesByDay: [],
    casesTotal: 0,
    newCases: { since: at, at, count: 0, byCommunity: [] },
    reportsAwaiting: 0,
    communities,
    progress,
    roundsByDay: progress ? [{ day: '2020-03-10', rounds: 63, peopleTested: 1000, positives: 2 }] : [],
  },
  places: [],
  changes: { since: at, zones: [], cases: [], zoneShapes: { type: 'FeatureCollection', features: [] } },
  zones: null,
  caseVisits: null,
});

const progress = { days: [{ day: '2020-03-09', count: 50 }, { day: '2020-03-10', count: 41 }], total: 63, targets: [], districts: [] };
const full = base('2020-03-11T14:59:59.999Z', { noEpidemic: 45, total: 63, target: null, days: 14 }, progress);

describe('mergeMoment', () => {
  it("takes the day's no-epidemic count from the progress line and keeps the span's rounds", () => {
    const merged = mergeMoment(full, base('2020-03-10T14:59:59.999Z', null, null), '2020-03-10');
    expect(merged.figures.communities).toEqual({ noEpidemic: 41, total: 63, target: null, days: 14 });
    expect(merged.figures.progress).toBe(progress);
    expect(merged.figures.roundsByDay).toHaveLength(1);
    expect(merged.at).toBe('2020-03-10T14:59:59.999Z');
  });

  it("keeps the evaluated count at the page's own moment, and a full read as it is", () => {
    expect(mergeMoment(full, base(full.at, null, null), '2020-03-11').figures.communities?.noEpidemic).toBe(45);
    const fresh = base('2020-03-09T14:59:59.999Z', { noEpidemic: 7, total: 63, target: null, days: 14 }, null);
    expect(mergeMoment(full, fresh, '2020-03-09')).toBe(fresh);
  });
});
