import 'server-only';
import type { NextRequest } from 'next/server';
import { appErrorResponse, codedErrorResponse } from '@/lib/api/respond';
import type { UserRole } from '@/lib/db/schema';
import { AuthError, requireRole, type SessionUser } from './session';
import { isSameOrigin } from './same-origin';

/**
 * The guard every mutating route handler starts with: refuses a cross-origin request (403), then no
 * session (401), then a role not in `roles` (403), as coded errors in the request's language. Returns the
 * user, or the Response to send. Inside `withErrors`, `requireStaff` (lib/api/route-kit.ts) throws instead.
 *
 * @example
 * const guard = await guardMutation(request, EDIT_ROLES);
 * if (guard instanceof Response) return guard;
 * const user = guard; // a SessionUser
 */
export async function guardMutation(request: NextRequest, roles: readonly UserRole[]): Promise<SessionUser | Response> {
  if (!isSameOrigin(request.headers)) return codedErrorResponse(request, 'request.cross-origin');
  return guardRead(request, roles);
}

/** The same checks for a staff-only read (no origin check: reading changes nothing). */
export async function guardRead(request: NextRequest, roles: readonly UserRole[]): Promise<SessionUser | Response> {
  try {
    return await requireRole(roles, request.cookies);
  } catch (error) {
    if (error instanceof AuthError) return appErrorResponse(request, error);
    throw error;
  }
}
