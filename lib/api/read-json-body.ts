import 'server-only';
import { BodyTooLargeError, readBodyBytes } from './read-body';
import { errorResponse } from './respond';

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
 * whole) and one that is not JSON (400). Returns the parsed value or the error response to send.
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
    if (error instanceof BodyTooLargeError) return errorResponse(413, error.message, { maxBytes });
    throw error;
  }
  if (text.trim() === '') return errorResponse(400, 'The request body is empty: send JSON.');
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return errorResponse(400, 'The request body is not valid JSON.');
  }
}

