import { describe, expect, it } from 'vitest';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { diffVisits, previewCaseImport, type StoredCaseTrack } from './import-preview';

const H = 3_600_000;
const T0 = Date.parse('2022-04-01T01:00:00Z');
const stay = (i: number, place = `P${i}`, lngLat: [number, number] = [121.4 + i / 1000, 31.2]): TrajectoryPart => ({ kind: 'stay', lngLat, start: T0 + i * H, end: T0 + i * H + H / 2, place });
const NOW = T0 + 100 * H;
const AREA: [number, number, number, number] = [121.3, 31.1, 121.6, 31.3];

describe('diffVisits', () => {
  it('matches visits by kind and start: added, removed, changed and kept', () => {
    const stored = [stay(0), stay(1), stay(2)];
    const incoming = [stay(0), stay(1, 'Renamed'), stay(3)];
    const diff = diffVisits(stored, incoming);
    expect(diff.kept).toBe(1);
    expect(diff.added.map((v) => v.place)).toEqual(['P3']);
    expect(diff.removed.map((v) => v.place)).toEqual(['P2']);
    expect(diff.changed.map((c) => [c.before.place, c.after.place])).toEqual([['P1', 'Renamed']]);
  });

  it('treats positions equal to the 7 decimals the database keeps as unchanged', () => {
    const stored = [stay(0, 'P0', [121.4000001, 31.2])];
    expect(diffVisits(stored, [stay(0, 'P0', [121.40000012, 31.2])]).kept).toBe(1);
    expect(diffVisits(stored, [stay(0, 'P0', [121.401, 31.2])]).changed).toHaveLength(1);
  });
});

describe('previewCaseImport', () => {
  const stored: StoredCaseTrack[] = [
    { caseCode: 'C-009', status: 'published', version: 4, parts: Array.from({ length: 9 }, (_, i) => stay(i)) },
    { caseCode: 'C-010', status: 'draft', version: 2, parts: [stay(0)] },
    { caseCode: 'C-011', status: 'published', version: 1, parts: [stay(5)] },
  ];

  it('names new, changed and unchanged cases and the published cases it would replace', () => {
    const preview = previewCaseImport(
      {
        tracks: [
          { caseCode: 'C-009', parts: [stay(0)] },
          { caseCode: 'C-010', parts: [stay(0), stay(1)] },
          { caseCode: 'C-011', parts: [stay(5)] },
          { caseCode: 'C-100', parts: [stay(7)] },
        ],
        warnings: [],
      },
      stored,
      { now: NOW, area: AREA },
    );
    expect(preview.newCases.map((c) => c.caseCode)).toEqual(['C-100']);
    expect(preview.changedCases.map((c) => [c.caseCode, c.added.length, c.removed.length, c.kept])).toEqual([
      ['C-009', 0, 8, 1],
      ['C-010', 1, 0, 1],
    ]);
    expect(preview.unchangedCases).toEqual(['C-011']);
    expect(preview.publishedChanged).toEqual(['C-009']);
    expect(preview.expectedVersions).toEqual({ 'C-009': 4, 'C-010': 2, 'C-011': 1, 'C-100': null });
    expect(preview.warnings).toEqual([]);
  });

  it('keeps the reader’s warnings and adds visits outside the area, future times and motionless movements', () => {
    const far: TrajectoryPart = { kind: 'stay', lngLat: [31.2, 121.4 - 90], start: T0, end: T0 + H };
    const future: TrajectoryPart = { kind: 'stay', lngLat: [121.4, 31.2], start: NOW - H, end: NOW + H };
    const still: TrajectoryPart = { kind: 'movement', lngLats: [[121.4, 31.2], [121.4, 31.2]], times: [T0 + 10 * H, T0 + 11 * H] };
    const preview = previewCaseImport({ tracks: [{ caseCode: 'N-1', parts: [stay(0), far, future, still] }], warnings: ['CSV line 4: skipped, no time'] }, [], { now: NOW, area: AREA });
    expect(preview.warnings).toEqual([
      { kind: 'parser', text: 'CSV line 4: skipped, no time' },
      { kind: 'normalised', caseCode: 'N-1', note: { part: 4, change: 'motionless', vertices: 2 } },
      { kind: 'outside-area', caseCode: 'N-1', visits: 1, first: 2 },
      { kind: 'future', caseCode: 'N-1', visits: 1, latest: NOW + H },
    ]);
    expect(preview.newCases[0].visits.map((v) => v.kind)).toEqual(['stay', 'stay', 'stay', 'stay']);
  });

  it('compares a track as it would be stored: a re-import of a motionless movement stored as a stay is unchanged', () => {
    const still: TrajectoryPart = { kind: 'movement', lngLats: [[121.4, 31.2], [121.4, 31.2]], times: [T0, T0 + H] };
    const asStored: StoredCaseTrack = { caseCode: 'S-1', status: 'published', version: 1, parts: [{ kind: 'stay', lngLat: [121.4, 31.2], start: T0, end: T0 + H }] };
    const preview = previewCaseImport({ tracks: [{ caseCode: 'S-1', parts: [still] }], warnings: [] }, [asStored], { now: NOW });
    expect(preview.unchangedCases).toEqual(['S-1']);
    expect(preview.publishedChanged).toEqual([]);
  });
});
