import 'server-only';
import { NextResponse } from 'next/server';
import type { ZoneWriteResult } from '@/lib/db/queries/zone-edits';
import { codedErrorResponse } from './respond';

/**
 * The HTTP answer to a zone write: 200/201 with the saved zone, 409 `zone.conflict` with the other editor's
 * version, 404 `request.not-found`, or 422 with the coded reason the zone was refused, in the request's language.
 *
 * @example
 * zoneWriteResponse(request, { ok: false, reason: 'not-found' }) // → 404 { error: '找不到该记录。', code: 'request.not-found' }
 */
export function zoneWriteResponse(request: Request, result: ZoneWriteResult, createdStatus = 200): Response {
  if (result.ok) return NextResponse.json({ zone: result.zone }, { status: createdStatus });
  switch (result.reason) {
    case 'conflict':
      return codedErrorResponse(request, 'zone.conflict', { version: result.current.version }, { current: result.current });
    case 'not-found':
      return codedErrorResponse(request, 'request.not-found');
    case 'invalid':
      return codedErrorResponse(request, 'record.constraint', { rule: result.message });
  }
}
