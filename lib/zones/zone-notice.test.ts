import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { conflictOverlay, zoneFailureNotice, type ZoneNotice } from './zone-notice';
import type { ZoneSnapshot } from './zone-types';

const ring = (x: number) => [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]];
const mine: MultiPolygon = { type: 'MultiPolygon', coordinates: [ring(0)] };
const theirs: ZoneSnapshot = {
  id: 3,
  kind: 'sealed',
  name: 'Block 3',
  effectiveFrom: '2020-03-07T00:00:00.000Z',
  plannedLift: null,
  liftedAt: null,
  kindSince: '2020-03-07T00:00:00.000Z',
  note: null,
  version: 6,
  updatedAt: '2020-03-08T01:30:00.000Z',
  updatedBy: 'wang',
  geometry: { type: 'MultiPolygon', coordinates: [ring(5)] },
};
const options = { conflictTemplate: '{who} changed it at {at} (version {version})', formatTime: (iso: string | null) => `<${iso}>` };

describe('zoneFailureNotice', () => {
  it('shows a coded refusal’s message once, as the server rendered it', () => {
    const message = '区域边界自相交（约在 121.5, 31.2，共 1 处交叉），请调整后再保存。';
    expect(zoneFailureNotice({ message }, undefined, options)).toEqual({ kind: 'error', text: message });
  });

  it('names who changed the zone, when and its version on a conflict, keeping their version', () => {
    expect(zoneFailureNotice({ message: 'Someone else changed this zone first' }, { current: theirs }, options)).toEqual({
      kind: 'conflict',
      current: theirs,
      text: 'wang changed it at <2020-03-08T01:30:00.000Z> (version 6)',
    });
    expect(zoneFailureNotice({ message: '' }, { current: { ...theirs, updatedBy: null } }, options).text).toMatch(/^\? changed/);
  });
});

describe('conflictOverlay', () => {
  const conflict: ZoneNotice = { kind: 'conflict', text: '', current: theirs };

  it('draws their boundary when it differs from the one being edited', () => {
    const { isBoundaryChanged, overlay } = conflictOverlay(mine, conflict);
    expect(isBoundaryChanged).toBe(true);
    expect(overlay.features.map((f) => f.geometry)).toEqual([theirs.geometry]);
  });

  it('draws nothing when the boundary is the same, nothing is edited, or there is no conflict', () => {
    expect(conflictOverlay(theirs.geometry, conflict)).toEqual({ isBoundaryChanged: false, overlay: { type: 'FeatureCollection', features: [] } });
    expect(conflictOverlay(undefined, conflict).isBoundaryChanged).toBe(false);
    expect(conflictOverlay(mine, { kind: 'ok', text: 'saved' }).overlay.features).toEqual([]);
    expect(conflictOverlay(mine, null).isBoundaryChanged).toBe(false);
  });
});
