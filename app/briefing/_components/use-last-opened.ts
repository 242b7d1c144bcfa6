'use client';
import { useEffect, useSyncExternalStore } from 'react';

const KEY = 'gridwatch.briefing.lastOpened';

/** The stored moment as this page load found it, before this visit overwrites it. */
let previousVisit: string | null | undefined;

function readPreviousVisit(): string | null {
  if (previousVisit === undefined) {
    try {
      const stored = window.localStorage.getItem(KEY);
      previousVisit = stored && !Number.isNaN(Date.parse(stored)) ? stored : null;
    } catch {
      // Private mode or storage disabled: the choice stays unavailable.
      previousVisit = null;
    }
  }
  return previousVisit;
}

const subscribe = () => () => {};

/**
 * When this browser's user last opened the briefing (before this visit), remembered in localStorage; this
 * visit's moment is stored for next time. Null on a first visit, on the server, or where storage is refused.
 */
export function useLastOpened(openedAt: string): string | null {
  const previous = useSyncExternalStore(subscribe, readPreviousVisit, () => null);
  useEffect(() => {
    readPreviousVisit();
    try {
      window.localStorage.setItem(KEY, openedAt);
    } catch {
      // As above.
    }
  }, [openedAt]);
  return previous;
}
