import { AppError } from '@/lib/errors/app-error';

/** Deep enough for any GeoJSON or form this app reads (a MultiPolygon body is about 8 levels), far below a stack overflow. */
export const DEFAULT_MAX_JSON_DEPTH = 64;

/**
 * How deeply the arrays and objects of JSON text nest, found by one pass over the text without recursion
 * (brackets inside strings do not count), so hostile nesting is refused before JSON.parse or any recursive reader.
 *
 * @example
 * jsonDepth('{"a":[1,[2]]}') // → 3
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isInString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) isInString = false;
    } else if (c === 34) isInString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth -= 1;
  }
  return deepest;
}

/**
 * JSON.parse with a nesting limit: throws AppError `request.body-too-deep` (413) past `maxDepth`, and
 * `request.body-empty` / `request.body-malformed` (400) for no JSON or broken JSON.
 *
 * @example
 * parseJsonBounded('{"trajectory":{}}', { maxDepth: 64 }) // → { trajectory: {} }
 */
export function parseJsonBounded(text: string, options: { maxDepth?: number } = {}): unknown {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH;
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') throw new AppError('request.body-empty');
  if (jsonDepth(source) > maxDepth) throw new AppError('request.body-too-deep', { limit: maxDepth });
  try {
    return JSON.parse(source) as unknown;
  } catch {
    throw new AppError('request.body-malformed');
  }
}
