import { toWireError } from '@/lib/errors/app-error';
import { compareHere, type CompareRequest } from './compare-here';

/** Compares a trajectory with the downloaded case tracks off the main thread (see compare-in-worker.ts). */
// Typed by hand: the project's TypeScript lib is the DOM's, not the worker's.
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<CompareRequest>) => void) | null; postMessage: (message: unknown) => void };

scope.onmessage = (event) => {
  try {
    scope.postMessage({ isOk: true, answer: compareHere(event.data) });
  } catch (error) {
    scope.postMessage({ isOk: false, error: toWireError(error) });
  }
};
