import type { CaseTrack } from '../trajectory/types';
import { decodeDayFile } from './day-file-codec';
import { pickDays } from './pick-days';
import { mergeDayTracks } from './split-by-day';
import type { CaseDayManifest } from './types';

export const CASE_DAY_MANIFEST_URL = '/api/case-tracks/days';

async function fetchOk(fetcher: typeof fetch, url: string): Promise<Response> {
  const response = await fetcher(url);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? response.statusText);
  }
  return response;
}

/**
 * The private check's download: the day-file manifest, then the files of the days the window [from, to]
 * touches, merged into one track per case. Every URL is public and the same for every resident (no
 * position, no date range in a query), and the browser's cache keeps the immutable day files.
 *
 * @example
 * const { tracks } = await loadCaseTracks(caseTrackWindow(parts, rule));
 * checkTrajectory(parts, tracks, rule);
 */
export async function loadCaseTracks(
  window: { from: string; to: string },
  fetcher: typeof fetch = fetch,
): Promise<{ tracks: CaseTrack[]; manifest: CaseDayManifest }> {
  const manifest = (await (await fetchOk(fetcher, CASE_DAY_MANIFEST_URL)).json()) as CaseDayManifest;
  const days = await Promise.all(
    pickDays(manifest.days, window).map(async (entry) => {
      const response = await fetchOk(fetcher, `${CASE_DAY_MANIFEST_URL}/${entry.file}`);
      return decodeDayFile(new Uint8Array(await response.arrayBuffer()));
    }),
  );
  return { tracks: mergeDayTracks(days), manifest };
}
