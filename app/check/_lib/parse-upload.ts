import { partsFromPacked } from '@/lib/check/pack-in-slices';
import type { PackedTracks } from '@/lib/check/pack-tracks';
import { fromWireError, type WireError } from '@/lib/errors/app-error';
import { parseHere, readBlobText, type ParsedUpload } from './parse-here';

export type { ParsedUpload } from './parse-here';

/** Where reading an upload is: the fraction of the file read, or parsing, or turning the parts back on the page. */
export type UploadProgress = { stage: 'reading'; fraction: number } | { stage: 'parsing' } | { stage: 'preparing' };

export type ParseRequest = { file: Blob; fileName: string; timeZone: string };
export type ParseWorkerMessage =
  | ({ kind: 'progress' } & UploadProgress)
  | { kind: 'done'; upload: Omit<ParsedUpload, 'parts'> & { packed: PackedTracks } }
  | { kind: 'failed'; error: WireError };

async function parseOnThisThread(file: Blob, fileName: string, timeZone: string, onProgress: (progress: UploadProgress) => void): Promise<ParsedUpload> {
  const text = await readBlobText(file, (fraction) => onProgress({ stage: 'reading', fraction }));
  onProgress({ stage: 'parsing' });
  return parseHere(text, fileName, timeZone);
}

/**
 * Reads and parses an upload in a Web Worker (the file itself crosses, not its text), reporting progress;
 * falls back to the main thread where workers are unavailable. The parts come back packed and are rebuilt
 * here in slices (lib/check/pack-in-slices.ts). Rejects with the parser's coded error (naming the line or
 * record) for an unreadable file; render it with errorText.
 */
export function parseUpload(file: Blob, fileName: string, timeZone: string, onProgress: (progress: UploadProgress) => void): Promise<ParsedUpload> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseOnThisThread(file, fileName, timeZone, onProgress);
  }
  return new Promise<ParsedUpload>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ParseWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') return onProgress(message);
      worker.terminate();
      if (message.kind === 'failed') return reject(fromWireError(message.error));
      const { packed, ...rest } = message.upload;
      onProgress({ stage: 'preparing' });
      partsFromPacked(packed).then((parts) => resolve({ ...rest, parts }), reject);
    };
    worker.onerror = (event) => {
      // The worker script failed to load or crashed: parse here rather than fail the resident.
      event.preventDefault();
      worker.terminate();
      parseOnThisThread(file, fileName, timeZone, onProgress).then(resolve, reject);
    };
    const request: ParseRequest = { file, fileName, timeZone };
    worker.postMessage(request);
  });
}
