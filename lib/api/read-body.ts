import { AppError } from '@/lib/errors/app-error';

/** Thrown when a request body is larger than allowed: `request.body-too-large` (413) naming the limit. */
export class BodyTooLargeError extends AppError {
  constructor(readonly maxBytes: number) {
    super('request.body-too-large', { limit: formatBytes(maxBytes) });
    this.name = 'BodyTooLargeError';
  }
}

/** `1048576` → `1 MB`, `65536` → `64 KB`. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Reads a request body as bytes, refusing (before reading it all) one larger than `maxBytes`, whether or
 * not the client sent Content-Length.
 *
 * @example
 * await readBodyBytes(request, 1024) // → Uint8Array, or throws BodyTooLargeError
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLargeError(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
