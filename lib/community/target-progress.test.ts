import { describe, expect, it } from 'vitest';
import { combinedTarget, progressChartLayout, targetByDay } from './target-progress';

const wenchangTargets = [
  { district: 'Wenchang', targetCount: 20, dueOn: '2022-08-31' },
  { district: 'Wenchang', targetCount: 100, dueOn: '2022-09-02' },
  { district: 'Wenchang', targetCount: 160, dueOn: '2022-09-15' },
];

describe('combinedTarget', () => {
  const wenchang = wenchangTargets;

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

describe('targetByDay', () => {
  it('steps up the day after each target falls due, and stays on the last one after it', () => {
    const days = ['2022-08-30', '2022-08-31', '2022-09-01', '2022-09-02', '2022-09-03', '2022-09-16'];
    expect(targetByDay(wenchangTargets, days)).toEqual([20, 20, 100, 100, 160, 160]);
  });

  it('sums districts each day and is null every day without targets', () => {
    const qionghai = { district: 'Qionghai', targetCount: 40, dueOn: '2022-09-01' };
    expect(targetByDay([...wenchangTargets, qionghai], ['2022-08-31', '2022-09-02'])).toEqual([60, 140]);
    expect(targetByDay([], ['2022-08-31'])).toEqual([null]);
  });
});

describe('progressChartLayout', () => {
  it('puts the days left to right and counts and targets on one scale', () => {
    expect(progressChartLayout([{ day: 'a', count: 0 }, { day: 'b', count: 5 }], [10, 10], { width: 100, height: 50 })).toEqual({
      points: [
        { day: 'a', count: 0, x: 0, y: 50 },
        { day: 'b', count: 5, x: 100, y: 25 },
      ],
      path: 'M0,50L100,25',
      targetPath: 'M0,0L100,0',
      targetY: 0,
      targetStepEnds: [],
      max: 10,
    });
  });

  it('draws a rising target as steps and scales to the highest one', () => {
    const days = ['a', 'b', 'c'].map((day) => ({ day, count: 1 }));
    const layout = progressChartLayout(days, [2, 2, 4], { width: 10, height: 8 });
    expect(layout.max).toBe(4);
    expect(layout.targetPath).toBe('M0,4L5,4L10,4L10,0');
    expect(layout.targetY).toBe(0);
    expect(layout.targetStepEnds).toEqual([{ day: 'b', count: 2, x: 5, y: 4 }]);
  });

  it('breaks the target line on days without a target', () => {
    const days = ['a', 'b', 'c'].map((day) => ({ day, count: 0 }));
    expect(progressChartLayout(days, [2, null, 2], { width: 10, height: 8 }).targetPath).toBe('M0,0M10,0');
  });

  it('scales to the highest count when above the target or without one', () => {
    const layout = progressChartLayout([{ day: 'a', count: 4 }, { day: 'b', count: 8 }, { day: 'c', count: 2 }], [null, null, null], { width: 10, height: 8 });
    expect(layout.max).toBe(8);
    expect(layout.targetY).toBeNull();
    expect(layout.targetPath).toBe('');
    expect(layout.points.map((p) => [p.x, p.y])).toEqual([[0, 4], [5, 0], [10, 6]]);
  });
});
