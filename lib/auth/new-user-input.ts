import { z } from '@/lib/validation/zod';
import { USER_ROLES, type UserRole } from '@/lib/enums';
import { reason } from '@/lib/errors/field-reasons';
import { zodProblem, type Problem } from '@/lib/errors/problem';
import { MIN_PASSWORD_LENGTH } from './password';

export type NewUserInput = { username: string; role: UserRole; password: string };

const schema = z.strictObject({
  username: z.string().trim().regex(/^[A-Za-z0-9._-]{2,100}$/, reason('username')),
  role: z.enum(USER_ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
});

/**
 * Validates an admin's "new user" form; the error names the field at fault.
 *
 * @example
 * readNewUser({ username: 'wang', role: 'staff', password: 'correct horse battery' }) // → { user: { … } }
 * readNewUser({ username: 'w', role: 'staff', password: 'x' }) // → { problem: { code: 'request.field-invalid', params: { field: 'username', reason }, field: 'username' } }
 */
export function readNewUser(value: unknown): { user: NewUserInput } | { problem: Problem } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { user: parsed.data } : { problem: zodProblem(parsed.error) };
}
