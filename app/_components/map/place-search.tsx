'use client';
import { useEffect, useState } from 'react';
import type { PlaceHit } from '@/lib/search/search-query';
import type { Messages } from '@/lib/i18n/messages';
import { useMap } from './map-provider';

const DEBOUNCE_MS = 250;
const KIND_LABEL = { community: 'searchKindCommunity', 'grid-cell': 'searchKindGridCell', zone: 'searchKindZone', place: 'searchKindPlace' } as const;

type Labels = Pick<Messages, 'searchPlaces' | 'searchNoResults' | 'searchKindCommunity' | 'searchKindGridCell' | 'searchKindZone' | 'searchKindPlace'>;

/** Takes the map to a hit: an area's box, or a place at street zoom. */
function goTo(map: NonNullable<ReturnType<typeof useMap>['map']>, hit: PlaceHit) {
  if (hit.bbox) map.fitBounds([[hit.bbox[0], hit.bbox[1]], [hit.bbox[2], hit.bbox[3]]], { padding: 60, maxZoom: 17, duration: 600 });
  else map.flyTo({ center: hit.lngLat, zoom: Math.max(map.getZoom(), 16), duration: 600 });
}

/**
 * A place search over the map (`/api/places`): community names, grid cells, zones and places cases visited.
 * Results are text (names are user data, never HTML); picking one takes the map there.
 */
export function PlaceSearch({ messages: m }: { messages: Labels }) {
  const { map } = useMap();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<PlaceHit[] | null>(null);
  const query = text.trim();
  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/places?${new URLSearchParams({ q: query })}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ results: PlaceHit[] }>) : { results: [] }))
        .then((body) => setHits(body.results))
        .catch(() => {});
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  const shown = query ? hits : null;
  return (
    <div className="map-search" role="search">
      <input type="search" value={text} maxLength={50} onChange={(e) => setText(e.target.value)} placeholder={m.searchPlaces} aria-label={m.searchPlaces} data-testid="place-search" />
      {shown ? (
        <ul className="map-search-results" data-testid="place-search-results">
          {shown.length === 0 ? <li className="muted">{m.searchNoResults}</li> : null}
          {shown.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                data-kind={hit.kind}
                onClick={() => {
                  if (map) goTo(map, hit);
                  setText('');
                }}
              >
                <span className="hit-name">{hit.name}</span> <small>{[m[KIND_LABEL[hit.kind]], hit.detail].filter(Boolean).join(' · ')}</small>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
