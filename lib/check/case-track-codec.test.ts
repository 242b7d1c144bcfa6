import { describe, expect, it } from 'vitest';
import type { CaseTrack } from '../trajectory/types';
import { decodeCaseTracks, encodeCaseTracks } from './case-track-codec';

const tracks: CaseTrack[] = [
  {
    caseCode: 'C-009',
    parts: [
      { kind: 'stay', lngLat: [126.856724, 37.556053], start: Date.parse('2020-03-07T01:30:00Z'), end: Date.parse('2020-03-07T03:20:00Z'), place: 'Restaurant · Deungchon-dong' },
      {
        kind: 'movement',
        lngLats: [
          [126.8567241, 37.5560532],
          [126.8601, 37.5499],
          [126.8712345, 37.5401234],
        ],
        times: [Date.parse('2020-03-07T03:20:00Z'), Date.parse('2020-03-07T03:31:30.250Z'), Date.parse('2020-03-07T03:45:00Z')],
      },
    ],
  },
  { caseCode: 'C-010', parts: [{ kind: 'stay', lngLat: [-0.1275, 51.5072], start: 0, end: 0, place: 'Restaurant · Deungchon-dong' }] },
];

describe('the compact case-track encoding', () => {
  it('round-trips 7-decimal coordinates, millisecond times and places exactly', () => {
    expect(decodeCaseTracks(JSON.parse(JSON.stringify(encodeCaseTracks(tracks))))).toEqual(tracks);
  });

  it('writes each place name once and is smaller than the interchange GeoJSON would be', () => {
    const compact = encodeCaseTracks(tracks);
    expect(compact.places).toEqual(['Restaurant · Deungchon-dong']);
    expect(compact.cases[0][1][1].slice(0, 2)).toEqual([1, -1]);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(tracks);
    encodeCaseTracks(tracks);
    expect(tracks).toEqual(copy);
  });

  it('refuses a body that is not the compact form', () => {
    expect(() => decodeCaseTracks({ type: 'FeatureCollection' } as never)).toThrow(TypeError);
  });
});
