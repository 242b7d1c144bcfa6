'use client';
import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The zones the workspace map draws, every zone not lifted, read from /api/zones rather than carried in the
 * page's HTML (500 zones' boundaries made the page a megabyte). Read again whenever `revision` (from
 * `zonesSummary`, so it changes with any zone written) changes; a failed read keeps what the map showed.
 */
export function useMapZones(revision: string): { zones: FeatureCollection; isLoaded: boolean; failed: boolean } {
  const [state, setState] = useState({ zones: EMPTY, isLoaded: false, failed: false });
  useEffect(() => {
    const abort = new AbortController();
    fetch('/api/zones', { signal: abort.signal, headers: { accept: 'application/geo+json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const all = (await response.json()) as FeatureCollection;
        const inForce = all.features.filter((f) => !f.properties?.liftedAt).map((f) => ({ ...f, properties: { kind: f.properties?.kind, name: f.properties?.name } }));
        setState({ zones: { type: 'FeatureCollection', features: inForce }, isLoaded: true, failed: false });
      })
      .catch(() => {
        if (!abort.signal.aborted) setState((current) => ({ ...current, failed: true }));
      });
    return () => abort.abort();
  }, [revision]);
  return state;
}
