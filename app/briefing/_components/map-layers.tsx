'use client';
import { useEffect } from 'react';
import { ZONE_KINDS } from '@/lib/enums';
import { hatchImageId, hatchPattern } from '@/lib/map/hatch-patterns';
import { newCaseFilter } from '@/lib/map/layers/briefing';
import { theme } from '@/lib/map/theme';
import { useMap } from '@/app/_components/map/map-provider';

/** Registers the zone hatching images; placed before the layers that use them. */
export function HatchImages() {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded) return;
    for (const kind of ZONE_KINDS) {
      if (!map.hasImage(hatchImageId(kind))) map.addImage(hatchImageId(kind), hatchPattern(kind, theme.zone[kind].outline));
    }
  }, [map, isLoaded]);
  return null;
}

/** Flies the map to a place picked from a list (places, search). */
export function FlyTo({ target }: { target: [number, number] | null }) {
  const { map } = useMap();
  useEffect(() => {
    if (map && target) map.flyTo({ center: target, zoom: Math.max(map.getZoom(), 15), duration: 800 });
  }, [map, target]);
  return null;
}

/** Applies the legend's visibility to the layers and the "new since" filter; placed after the layers. */
export function LayerState({ visibleLayerIds, hiddenLayerIds, newSince }: { visibleLayerIds: string[]; hiddenLayerIds: string[]; newSince: string }) {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded) return;
    for (const id of visibleLayerIds) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'visible');
    for (const id of hiddenLayerIds) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', 'none');
    if (map.getLayer('case-tracks-new')) map.setFilter('case-tracks-new', newCaseFilter(newSince));
  }, [map, isLoaded, visibleLayerIds, hiddenLayerIds, newSince]);
  return null;
}

/** Room for the legend (left) and the time bar (bottom) on a wide screen when the first view fits the data. */
export const briefingFitPadding = (width: number) => (width > 900 ? { left: 320, top: 30, right: 60, bottom: 100 } : 30);

/** Reports the map's moves (the link keeps the view) and fits the printed page; the first view is the provider's. */
export function ViewSync({ onMove }: { onMove: (center: [number, number], zoom: number) => void }) {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded) return;
    const report = () => {
      const c = map.getCenter();
      onMove([c.lng, c.lat], map.getZoom());
    };
    map.on('moveend', report);
    // The printed map is smaller than the screen's: when print styles apply (print media matches; beforeprint
    // alone comes before the print layout), resize to the paper's box, show the same area, draw at once;
    // then restore the view.
    let saved: { center: [number, number]; zoom: number; area: ReturnType<typeof map.getBounds> } | undefined;
    const toPaper = () => {
      if (saved) return;
      const c = map.getCenter();
      saved = { center: [c.lng, c.lat], zoom: map.getZoom(), area: map.getBounds() };
      map.resize();
      map.fitBounds(saved.area, { padding: 0, duration: 0 });
      map.redraw();
    };
    const toScreen = () => {
      map.resize();
      if (saved) map.jumpTo(saved);
      saved = undefined;
    };
    const printMedia = window.matchMedia('print');
    const onMedia = (event: MediaQueryListEvent) => (event.matches ? toPaper() : toScreen());
    printMedia.addEventListener('change', onMedia);
    const beforePrint = () => requestAnimationFrame(toPaper);
    const afterPrint = toScreen;
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      map.off('moveend', report);
      printMedia.removeEventListener('change', onMedia);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, [map, isLoaded, onMove]);
  return null;
}

/** Tells the page once the map's first picture is complete (idle, all sources loaded): reading ahead waits for it. */
export function OnFirstReady({ onReady }: { onReady: () => void }) {
  const { isReady } = useMap();
  useEffect(() => {
    if (isReady) onReady();
  }, [isReady, onReady]);
  return null;
}
