import { getSessionUser, type SessionUser } from '@vestnik/db/queries/users';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { db } from './db';
import { can, type Permission } from './permissions';
import { ABSOLUTE_TIMEOUT_S } from './session-timeouts';

type AdminSession = { uid?: number; sv?: number; loginAt?: number };

/**
 * The authoritative check, run by every page, action and route handler (the proxy only redirects
 * for convenience). The user is re-read from the database on each request, so a bumped session
 * version, a disabled account or a changed role takes effect on the very next request.
 */
export async function currentUser(): Promise<SessionUser | undefined> {
  const session = (await auth()) as AdminSession | null;
  if (!session?.uid) return undefined;
  const age = Date.now() / 1000 - (session.loginAt ?? 0);
  if (age > ABSOLUTE_TIMEOUT_S) return undefined;
  const user = await getSessionUser(db(), { id: session.uid });
  if (!user || user.disabled || user.sessionVersion !== session.sv) return undefined;
  return user;
}

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect('/login');
  if (user.mustChangePassword) redirect('/account/password');
  return user;
}

export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) redirect('/?denied=1');
  return user;
}
