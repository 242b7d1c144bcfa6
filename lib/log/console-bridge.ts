import { logger } from './logger';
import { scrubLogText } from './describe-error';

const globalForBridge = globalThis as typeof globalThis & { gridwatchConsoleBridged?: boolean };

/** A console call's arguments as one log record: the first error (described by the logger's serializer), the text scrubbed. */
export function consoleArgsToRecord(args: unknown[]): { err?: unknown; msg: string } {
  const error = args.find((a) => a instanceof Error || (typeof a === 'object' && a !== null && 'stack' in a));
  const text = args
    .filter((a) => a !== error)
    .map((a) => (typeof a === 'string' ? a : typeof a === 'number' || typeof a === 'boolean' ? String(a) : '[object]'))
    .join(' ');
  return { ...(error ? { err: error } : {}), msg: scrubLogText(text).slice(0, 2000) };
}

/**
 * Sends `console.error` and `console.warn` (Next.js reports a page's or handler's uncaught error there,
 * with the error's whole message) through the redacting logger. Run once at server start; returns a
 * function that puts the console back (for tests).
 */
export function routeConsoleThroughLogger(): () => void {
  if (globalForBridge.gridwatchConsoleBridged) return () => {};
  globalForBridge.gridwatchConsoleBridged = true;
  const original = { error: console.error, warn: console.warn };
  console.error = (...args: unknown[]) => {
    const { err, msg } = consoleArgsToRecord(args);
    logger.error(err ? { err } : {}, msg);
  };
  console.warn = (...args: unknown[]) => {
    const { err, msg } = consoleArgsToRecord(args);
    logger.warn(err ? { err } : {}, msg);
  };
  return () => {
    Object.assign(console, original);
    globalForBridge.gridwatchConsoleBridged = false;
  };
}
