import type { CheckAnswer } from '@/lib/check/check-answer';
import { fromWireError, type WireError } from '@/lib/errors/app-error';
import { compareHere, type CompareRequest } from './compare-here';

/**
 * Runs the comparison in a Web Worker so a long trajectory never freezes the page; falls back to this thread
 * where workers are unavailable or fail to load.
 */
export function compareInWorker(request: CompareRequest): Promise<CheckAnswer> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve().then(() => compareHere(request));
  }
  return new Promise<CheckAnswer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ isOk: true; answer: CheckAnswer } | { isOk: false; error: WireError }>) => {
      worker.terminate();
      if (event.data.isOk) resolve(event.data.answer);
      else reject(fromWireError(event.data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      try {
        resolve(compareHere(request));
      } catch (error) {
        reject(error);
      }
    };
    worker.postMessage(request);
  });
}
