'use client';
import { Popup, type MapMouseEvent, type PointLike } from 'maplibre-gl';
import { useEffect } from 'react';
import { popupFields } from '@/lib/map/popup-fields';
import type { Locale } from '@/lib/i18n/messages';
import { useMap } from './map-provider';

/** Builds the popup's DOM with textContent only: names and places come from users. */
function popupElement(fields: NonNullable<ReturnType<typeof popupFields>>): HTMLElement {
  const root = document.createElement('div');
  root.className = 'gw-popup';
  const title = document.createElement('h3');
  title.textContent = fields.title;
  root.append(title);
  const list = document.createElement('dl');
  for (const [label, value] of fields.rows) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  root.append(list);
  if (fields.link) {
    const link = document.createElement('a');
    link.href = fields.link.href;
    link.textContent = fields.link.label;
    root.append(link);
  }
  if (fields.note) {
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = fields.note;
    root.append(note);
  }
  return root;
}

type Props = {
  layerIds: string[];
  locale: Locale;
  timeZone: string;
  /** With these, a click inside a community (and not on a case track) opens its card instead of a popup. */
  communityLayerId?: string;
  onCommunity?: (communityId: number) => void;
};

/**
 * Opens a popup for the top clickable feature under a click (case places first, then zones, …), or,
 * given `onCommunity`, hands a click inside a community to the community card: the card lists the zones
 * in force there, and residents find "who do I call" in one more tap.
 */
export function MapPopups({ layerIds, locale, timeZone, communityLayerId, onCommunity }: Props) {
  const { map, isLoaded } = useMap();
  useEffect(() => {
    if (!map || !isLoaded) return;
    // gw-popup-sheet: on a phone the popup is a bottom sheet (globals.css), so it never runs off the screen.
    const popup = new Popup({ maxWidth: '300px', closeButton: true, className: 'gw-popup-sheet' });
    const onClick = (event: MapMouseEvent) => {
      const existing = layerIds.filter((id) => map.getLayer(id));
      const box: [PointLike, PointLike] = [
        [event.point.x - 4, event.point.y - 4],
        [event.point.x + 4, event.point.y + 4],
      ];
      const features = map.queryRenderedFeatures(box, { layers: existing });
      const isOnCaseTrack = features.some((f) => f.source === 'case-tracks');
      // The community exactly under the pointer (the box around it may reach a neighbour).
      const [community] = onCommunity && communityLayerId && !isOnCaseTrack && map.getLayer(communityLayerId) ? map.queryRenderedFeatures(event.point, { layers: [communityLayerId] }) : [];
      const communityId = Number(community?.id ?? community?.properties.id);
      if (onCommunity && Number.isInteger(communityId) && communityId > 0) {
        popup.remove();
        onCommunity(communityId);
        return;
      }
      const [feature] = features;
      const fields = feature && popupFields(feature.source, feature.properties, locale, timeZone);
      if (!fields) return;
      popup.setLngLat(event.lngLat).setDOMContent(popupElement(fields)).addTo(map);
    };
    const setPointer = (event: MapMouseEvent) => {
      const existing = layerIds.filter((id) => map.getLayer(id));
      map.getCanvas().style.cursor = map.queryRenderedFeatures(event.point, { layers: existing }).length ? 'pointer' : '';
    };
    map.on('click', onClick);
    map.on('mousemove', setPointer);
    return () => {
      map.off('click', onClick);
      map.off('mousemove', setPointer);
      popup.remove();
    };
  }, [map, isLoaded, layerIds, locale, timeZone, communityLayerId, onCommunity]);
  return null;
}
