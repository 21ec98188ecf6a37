'use server';

import { releaseArticleLocksOfUser } from '@vestnik/db/queries/article-workflow';
import { bumpSessionVersion } from '@vestnik/db/queries/users';
import { signOut } from '@/auth';
import { db } from '@/lib/db';
import { currentUser } from '@/lib/session';

/**
 * Logging out revokes every session of the user (version bump), not only this cookie, and frees
 * their edit locks: an open editor's own release would arrive after the session is gone.
 */
export async function logout(): Promise<void> {
  const user = await currentUser();
  if (user) {
    await releaseArticleLocksOfUser(db(), { userId: user.id });
    await bumpSessionVersion(db(), { id: user.id });
  }
  await signOut({ redirectTo: '/login' });
}
