import type { CheckAnswer } from '@/lib/check/check-answer';
import { packedBuffers, packedFromParts } from '@/lib/check/pack-in-slices';
import type { PackedTracks } from '@/lib/check/pack-tracks';
import { fromWireError, type WireError } from '@/lib/errors/app-error';
import type { TrajectoryPart } from '@/lib/trajectory/types';
import { compareHere, type CompareData } from './compare-here';

/** What the check worker is sent: the trajectory packed (transferred, lib/check/pack-tracks.ts) and the data. */
export type CompareRequest = CompareData & { packed: PackedTracks };
export type CompareWorkerMessage = { kind: 'progress'; fraction: number } | { kind: 'done'; answer: CheckAnswer } | { kind: 'failed'; error: WireError };

/**
 * Runs the comparison in a Web Worker so a long trajectory never freezes the page, reporting the fraction
 * compared; falls back to this thread where workers are unavailable or fail to load. The trajectory is packed
 * into typed arrays in slices and transferred: a structured clone of its small arrays blocked the page 0.3 s.
 */
export async function compareInWorker(parts: TrajectoryPart[], data: CompareData, onProgress: (fraction: number) => void): Promise<CheckAnswer> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return compareHere(parts, data, onProgress);
  }
  const packed = await packedFromParts(parts);
  return new Promise<CheckAnswer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CompareWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message.fraction);
      worker.terminate();
      if (message.kind === 'done') resolve(message.answer);
      else reject(fromWireError(message.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      try {
        resolve(compareHere(parts, data, onProgress));
      } catch (error) {
        reject(error);
      }
    };
    const request: CompareRequest = { ...data, packed };
    worker.postMessage(request, packedBuffers(packed));
  });
}
