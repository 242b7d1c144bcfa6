import { toWireError } from '@/lib/errors/app-error';
import { packTracks } from '@/lib/check/pack-tracks';
import { packedBuffers } from '@/lib/check/pack-in-slices';
import { parseHere, readBlobText } from './parse-here';
import type { ParseRequest, ParseWorkerMessage } from './parse-upload';

/**
 * Reads, decodes and parses an uploaded trajectory off the main thread, so a large file does not freeze the
 * page; reports progress, and hands the parts back as transferred typed arrays (no structured clone of them).
 */
// Typed by hand: the project's TypeScript lib is the DOM's, not the worker's.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (message: ParseWorkerMessage, transfer?: Transferable[]) => void;
};

scope.onmessage = async (event) => {
  const { file, fileName, timeZone } = event.data;
  try {
    let reported = -1;
    const text = await readBlobText(file, (fraction) => {
      // A message per chunk would flood the page: every 2 %.
      if (fraction - reported < 0.02 && fraction < 1) return;
      reported = fraction;
      scope.postMessage({ kind: 'progress', stage: 'reading', fraction });
    });
    scope.postMessage({ kind: 'progress', stage: 'parsing' });
    const { parts, ...rest } = parseHere(text, fileName, timeZone);
    const packed = packTracks([{ caseCode: '', parts }]);
    scope.postMessage({ kind: 'done', upload: { ...rest, packed } }, packedBuffers(packed));
  } catch (error) {
    // The code and parameters cross, so the page renders the error in its own language.
    scope.postMessage({ kind: 'failed', error: toWireError(error) });
  }
};
