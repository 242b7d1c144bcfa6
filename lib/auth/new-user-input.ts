import { z } from '@/lib/validation/zod';
import { USER_ROLES, type UserRole } from '@/lib/enums';
import { MIN_PASSWORD_LENGTH } from './password';

export type NewUserInput = { username: string; role: UserRole; password: string };

const schema = z.strictObject({
  username: z.string().trim().regex(/^[A-Za-z0-9._-]{2,100}$/, 'must be 2–100 letters, digits, ".", "_" or "-"'),
  role: z.enum(USER_ROLES, { message: `must be one of ${USER_ROLES.join(', ')}` }),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must have at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
});

/**
 * Validates an admin's "new user" form; the error names the field at fault.
 *
 * @example
 * readNewUser({ username: 'wang', role: 'staff', password: 'correct horse battery' }) // → { user: { … } }
 * readNewUser({ username: 'w', role: 'staff', password: 'x' }) // → { error: 'username: must be 2–100 letters, …', field: 'username' }
 */
export function readNewUser(value: unknown): { user: NewUserInput } | { error: string; field: string } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { user: parsed.data };
  const issue = parsed.error.issues[0];
  const field = String(issue.path[0] ?? 'body');
  return { error: `${field}: ${issue.message}`, field };
}
