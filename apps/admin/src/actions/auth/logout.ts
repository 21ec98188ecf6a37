'use server';

import { bumpSessionVersion } from '@vestnik/db/queries/users';
import { signOut } from '@/auth';
import { db } from '@/lib/db';
import { currentUser } from '@/lib/session';

/** Logging out revokes every session of the user (version bump), not only this cookie. */
export async function logout(): Promise<void> {
  const user = await currentUser();
  if (user) await bumpSessionVersion(db(), { id: user.id });
  await signOut({ redirectTo: '/login' });
}
