import 'server-only';
import type { NextRequest } from 'next/server';
import type { ZodType } from 'zod';
import { requireRole, type SessionUser } from '@/lib/auth/session';
import { isSameOrigin } from '@/lib/auth/same-origin';
import type { UserRole } from '@/lib/db/schema';
import { AppError } from '@/lib/errors/app-error';
import { problemError, zodProblem, type Problem } from '@/lib/errors/problem';
import { readIdParam } from './id-param';
import { parseJsonBounded } from './parse-json';
import { readBodyBytes } from './read-body';
import { findNulPath } from '@/lib/validation/bounded-input';

/**
 * The one way a route reads a path id: a database id (1 … 2³¹−1), else AppError `request.id-invalid` (404:
 * no record has that id), never a 400 or a 500 from the database.
 *
 * @example
 * const id = pathId((await context.params).id);
 */
export function pathId(segment: string): number {
  const id = readIdParam(segment);
  if (id === undefined) throw new AppError('request.id-invalid');
  return id;
}

/**
 * The signed-in user if their role is in `roles`; a mutation is also refused cross-origin (pass
 * `{ isMutation: false }` for a read). Throws coded AppErrors (request.cross-origin 403, auth.signed-out 401,
 * auth.forbidden 403) for `withErrors` to answer.
 *
 * @example
 * const user = await requireStaff(request, EDIT_ROLES);
 * const reader = await requireStaff(request, READ_ROLES, { isMutation: false });
 */
export async function requireStaff(request: NextRequest, roles: readonly UserRole[], options: { isMutation?: boolean } = {}): Promise<SessionUser> {
  if ((options.isMutation ?? true) && !isSameOrigin(request.headers)) throw new AppError('request.cross-origin');
  return requireRole(roles, request.cookies);
}

/**
 * The guard-and-read-body preamble of a staff write: the user (as `requireStaff`), then the JSON body within
 * `maxBytes` and the nesting limit. Throws coded AppErrors (413 too large or too deep, 400 empty or not JSON).
 *
 * @example
 * const { user, body } = await readStaffJson(request, EDIT_ROLES, JSON_BODY_LIMITS.form);
 */
export async function readStaffJson(request: NextRequest, roles: readonly UserRole[], maxBytes: number): Promise<{ user: SessionUser; body: unknown }> {
  const user = await requireStaff(request, roles);
  return { user, body: await readJson(request, maxBytes) };
}

/**
 * A request's JSON body within `maxBytes` and the nesting limit, or a coded AppError (413 too large or too
 * deep, 400 empty or not JSON, 400 `request.text-nul` naming the field when any string holds U+0000, which no
 * text column can store). For routes that check the path id between the guard and the body.
 *
 * @example
 * const body = await readJson(request, JSON_BODY_LIMITS.form);
 */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const text = new TextDecoder().decode(await readBodyBytes(request, maxBytes));
  if (text.trim() === '') throw new AppError('request.body-empty');
  const body = parseJsonBounded(text);
  const nulField = findNulPath(body);
  if (nulField !== undefined) throw new AppError('request.text-nul', { field: nulField }, { details: { field: nulField } });
  return body;
}

/**
 * A body read by a zod schema, or AppError `request.field-invalid` (400; pass `form.field-invalid` for a staff
 * form's 422) naming the field and why, in both languages.
 *
 * @example
 * const { isPublished } = parseBody(z.object({ isPublished: z.boolean() }), body);
 */
export function parseBody<T>(schema: ZodType<T>, body: unknown, code: 'request.field-invalid' | 'form.field-invalid' = 'request.field-invalid'): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw problemError(zodProblem(parsed.error, { code }));
  return parsed.data;
}

/**
 * The value of a validator's answer, or its problem thrown as a coded AppError.
 *
 * @example
 * const zone = orThrow(readZoneEdit(body)).zone;
 */
export function orThrow<T extends object>(read: T | { problem: Problem }): T {
  if ('problem' in read && typeof read.problem === 'object' && read.problem !== null && 'code' in read.problem) throw problemError(read.problem as Problem);
  return read as T;
}
