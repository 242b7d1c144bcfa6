'use client';
import { useState } from 'react';
import type { ZoneAnswer } from '@/lib/staff-api/zones-api';
import { zoneFailureNotice, type ZoneNotice } from '@/lib/zones/zone-notice';
import type { ZoneSnapshot } from '@/lib/zones/zone-types';

/**
 * Runs zone writes one at a time: `isSaving` while one is on its way; a refusal becomes the notice (the
 * server's coded message, or the other editor's version on a conflict) and the write gives null.
 */
export function useZoneWrites(options: { conflictTemplate: string; formatTime: (iso: string | null) => string; setNotice: (notice: ZoneNotice) => void }) {
  const [isSaving, setIsSaving] = useState(false);
  const write = async (call: () => Promise<ZoneAnswer>): Promise<ZoneSnapshot | null> => {
    setIsSaving(true);
    try {
      const answer = await call();
      if (answer.ok) return answer.body.zone;
      options.setNotice(zoneFailureNotice(answer.error, answer.conflict, options));
      return null;
    } finally {
      setIsSaving(false);
    }
  };
  return { isSaving, write };
}
