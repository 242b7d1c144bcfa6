'use client';
import { useEffect } from 'react';
import { encodeBriefingState, type BriefingUrlState } from '@/lib/briefing/url-state';

const URL_DEBOUNCE_MS = 400;

/**
 * The link follows the picture, debounced so dragging the slider or the map does not flood history. It
 * replaces the history entry in place (Next.js keeps useSearchParams in step): no server render per move.
 */
export function useBriefingLink(state: BriefingUrlState, forcedSource: string | null): void {
  const encoded = encodeBriefingState(state);
  if (forcedSource) encoded.set('source', forcedSource);
  const query = encoded.toString();
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = `${window.location.pathname}${query ? `?${query}` : ''}`;
      if (`${window.location.pathname}${window.location.search}` !== next) window.history.replaceState(window.history.state, '', next);
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);
}
