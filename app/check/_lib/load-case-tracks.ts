import { decodeCaseTracks, type CaseTracksAnswer } from '@/lib/check/case-track-codec';
import type { CoverageBasis } from '@/lib/check/coverage';
import type { CaseTrack } from '@/lib/trajectory/types';

/** The public data a private check compares against: the window's case tracks and what the whole data covers. */
export type CaseData = { tracks: CaseTrack[]; basis: CoverageBasis };

/**
 * Downloads the published case tracks for a window of whole days, with the coverage basis. The request carries
 * dates, never positions. (The one place that knows where case tracks come from.)
 */
export async function loadCaseTracks(window: { from: string; to: string }): Promise<CaseData> {
  const response = await fetch(`/api/case-tracks?from=${encodeURIComponent(window.from)}&to=${encodeURIComponent(window.to)}`);
  const body = (await response.json()) as CaseTracksAnswer & { error?: string };
  if (!response.ok) throw new Error(body.error ?? response.statusText);
  return { tracks: decodeCaseTracks(body), basis: body.coverageBasis };
}
