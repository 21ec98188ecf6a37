import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { UserRole } from '../schema/enums.ts';
import { users } from '../schema/index.ts';
import type { Executor } from './audit.ts';

const sessionUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabled: users.disabled,
  sessionVersion: users.sessionVersion,
  mustChangePassword: users.mustChangePassword,
};

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: 'admin' | 'editor' | 'author';
  disabled: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
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
export async function bumpSessionVersion(db: Executor, params: BumpSessionVersionParams) {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, params.id));
}

/** The staff list for administrators (a newsroom has dozens of accounts, not thousands). */
export function listUsers(db: Executor) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      mustChangePassword: users.mustChangePassword,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(asc(users.name), asc(users.id));
}

export type InsertUserParams = {
  email: string;
  name: string;
  slug: string;
  role: UserRole;
  passwordHash: string;
};

/** New accounts start with a one-time password that must be replaced at first login. */
export async function insertUser(db: Executor, params: InsertUserParams): Promise<number> {
  const [row] = await db
    .insert(users)
    .values({ ...params, email: params.email.trim(), mustChangePassword: true })
    .returning({ id: users.id });
  return row!.id;
}

export type GetUserParams = { id: number };

export async function getUserForAdmin(db: Executor, params: GetUserParams) {
  const [row] = await db
    .select({ id: users.id, email: users.email, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, params.id))
    .for('update');
  return row;
}

export async function getUserPasswordHash(db: Executor, params: GetUserParams) {
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, params.id))
    .limit(1);
  return row?.passwordHash;
}

export type SetUserRoleParams = { id: number; role: UserRole };

export async function setUserRole(db: Executor, params: SetUserRoleParams) {
  await db.update(users).set({ role: params.role }).where(eq(users.id, params.id));
}

export type SetUserDisabledParams = { id: number; disabled: boolean };

export async function setUserDisabled(db: Executor, params: SetUserDisabledParams) {
  await db.update(users).set({ disabled: params.disabled }).where(eq(users.id, params.id));
}

export type SetUserPasswordParams = {
  id: number;
  passwordHash: string;
  /** true for a one-time password an administrator hands out, false for the user's own. */
  mustChangePassword: boolean;
};

export async function setUserPassword(db: Executor, params: SetUserPasswordParams) {
  await db
    .update(users)
    .set({ passwordHash: params.passwordHash, mustChangePassword: params.mustChangePassword })
    .where(eq(users.id, params.id));
}
