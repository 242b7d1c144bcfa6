import { expect, it } from 'vitest';
import { chooseSourceMode, TILE_THRESHOLD } from './map-source-mode';

it('uses tiles above the threshold unless the URL forces a mode', () => {
  expect(chooseSourceMode(TILE_THRESHOLD)).toBe('geojson');
  expect(chooseSourceMode(TILE_THRESHOLD + 1)).toBe('tiles');
  expect(chooseSourceMode(10, 'tiles')).toBe('tiles');
  expect(chooseSourceMode(1e6, 'geojson')).toBe('geojson');
  expect(chooseSourceMode(10, 'bogus')).toBe('geojson');
});
