import { createHash, randomBytes } from 'node:crypto';

/**
 * A new session token: 32 random bytes, base64url (256 bits; never stored, only its hash is).
 *
 * @example
 * newSessionToken() // → 'q3J…' (43 characters)
 */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The SHA-256 (hex) of a session token, as stored in `sessions.token_hash`.
 *
 * @example
 * hashSessionToken('abc') // → 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
