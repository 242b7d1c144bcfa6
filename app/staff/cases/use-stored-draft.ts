'use client';
import { useEffect, useState } from 'react';
import { DRAFT_STORAGE_KEY, parseStoredDraft, type CaseDraft } from '@/lib/cases/case-draft';

/**
 * The case draft, kept in this tab's sessionStorage until it is saved or cancelled, so typed text survives
 * a reload; `onRestored` runs when a stored draft comes back.
 */
export function useStoredDraft(onRestored: () => void) {
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  useEffect(() => {
    const restored = parseStoredDraft(window.sessionStorage.getItem(DRAFT_STORAGE_KEY));
    if (restored) {
      // sessionStorage exists only in the browser: read after hydration, or server and client HTML would differ.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setDraft(restored);
      onRestored();
    }
    // Once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (draft) window.sessionStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
    else window.sessionStorage.removeItem(DRAFT_STORAGE_KEY);
  }, [draft]);
  return [draft, setDraft] as const;
}
