import { describe, expect, it } from 'vitest';
import { parseTrajectoryFile } from './parse-trajectory';

const gpx = (points: string) => `<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>${points}</trkseg></trk></gpx>`;
const point = (lat: number, time?: string) => `<trkpt lat="${lat}" lon="121.4">${time ? `<time>${time}</time>` : ''}</trkpt>`;

describe('droppedPoints', () => {
  it('counts GPX points without a time', () => {
    const text = gpx([point(31.2, '2022-04-01T01:00:00Z'), point(31.21), point(31.22), point(31.23, '2022-04-01T01:05:00Z')].join(''));
    const parsed = parseTrajectoryFile(text, { fileName: 'walk.gpx', timeZone: 'Asia/Shanghai' });
    expect(parsed.pointCount).toBe(2);
    expect(parsed.droppedPoints).toBe(2);
  });

  it('counts points that repeat an earlier time', () => {
    const text = gpx([point(31.2, '2022-04-01T01:00:00Z'), point(31.21, '2022-04-01T01:00:00Z'), point(31.22, '2022-04-01T01:05:00Z')].join(''));
    expect(parseTrajectoryFile(text, { fileName: 'walk.gpx', timeZone: 'Asia/Shanghai' }).droppedPoints).toBe(1);
  });

  it('is zero when every point is used', () => {
    const text = gpx([point(31.2, '2022-04-01T01:00:00Z'), point(31.22, '2022-04-01T01:05:00Z')].join(''));
    expect(parseTrajectoryFile(text, { fileName: 'walk.gpx', timeZone: 'Asia/Shanghai' }).droppedPoints).toBe(0);
  });

  it('counts Google locations without a time or a position', () => {
    const text = JSON.stringify({
      locations: [
        { latitudeE7: 312000000, longitudeE7: 1214000000, timestamp: '2022-04-01T01:00:00Z' },
        { latitudeE7: 312100000, longitudeE7: 1214000000 },
        { timestamp: '2022-04-01T01:02:00Z' },
        { latitudeE7: 312200000, longitudeE7: 1214000000, timestamp: '2022-04-01T01:05:00Z' },
      ],
    });
    expect(parseTrajectoryFile(text, { fileName: 'Records.json', timeZone: 'Asia/Shanghai' }).droppedPoints).toBe(2);
  });
});
