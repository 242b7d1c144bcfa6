import { TrajectoryParseError } from './parse-error';
import type { CaseTrackFormat, TrajectoryFormat } from './types';

/**
 * Runs a parser, turning a stack overflow (absurdly nested XML or JSON) into a TrajectoryParseError. Other
 * unexpected errors are bugs and propagate unchanged.
 *
 * @example
 * guardStack('geojson', () => parseGeoJson(text, options));
 */
export function guardStack<T>(format: TrajectoryFormat | CaseTrackFormat, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new TrajectoryParseError(format, 'parse.nested-too-deep');
    }
    throw error;
  }
}
