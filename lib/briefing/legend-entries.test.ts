import { describe, expect, it } from 'vitest';
import { messages } from '@/lib/i18n/messages';
import { changedZoneLayers } from '@/lib/map/layers/briefing';
import { caseDensityLayers } from '@/lib/map/layers/case-density';
import { briefingLegendEntries } from './legend-entries';

describe('briefingLegendEntries', () => {
  it('offers density only at scale (tiles), and names layers that exist', () => {
    expect(briefingLegendEntries(messages.en, 'geojson').map((e) => e.id)).not.toContain('case-density');
    const tiles = briefingLegendEntries(messages['zh-CN'], 'tiles');
    expect(tiles.find((e) => e.id === 'case-density')?.layerIds).toEqual(caseDensityLayers('case-density').map((l) => l.id));
    const changes = tiles.find((e) => e.id === 'changes')!.layerIds;
    for (const layer of changedZoneLayers('changes')) expect(changes).toContain(layer.id);
    expect(new Set(tiles.map((e) => e.id)).size).toBe(tiles.length);
  });
});
