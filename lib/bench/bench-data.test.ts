import { describe, expect, it } from 'vitest';
import { createCity, createRandom, dayTrajectory, DAY } from './bench-data';

describe('dayTrajectory', () => {
  const city = createCity(createRandom(1));

  it('gives the asked number of fixes, in time order, within the chosen day and the city', () => {
    for (const count of [200, 917, 3000]) {
      const fixes = dayTrajectory(city, createRandom(count), count, 3);
      expect(fixes).toHaveLength(count);
      for (let i = 1; i < fixes.length; i++) expect(fixes[i].time).toBeGreaterThan(fixes[i - 1].time);
      expect(fixes[0].time).toBeGreaterThanOrEqual(city.start + 3 * DAY - 60 * 60_000);
      expect(fixes[fixes.length - 1].time).toBeLessThan(city.start + 4 * DAY + 6 * 3_600_000);
      for (const { lngLat } of fixes) {
        expect(Math.abs(lngLat[0] - city.centre[0])).toBeLessThan(0.5);
        expect(Math.abs(lngLat[1] - city.centre[1])).toBeLessThan(0.5);
      }
    }
  });

  it('is the same for the same seed and differs between residents', () => {
    const a = dayTrajectory(city, createRandom(7), 300, 2);
    expect(dayTrajectory(city, createRandom(7), 300, 2)).toEqual(a);
    expect(dayTrajectory(city, createRandom(8), 300, 2)).not.toEqual(a);
  });
});
