import { describe, expect, it } from 'vitest';
import type { BriefingFigures } from '@/lib/db/queries/briefing';
import { messages } from '@/lib/i18n/messages';
import { exportFileName, figureLines, windowText, zoneFigureLines } from './briefing-text';

const figures = {
  zonesByKind: [
    { kind: 'sealed', count: 4, areaKm2: 0.181, estimatedPeople: 1234, populationOfTouchedCommunities: 478900 },
    { kind: 'controlled', count: 4, areaKm2: 3.1, estimatedPeople: 20000, populationOfTouchedCommunities: 600000 },
    { kind: 'precaution', count: 0, areaKm2: 0, estimatedPeople: 0, populationOfTouchedCommunities: 0 },
  ],
  casesByDay: [],
  casesTotal: 15,
  newCases: { since: '2020-03-09T22:30:00Z', at: '2020-03-10T22:30:00Z', count: 10, byCommunity: [{ communityId: 3, name: '新道林洞', count: 7 }, { communityId: null, name: null, count: 3 }] },
  reportsAwaiting: 0,
  communities: { noEpidemic: 40, total: 63, target: null, days: 14 },
  progress: null,
  roundsByDay: [],
} satisfies BriefingFigures;

describe('briefing text', () => {
  it('names the PNG by the district-local date and time of the briefing', () => {
    // 22:30 UTC on the 10th is 07:30 on the 11th in Seoul: the UTC date would be a day off.
    expect(exportFileName('2020-03-10T22:30:00Z', 'Asia/Seoul')).toBe('gridwatch-briefing-2020-03-11-0730.png');
  });

  it('writes the window in the district zone', () => {
    expect(windowText({ since: '2020-03-09T22:30:00Z', at: '2020-03-10T22:30:00Z' }, messages.en, 'en', 'Asia/Seoul')).toBe('Window: 10/03/2020, 07:30 GMT+9 to 11/03/2020, 07:30 GMT+9');
  });

  it('labels the zone figure as an estimate, with grouping', () => {
    expect(zoneFigureLines(figures.zonesByKind[0], messages.en, 'en')).toEqual(['Sealed zone: 4 · 0.18 km²', '  about 1,234 people (estimate)']);
    expect(zoneFigureLines(figures.zonesByKind[0], messages['zh-CN'], 'zh-CN')).toEqual(['封控区: 4 个 · 0.18 km²', '  估计约 1,234 人']);
  });

  it('lists the figures a stand-alone picture needs, new cases by community with unknown last', () => {
    const lines = figureLines(figures, messages['zh-CN'], 'zh-CN');
    expect(lines[6]).toBe('区间内新增 10 例');
    expect(lines).toContain('  新道林洞 7 例 · 社区不详 3 例');
    expect(lines).toContain('累计病例 15 例');
    expect(lines.filter((l) => l.includes('估计约'))).toHaveLength(3);
  });
});
