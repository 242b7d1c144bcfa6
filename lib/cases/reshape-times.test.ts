import { describe, expect, it } from 'vitest';
import type { LngLat } from '@/lib/trajectory/types';
import { carryVertexTimes } from './reshape-times';

const line: LngLat[] = [
  [121.47, 31.23],
  [121.48, 31.23],
  [121.49, 31.24],
  [121.5, 31.24],
];
const times = ['08:00', '08:10', '08:20', '08:30'];

describe('carryVertexTimes', () => {
  it('keeps every time when nothing moved', () => {
    expect(carryVertexTimes(line, times, line, '')).toEqual(times);
  });

  it('keeps a dragged vertex’s time, the first and the last too', () => {
    const dragged: LngLat[] = [[121.469, 31.229], line[1], [121.491, 31.241], [121.501, 31.24]];
    expect(carryVertexTimes(line, times, dragged, '')).toEqual(times);
  });

  it('keeps the times of two neighbours dragged one after the other', () => {
    const dragged: LngLat[] = [line[0], [121.481, 31.231], [121.492, 31.242], line[3]];
    expect(carryVertexTimes(line, times, dragged, '')).toEqual(times);
  });

  it('leaves an inserted vertex empty and the others where they were', () => {
    const inserted: LngLat[] = [line[0], line[1], [121.485, 31.235], line[2], line[3]];
    expect(carryVertexTimes(line, times, inserted, '')).toEqual(['08:00', '08:10', '', '08:20', '08:30']);
  });

  it('drops the time of a deleted vertex, first or in between', () => {
    expect(carryVertexTimes(line, times, [line[0], line[2], line[3]], '')).toEqual(['08:00', '08:20', '08:30']);
    expect(carryVertexTimes(line, times, line.slice(1), '')).toEqual(['08:10', '08:20', '08:30']);
  });

  it('leaves new vertices empty when a stretch was both added to and moved', () => {
    const redrawn: LngLat[] = [line[0], [121.475, 31.2], [121.476, 31.21], line[3]];
    expect(carryVertexTimes(line, times, redrawn, '')).toEqual(['08:00', '08:10', '08:20', '08:30']);
    const more: LngLat[] = [line[0], [121.475, 31.2], [121.476, 31.21], [121.477, 31.22], line[3]];
    expect(carryVertexTimes(line, times, more, '')).toEqual(['08:00', '', '', '', '08:30']);
  });

  it('works on any time value, with its own empty', () => {
    expect(carryVertexTimes([[0, 0], [2, 0]], [1, 2], [[0, 0], [1, 0], [2, 0]], null)).toEqual([1, null, 2]);
    expect(carryVertexTimes([], [], [[0, 0]], null)).toEqual([null]);
  });
});
