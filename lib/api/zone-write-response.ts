import 'server-only';
import { readIdParam } from './id-param';
import { NextResponse } from 'next/server';
import type { ZoneWriteResult } from '@/lib/db/queries/zone-edits';
import { errorResponse } from './respond';

/**
 * The HTTP answer to a zone write: 200/201 with the saved zone, 409 with the other editor's version,
 * 404, or 422 with the reason the zone was refused.
 *
 * @example
 * zoneWriteResponse({ ok: false, reason: 'not-found' }) // → 404 { error: 'No such zone.' }
 */
export function zoneWriteResponse(result: ZoneWriteResult, createdStatus = 200): Response {
  if (result.ok) return NextResponse.json({ zone: result.zone }, { status: createdStatus });
  switch (result.reason) {
    case 'conflict':
      return errorResponse(409, `Someone else changed this zone first (now version ${result.current.version}).`, { current: result.current });
    case 'not-found':
      return errorResponse(404, 'No such zone.');
    case 'invalid':
      return errorResponse(422, result.message);
  }
}

/** A zone id from the URL, or null when it is not a positive integer. */
export function zoneIdOf(value: string): number | null {
  return readIdParam(value) ?? null;
}
