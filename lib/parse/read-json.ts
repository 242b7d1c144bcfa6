import type { ParseContext } from './parse-context';

/**
 * JSON.parse that reports a syntax error as a TrajectoryParseError naming the line (where V8 gives a position).
 *
 * @example
 * readJson('{"type": "FeatureCollection", "features": []}', context) // → { type: 'FeatureCollection', features: [] }
 */
export function readJson(text: string, context: ParseContext): unknown {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
    const position = /at position (\d+)/.exec(message)?.[1];
    const short = message.length > 160 ? `${message.slice(0, 157)}…` : message;
    if (line) context.failAt({ line: Number(line) }, 'parse.json-invalid', { detail: short });
    if (position) context.failAt({ line: lineAt(source, Number(position)) }, 'parse.json-invalid', { detail: short });
    return context.fail('parse.json-invalid', { detail: short });
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Whether a parsed JSON value is a plain object.
 *
 * @example
 * isRecord({ type: 'Feature' }) // → true; isRecord([1]) // → false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
