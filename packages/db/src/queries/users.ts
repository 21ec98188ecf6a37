import { eq, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { users } from '../schema/index.ts';

const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  sessionVersion: users.sessionVersion,
};

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: 'admin' | 'editor' | 'author';
  disabled: boolean;
  sessionVersion: number;
};

export type FindUserByEmailParams = { email: string };

/** For the login form only: the one query that returns a password hash. */
export async function findUserForLogin(db: Database, params: FindUserByEmailParams) {
  const [row] = await db
    .select({ ...sessionUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, params.email.trim().toLowerCase()))
    .limit(1);
  return row;
}

export type GetSessionUserParams = { id: number };

/** Loaded on every admin request to check the session version and the current role. */
export async function getSessionUser(
  db: Database,
  params: GetSessionUserParams,
): Promise<SessionUser | undefined> {
  const [row] = await db
    .select(sessionUserColumns)
    .from(users)
    .where(eq(users.id, params.id))
    .limit(1);
  return row;
}

export type RecordLoginParams = { id: number };

export async function recordSuccessfulLogin(db: Database, params: RecordLoginParams) {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, params.id));
}

export type BumpSessionVersionParams = { id: number };

/** Invalidates every session of the user at once (logout everywhere, role change, disable). */
export async function bumpSessionVersion(db: Database, params: BumpSessionVersionParams) {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, params.id));
}
