import { AppError } from '@/lib/errors/app-error';

/** Deep enough for any GeoJSON, Google location history or staff form this app reads; far from a stack overflow. */
export const DEFAULT_JSON_MAX_DEPTH = 64;

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * The deepest bracket nesting in JSON text, counting `{` and `[` outside strings, stopping early once it
 * exceeds `stopAbove`. One pass, no recursion, so hostile nesting costs time linear in its length.
 *
 * @example
 * jsonNestingDepth('{"a": [1, "[[["]}') // → 2
 */
export function jsonNestingDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (isInString) {
      if (char === BACKSLASH) i += 1;
      else if (char === QUOTE) isInString = false;
      continue;
    }
    if (char === QUOTE) isInString = true;
    else if (char === OPEN_OBJECT || char === OPEN_ARRAY) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (char === CLOSE_OBJECT || char === CLOSE_ARRAY) depth -= 1;
  }
  return deepest;
}

/**
 * JSON.parse that first refuses text nested deeper than `maxDepth` (AppError `request.body-too-deep`, 413)
 * without recursing into it, and answers text that is not JSON with `request.body-malformed` (400).
 * Code that walks the parsed value recursively (zod, GeoJSON readers) is then safe from stack overflows.
 *
 * @example
 * parseJsonBounded('{"a": [1]}') // → { a: [1] }
 * parseJsonBounded('[[[1]]]', { maxDepth: 2 }) // throws AppError('request.body-too-deep', { limit: 2 })
 */
export function parseJsonBounded(text: string, options: { maxDepth?: number } = {}): unknown {
  const maxDepth = options.maxDepth ?? DEFAULT_JSON_MAX_DEPTH;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (jsonNestingDepth(source, maxDepth) > maxDepth) throw new AppError('request.body-too-deep', { limit: maxDepth });
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    throw new AppError('request.body-malformed', {}, { cause: error });
  }
}
