import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTLINE_RADII, DEFAULT_RADII } from './generate-zones';
import { minRadius, outlineInput, repairKeys, startOutlineGenerate, startPointGenerate, withDrafts } from './generate-state';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };

describe('generate state', () => {
  it('starts a point generation at the pick with the default radii, copied', () => {
    const g = startPointGenerate();
    expect(g).toMatchObject({ source: 'point', phase: 'pick', radii: DEFAULT_RADII, buildings: [], isPickingBuilding: false });
    g.radii.sealed = 1;
    expect(startPointGenerate().radii).toEqual(DEFAULT_RADII);
  });

  it('starts an outline generation with the outline distances and the basemap’s building layers', () => {
    const buildings = [{ id: 'building', source: 'osm', sourceLayer: 'building' }];
    expect(startOutlineGenerate(buildings)).toMatchObject({ source: 'outline', phase: 'outline', radii: DEFAULT_OUTLINE_RADII, buildings });
  });

  it('goes to editing with the drafts’ ids and stops picking a building', () => {
    const picking = { ...startOutlineGenerate([]), isPickingBuilding: true };
    const ids = new Map([['a', 'sealed' as const]]);
    expect(withDrafts(picking, ids)).toMatchObject({ phase: 'edit', ids, isPickingBuilding: false });
    expect(picking.phase).toBe('outline');
  });

  it('lets only an outline’s sealed zone be the building itself', () => {
    expect(minRadius({ source: 'outline' }, 'sealed')).toBe(0);
    expect(minRadius({ source: 'outline' }, 'controlled')).toBe(10);
    expect(minRadius({ source: 'point' }, 'sealed')).toBe(10);
  });

  it('names the repairs made to an outline', () => {
    expect(repairKeys(['joined-parts', 'filled-courtyards'])).toEqual(['outlineJoined', 'outlineFilled']);
  });
});

describe('outlineInput', () => {
  it('prefers the paste over the drawing', () => {
    expect(outlineInput(JSON.stringify(square), { type: 'Point' })).toEqual({ input: square });
    expect(outlineInput('  ', square)).toEqual({ input: square });
  });
  it('reports no outline, or a paste that is not JSON', () => {
    expect(outlineInput('', null)).toEqual({ problem: 'none' });
    expect(outlineInput('{', square)).toMatchObject({ problem: 'not-json', message: expect.stringMatching(/JSON/) });
  });
});
