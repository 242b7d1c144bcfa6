import { describe, expect, it } from 'vitest';
import { combinedTarget, progressChartLayout } from './target-progress';

describe('combinedTarget', () => {
  const wenchang = [
    { district: 'Wenchang', targetCount: 20, dueOn: '2022-08-31' },
    { district: 'Wenchang', targetCount: 100, dueOn: '2022-09-02' },
    { district: 'Wenchang', targetCount: 160, dueOn: '2022-09-15' },
  ];

  it('takes each district’s next target not yet due', () => {
    expect(combinedTarget(wenchang, '2022-08-30')).toEqual({ targetCount: 20, dueOn: '2022-08-31', districts: 1 });
    expect(combinedTarget(wenchang, '2022-09-02')).toEqual({ targetCount: 100, dueOn: '2022-09-02', districts: 1 });
    expect(combinedTarget(wenchang, '2022-10-01')).toEqual({ targetCount: 160, dueOn: '2022-09-15', districts: 1 });
  });

  it('sums districts, due on the latest of their days, and is null without targets', () => {
    expect(combinedTarget([...wenchang, { district: 'Qionghai', targetCount: 40, dueOn: '2022-09-05' }], '2022-09-01')).toEqual({ targetCount: 140, dueOn: '2022-09-05', districts: 2 });
    expect(combinedTarget([], '2022-09-01')).toBeNull();
  });
});

describe('progressChartLayout', () => {
  it('puts the days left to right and counts and target on one scale', () => {
    expect(progressChartLayout([{ day: 'a', count: 0 }, { day: 'b', count: 5 }], 10, { width: 100, height: 50 })).toEqual({
      points: [
        { day: 'a', count: 0, x: 0, y: 50 },
        { day: 'b', count: 5, x: 100, y: 25 },
      ],
      path: 'M0,50L100,25',
      targetY: 0,
      max: 10,
    });
  });

  it('scales to the highest count when above the target or without one', () => {
    const layout = progressChartLayout([{ day: 'a', count: 4 }, { day: 'b', count: 8 }, { day: 'c', count: 2 }], null, { width: 10, height: 8 });
    expect(layout.max).toBe(8);
    expect(layout.targetY).toBeNull();
    expect(layout.points.map((p) => [p.x, p.y])).toEqual([[0, 4], [5, 0], [10, 6]]);
  });
});
