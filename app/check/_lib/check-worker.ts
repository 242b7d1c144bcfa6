import { toWireError } from '@/lib/errors/app-error';
import { unpackTracks } from '@/lib/check/pack-tracks';
import { compareHere } from './compare-here';
import type { CompareRequest, CompareWorkerMessage } from './compare-in-worker';

/** Compares a trajectory with the downloaded case tracks off the main thread (see compare-in-worker.ts). */
// Typed by hand: the project's TypeScript lib is the DOM's, not the worker's.
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<CompareRequest>) => void) | null; postMessage: (message: CompareWorkerMessage) => void };

/** How often the page hears how far the comparison is: every 2 % of the trajectory. */
const PROGRESS_STEP = 0.02;

scope.onmessage = (event) => {
  const { packed, ...data } = event.data;
  let reported = 0;
  try {
    const [{ parts }] = unpackTracks(packed);
    const answer = compareHere(parts, data, (fraction) => {
      if (fraction - reported < PROGRESS_STEP) return;
      reported = fraction;
      scope.postMessage({ kind: 'progress', fraction });
    });
    scope.postMessage({ kind: 'done', answer });
  } catch (error) {
    scope.postMessage({ kind: 'failed', error: toWireError(error) });
  }
};
