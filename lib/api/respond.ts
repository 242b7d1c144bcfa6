import 'server-only';
import { NextResponse } from 'next/server';
import { EmbeddedDatabaseBusyError } from '@/lib/db/embedded-lock';

/** A JSON error body every endpoint uses: `{ error: "…" }` plus optional details. */
export function errorResponse(status: number, message: string, details?: Record<string, unknown>): NextResponse {
  return NextResponse.json({ error: message, ...details }, { status });
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', '57P01', '57P03']);

/** Whether the error means the database cannot be reached right now (answer 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof EmbeddedDatabaseBusyError) return true;
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code !== undefined && CONNECTION_CODES.has(code);
}

/**
 * Runs a route handler body; infrastructure failures become a 503 (database unavailable) or a 500
 * with no stack trace in the body, and are logged on the server.
 */
export async function withErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error(error);
    if (isDatabaseUnavailable(error)) {
      return errorResponse(503, 'The database is unavailable. Try again in a minute.', { retryAfterSeconds: 30 });
    }
    return errorResponse(500, 'Internal error. It has been logged.');
  }
}
