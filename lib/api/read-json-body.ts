import 'server-only';
import { isAppError } from '@/lib/errors/app-error';
import { BodyTooLargeError, formatBytes, readBodyBytes } from './read-body';
import { findNulPath } from '@/lib/validation/bounded-input';
import { parseJsonBounded } from './parse-json';
import { appErrorResponse, codedErrorResponse } from './respond';

/**
 * How much JSON each kind of staff request may send. Forms are small; a batch of up to ten zones may carry
 * detailed polygons; a case import carries a whole file as text (up to 20 million characters, which is up to
 * 60 MB of UTF-8 when the file is Chinese text), so it gets the most room.
 */
export const JSON_BODY_LIMITS = {
  form: 1024 * 1024,
  zones: 32 * 1024 * 1024,
  caseImport: 64 * 1024 * 1024,
} as const;

/**
 * Reads a request's JSON body, refusing one over `maxBytes` (413 naming the limit, before buffering it
 * whole), one nested too deep (413, before parsing it), one that is not JSON (400) and one with a NUL
 * character in any string (400: no text column can store it), each with a code.
 * Returns the parsed value or the error response to send.
 *
 * @example
 * const read = await readJsonBody(request, JSON_BODY_LIMITS.form);
 * if (read instanceof Response) return read;
 * readNewUser(read.body);
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ body: unknown } | Response> {
  let text: string;
  try {
    text = new TextDecoder().decode(await readBodyBytes(request, maxBytes));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return codedErrorResponse(request, 'request.body-too-large', { limit: formatBytes(maxBytes) }, { maxBytes });
    throw error;
  }
  if (text.trim() === '') return codedErrorResponse(request, 'request.body-empty');
  let body: unknown;
  try {
    body = parseJsonBounded(text);
  } catch (error) {
    if (isAppError(error)) return appErrorResponse(request, error);
    throw error;
  }
  // No text column can hold U+0000: refuse it here, naming the field, for every JSON endpoint at once.
  const nulField = findNulPath(body);
  if (nulField !== undefined) return codedErrorResponse(request, 'request.text-nul', { field: nulField }, { field: nulField });
  return { body };
}
