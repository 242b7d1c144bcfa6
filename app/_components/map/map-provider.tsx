'use client';
import { Map as MapLibreMap, NavigationControl, prewarm, ScaleControl, setWorkerUrl, type ErrorEvent as MapErrorEvent, type LngLatBoundsLike, type PaddingOptions, type StyleSpecification } from 'maplibre-gl';
import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { resolveBaseStyle } from './resolve-base-style';

/** MapLibre's module worker, served by app/vendor/maplibre-gl-worker. */
const WORKER_URL = '/vendor/maplibre-gl-worker';

// The workers load and parse their script while the page hydrates, not after the map is created.
if (typeof window !== 'undefined') {
  setWorkerUrl(WORKER_URL);
  prewarm();
}

/** `isReady`: idle with every ready source loaded (what `data-map-ready` says), e.g. before exporting the canvas. */
type MapContextValue = { map: MapLibreMap | null; isLoaded: boolean; isReady: boolean };

const MapContext = createContext<MapContextValue>({ map: null, isLoaded: false, isReady: false });

/** The map of the nearest MapProvider, and whether its style has loaded. */
export const useMap = () => useContext(MapContext);

declare global {
  interface Window {
    /** Test hook: e2e specs assert rendered features through the map's own API. */
    gridwatchMap?: MapLibreMap;
  }
}

type Props = {
  /** NEXT_PUBLIC_MAP_STYLE as the server read it. */
  styleSetting?: string;
  initialBounds?: LngLatBoundsLike;
  /** The padding around `initialBounds` for the container's width (overlays that cover the map's edges); 40 px by default. */
  fitPadding?: (width: number) => number | PaddingOptions;
  /** A view to open at instead of fitting `initialBounds` (a shared link's). */
  initialView?: { center: [number, number]; zoom: number };
  /** Sources that must be loaded before the map reports itself ready. */
  readySourceIds: string[];
  /**
   * When the layer components may add their sources: on `load` (the basemap drawn once; the default), or as
   * soon as the style is parsed (`style-load`), so the data's tiles load beside the basemap's, not after it.
   */
  addLayersOn?: 'load' | 'style-load';
  labels: { loading: string; failed: string; noWebgl: string };
  children?: React.ReactNode;
};

/**
 * Creates one MapLibre map and shares it with the layer components inside. The container carries
 * `data-map-ready="true"` once the map is idle with every source in `readySourceIds` loaded: tests
 * and screenshots wait on that, not on timeouts.
 */
export function MapProvider({ styleSetting, initialBounds, fitPadding, initialView, readySourceIds, addLayersOn = 'load', labels, children }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [value, setValue] = useState<Omit<MapContextValue, 'isReady'>>({ map: null, isLoaded: false });
  const [isReady, setIsReady] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const readyIds = readySourceIds.join(',');

  useEffect(() => {
    let map: MapLibreMap | undefined;
    let isCancelled = false;
    (async () => {
      let style: StyleSpecification | string;
      try {
        style = await resolveBaseStyle(styleSetting);
      } catch (error) {
        setFailure((error as Error).message);
        return;
      }
      if (isCancelled || !containerRef.current) return;
      try {
        // The first view is set here, before the first render: a fit after load would fetch a second round of tiles.
        const firstView = initialView ?? { bounds: initialBounds, fitBoundsOptions: { padding: fitPadding?.(containerRef.current.clientWidth) ?? 40 } };
        map = new MapLibreMap({
          container: containerRef.current,
          style,
          ...firstView,
          attributionControl: { compact: true },
          // Keeps the canvas readable for the PNG export and screenshots.
          canvasContextAttributes: { preserveDrawingBuffer: true },
        });
      } catch (error) {
        setFailure(/webgl/i.test(String(error)) ? labels.noWebgl : String((error as Error).message ?? error));
        return;
      }
      map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
      map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
      map.once(addLayersOn === 'style-load' ? 'style.load' : 'load', () => setValue({ map: map ?? null, isLoaded: true }));
      map.on('error', (event: MapErrorEvent) => console.warn('map:', event.error?.message));
      window.gridwatchMap = map;
      setValue({ map, isLoaded: false });
    })();
    return () => {
      isCancelled = true;
      map?.remove();
      if (window.gridwatchMap === map) window.gridwatchMap = undefined;
    };
    // The style and first view are chosen once; later changes move the map through its API.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const { map, isLoaded } = value;
    if (!map || !isLoaded) return;
    const ids = readyIds ? readyIds.split(',') : [];
    const onIdle = () => setIsReady(ids.every((id) => map.getSource(id) !== undefined && map.isSourceLoaded(id)));
    const onLoading = () => setIsReady(false);
    map.on('idle', onIdle);
    map.on('dataloading', onLoading);
    map.triggerRepaint();
    return () => {
      map.off('idle', onIdle);
      map.off('dataloading', onLoading);
    };
  }, [value, readyIds]);

  const context = useMemo(() => ({ ...value, isReady }), [value, isReady]);
  return (
    <MapContext.Provider value={context}>
      <div ref={containerRef} className="map-canvas" data-testid="map" data-map-ready={isReady ? 'true' : 'false'} />
      {failure ? (
        <div className="map-status" role="alert">
          {labels.failed.replace('{message}', failure)}
        </div>
      ) : !isReady ? (
        <div className="map-status" role="status" aria-live="polite">
          {labels.loading}
        </div>
      ) : null}
      {children}
    </MapContext.Provider>
  );
}
