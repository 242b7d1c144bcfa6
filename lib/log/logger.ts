import pino, { type Logger } from 'pino';
import { describeError } from './describe-error';

type Sink = (line: string) => void;

const sinks = new Set<Sink>();
let isStdoutMuted = false;

/** Where log lines go: stdout, and any sink a test attached with `captureLog`. */
const destination = {
  write(line: string) {
    for (const sink of sinks) sink(line);
    if (!isStdoutMuted) process.stdout.write(line);
  },
};

/**
 * Keys whose values never reach the log, wherever they appear in a logged object: request bodies, the
 * parameters of a database statement, passwords and their hashes, a resident's contact details and track.
 */
export const REDACTED_PATHS = [
  'body', '*.body', 'req.body', 'request.body',
  'params', '*.params', 'parameters', '*.parameters', 'query', '*.query',
  'password', '*.password', 'passwordHash', '*.passwordHash', 'password_hash', '*.password_hash',
  'token', '*.token', 'cookie', '*.cookie', 'headers.cookie', '*.headers.cookie', 'authorization', '*.authorization',
  'phone', '*.phone', 'trajectory', '*.trajectory', 'overlaps', '*.overlaps',
];

/**
 * The app's one logger: JSON lines with redaction, errors described by `describeError` (codes and
 * statement names, never values). Log an error as `logger.error({ err, route }, 'what failed')`.
 *
 * @example
 * logger.error({ err: error, route: '/api/reports', requestId }, 'request failed')
 */
export const logger: Logger = pino(
  {
    base: { app: 'gridwatch' },
    level: process.env.NODE_ENV === 'test' ? 'debug' : 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: describeError, error: describeError },
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  destination,
);

/**
 * Tests only: collects the log lines written from now until `stop()`, and by default keeps them off stdout.
 *
 * @example
 * const log = captureLog(); ...; log.stop(); expect(log.text()).not.toContain('13800000000');
 */
export function captureLog(options: { isMuted?: boolean } = {}): { lines: string[]; text: () => string; stop: () => void } {
  const lines: string[] = [];
  const sink: Sink = (line) => lines.push(line);
  sinks.add(sink);
  const wasMuted = isStdoutMuted;
  isStdoutMuted = options.isMuted ?? true;
  return {
    lines,
    text: () => lines.join(''),
    stop: () => {
      sinks.delete(sink);
      isStdoutMuted = wasMuted;
    },
  };
}
