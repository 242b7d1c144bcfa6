import 'server-only';
import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id minimum (19 MiB, 2 passes): memory-hard, and ~50 ms so sign-in stays quick. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The shortest password `user:create` accepts. */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * An argon2id hash of a password in PHC string form (salt and parameters included).
 *
 * @example
 * await hashPassword('correct horse') // → '$argon2id$v=19$m=19456,t=2,p=1$…'
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * Whether a password matches a stored hash; false (not a throw) for a malformed hash.
 *
 * @example
 * await verifyPassword(await hashPassword('x'.repeat(10)), 'x'.repeat(10)) // → true
 */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the username is unknown, so the answer takes as long as for a real one. */
let dummyHash: Promise<string> | undefined;
export const getDummyHash = () => (dummyHash ??= hashPassword('gridwatch-no-such-user'));
