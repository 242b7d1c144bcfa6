import { describe, expect, it } from 'vitest';
import { parseTrajectoryFile } from '../parse/parse-trajectory';
import type { TrajectoryPart } from '../trajectory/types';
import { partsToGeoJson } from './parts-to-geojson';

describe('partsToGeoJson', () => {
  it('is read back by the GeoJSON parser as the same stays and movements', () => {
    const parts: TrajectoryPart[] = [
      { kind: 'stay', lngLat: [126.856724, 37.556053], start: Date.parse('2020-03-07T01:40:00Z'), end: Date.parse('2020-03-07T03:10:00Z') },
      { kind: 'movement', lngLats: [[126.85, 37.55], [126.86, 37.56], [126.87, 37.57]], times: [Date.parse('2020-03-07T03:10:00Z'), Date.parse('2020-03-07T03:15:00Z'), Date.parse('2020-03-07T03:20:00Z')] },
    ];
    const copy = structuredClone(parts);
    const back = parseTrajectoryFile(JSON.stringify(partsToGeoJson(parts)), { format: 'geojson', now: Date.parse('2026-01-01T00:00:00Z') });
    expect(back.parts).toEqual(parts);
    expect(parts).toEqual(copy);
  });
});
