'use client';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { encodeBriefingState, type BriefingUrlState } from '@/lib/briefing/url-state';

const URL_DEBOUNCE_MS = 400;

/** The link follows the picture, debounced so dragging the slider or the map does not flood history. */
export function useBriefingLink(state: BriefingUrlState, forcedSource: string | null): void {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const encoded = encodeBriefingState(state);
  if (forcedSource) encoded.set('source', forcedSource);
  const next = `${pathname}?${encoded}`;
  useEffect(() => {
    const timer = setTimeout(() => {
      if (`${pathname}?${searchParams.toString()}` !== next) router.replace(next, { scroll: false });
    }, URL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [next, pathname, router, searchParams]);
}
