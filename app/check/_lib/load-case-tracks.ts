import { loadCaseTracks as loadDayFiles } from '@/lib/case-days/load-case-tracks';
import type { CoverageBasis } from '@/lib/check/coverage';
import type { CaseTrack } from '@/lib/trajectory/types';

/** The public data a private check compares against: the window's case tracks and what the whole data covers. */
export type CaseData = { tracks: CaseTrack[]; basis: CoverageBasis };

async function loadCoverageBasis(): Promise<CoverageBasis> {
  const response = await fetch('/api/coverage');
  const body = (await response.json()) as CoverageBasis & { error?: string };
  if (!response.ok) throw new Error(body.error ?? response.statusText);
  return body;
}

/**
 * The case tracks of the days the window touches (the public day files, lib/case-days) and the coverage basis
 * (in the day files' manifest; from GET /api/coverage only if a manifest lacks it). Every URL is the same for
 * every resident: dates and positions never leave the device.
 */
export async function loadCaseTracks(window: { from: string; to: string }): Promise<CaseData> {
  const { tracks, manifest } = await loadDayFiles(window);
  return { tracks, basis: manifest.basis ?? (await loadCoverageBasis()) };
}
