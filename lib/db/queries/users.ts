import 'server-only';
import type { UserListing } from '@/lib/staff-api/records';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../client';
import { sessions, users, type User, type UserRole } from '../schema';
import { recordChange, type Actor } from './audit';

/** What the app knows about the signed-in user: never the hash. */
export type SessionUser = { id: number; username: string; role: UserRole; isDemo: boolean };

const publicUser = (u: Pick<User, 'id' | 'username' | 'role' | 'isDemo'>): SessionUser => ({ id: u.id, username: u.username, role: u.role, isDemo: u.isDemo });

/** The user with this username (exact match), or undefined. */
export async function findUserByUsername(db: Db, username: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  return user;
}

/** Creates a user and writes the audit entry in one transaction; the password hash never reaches the log. */
export async function createUser(
  db: Db,
  input: { username: string; passwordHash: string; role: UserRole; isDemo?: boolean },
  actor: Actor,
): Promise<SessionUser> {
  return db.transaction(async (tx) => {
    const [user] = await tx.insert(users).values({ ...input, isDemo: input.isDemo ?? false }).returning();
    await recordChange(tx, actor, { action: 'create', objectType: 'user', objectId: user.id, after: publicUser(user) });
    return publicUser(user);
  });
}

/** Starts a session for a user (the token's hash only). */
export async function startSession(db: Db, userId: number, tokenHash: string, expiresAt: Date, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    // Sign-in is a good moment to sweep this user's expired sessions.
    await tx.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
    await tx.insert(sessions).values({ tokenHash, userId, expiresAt });
  });
}

/** The user of an unexpired session on an enabled account, or undefined. */
export async function findSessionUser(db: Db, tokenHash: string, now: Date, options: { isDemo: boolean }): Promise<SessionUser | undefined> {
  const [row] = await db
    .select({ id: users.id, username: users.username, role: users.role, isDemo: users.isDemo, isDisabled: users.isDisabled })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  // A demo account's session ends with demo mode, like its sign-in.
  if (!row || row.isDisabled || (row.isDemo && !options.isDemo)) return undefined;
  return publicUser(row);
}

/** Ends a session. */
export async function endSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Every user for the admins' page: never the hash or the lockout counters. */
export async function listUsers(db: Db): Promise<UserListing[]> {
  const rows = await db
    .select({ id: users.id, username: users.username, role: users.role, isDemo: users.isDemo, isDisabled: users.isDisabled, createdAt: users.createdAt })
    .from(users)
    .orderBy(users.username);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/**
 * Disables or enables a user; disabling also ends their sessions. Audited with before and after.
 * Returns undefined for an unknown id.
 */
export async function setUserDisabled(db: Db, userId: number, isDisabled: boolean, actor: Actor): Promise<UserListing | undefined> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId));
    if (!before) return undefined;
    const [after] = await tx.update(users).set({ isDisabled }).where(eq(users.id, userId)).returning();
    if (isDisabled) await tx.delete(sessions).where(eq(sessions.userId, userId));
    await recordChange(tx, actor, {
      action: isDisabled ? 'disable' : 'enable',
      objectType: 'user',
      objectId: userId,
      before: { ...publicUser(before), isDisabled: before.isDisabled },
      after: { ...publicUser(after), isDisabled: after.isDisabled },
    });
    return { ...publicUser(after), isDisabled: after.isDisabled, createdAt: after.createdAt.toISOString() };
  });
}
