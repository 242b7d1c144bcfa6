import { fromWireError, type WireError } from '@/lib/errors/app-error';
import { parseHere, type ParsedUpload } from './parse-here';

export type { ParsedUpload } from './parse-here';

/**
 * Parses an upload in a Web Worker, falling back to the main thread where workers are unavailable.
 * Rejects with the parser's coded error (naming the line or record) for an unreadable file; render it with errorText.
 */
export function parseUpload(text: string, fileName: string, timeZone: string): Promise<ParsedUpload> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve().then(() => parseHere(text, fileName, timeZone));
  }
  return new Promise<ParsedUpload>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ isOk: true; parsed: ParsedUpload } | { isOk: false; error: WireError }>) => {
      worker.terminate();
      if (event.data.isOk) resolve(event.data.parsed);
      else reject(fromWireError(event.data.error));
    };
    worker.onerror = (event) => {
      // The worker script failed to load or crashed: parse here rather than fail the resident.
      event.preventDefault();
      worker.terminate();
      try {
        resolve(parseHere(text, fileName, timeZone));
      } catch (error) {
        reject(error);
      }
    };
    worker.postMessage({ text, fileName, timeZone });
  });
}
