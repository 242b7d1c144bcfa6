import { describe, expect, it } from 'vitest';
import { manualPlacesToStays } from './manual-places';

describe('manualPlacesToStays', () => {
  it('reads the times as wall time in the given zone, earliest first', () => {
    const { stays, errors } = manualPlacesToStays(
      [
        { lngLat: [126.9, 37.5], date: '2020-03-07', from: '14:00', to: '15:00', name: ' Market ' },
        { lngLat: [126.856724, 37.556053], date: '2020-03-07', from: '10:40', to: '12:10' },
      ],
      'Asia/Seoul',
    );
    expect(errors).toEqual([]);
    expect(stays[0]).toEqual({ kind: 'stay', lngLat: [126.856724, 37.556053], start: Date.parse('2020-03-07T10:40:00+09:00'), end: Date.parse('2020-03-07T12:10:00+09:00') });
    expect(stays[1].place).toBe('Market');
  });

  it('names the row and field at fault', () => {
    const { stays, errors } = manualPlacesToStays(
      [
        { lngLat: [200, 37.5], date: '2020-03-07', from: '10:00', to: '11:00' },
        { lngLat: [126.9, 37.5], date: '07/03/2020', from: '10:00', to: '11:00' },
        { lngLat: [126.9, 37.5], date: '2020-03-07', from: '25:00', to: '11:00' },
        { lngLat: [126.9, 37.5], date: '2020-03-07', from: '12:00', to: '11:00' },
      ],
      'Asia/Shanghai',
    );
    expect(stays).toEqual([]);
    expect(errors).toEqual([
      { index: 0, field: 'lngLat', problem: 'invalid' },
      { index: 1, field: 'date', problem: 'invalid' },
      { index: 2, field: 'from', problem: 'invalid' },
      { index: 3, field: 'to', problem: 'order' },
    ]);
  });
});
