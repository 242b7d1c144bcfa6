import { toWireError } from '@/lib/errors/app-error';
import { parseHere } from './parse-here';

/** Parses an uploaded trajectory off the main thread, so a large file does not freeze the page. */
type Request = { text: string; fileName: string; timeZone: string };

// Typed by hand: the project's TypeScript lib is the DOM's, not the worker's.
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage: (message: unknown) => void };

scope.onmessage = (event) => {
  const { text, fileName, timeZone } = event.data;
  try {
    scope.postMessage({ isOk: true, parsed: parseHere(text, fileName, timeZone) });
  } catch (error) {
    // The code and parameters cross, so the page renders the error in its own language.
    scope.postMessage({ isOk: false, error: toWireError(error) });
  }
};
