import type { CaseTrackFormat, TrajectoryFormat } from './types';

export type TrajectoryParseErrorDetails = {
  /** 1-based line of the file (the header counts as line 1), for line-based formats and XML syntax errors. */
  line?: number;
  /** The record at fault as the message names it, e.g. `point 12 of track 1` or `feature 2470`. */
  record?: string;
};

/**
 * The only error the parsers throw for bad input. The message names the format and the line or record,
 * in words a resident can act on.
 *
 * @example
 * throw new TrajectoryParseError('csv', 'CSV line 7: latitude "abc" is not a number', { line: 7 });
 */
export class TrajectoryParseError extends Error {
  readonly format: TrajectoryFormat | CaseTrackFormat;
  readonly line?: number;
  readonly record?: string;

  constructor(format: TrajectoryFormat | CaseTrackFormat, message: string, details: TrajectoryParseErrorDetails = {}) {
    super(message);
    this.name = 'TrajectoryParseError';
    this.format = format;
    if (details.line !== undefined) this.line = details.line;
    if (details.record !== undefined) this.record = details.record;
  }
}
