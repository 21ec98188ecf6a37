import { burnPasswordCheck, verifyPassword } from '@vestnik/db/password';
import { checkLoginLock, recordLoginAttempt } from '@vestnik/db/queries/login-attempts';
import { findUserForLogin, recordSuccessfulLogin } from '@vestnik/db/queries/users';
import { db } from './db';

export type LoginResult =
  | {
      ok: true;
      user: { id: number; name: string; email: string; role: string; sessionVersion: number };
    }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAt: Date };

/**
 * Checks a password under the brute-force limits. Unknown email, wrong password and disabled
 * account all answer 'invalid' after the same argon2 work, so the answer reveals nothing.
 */
export async function attemptLogin(
  email: string,
  password: string,
  ip: string,
): Promise<LoginResult> {
  const database = db();
  const lock = await checkLoginLock(database, { email, ip });
  if (lock.locked) return { ok: false, reason: 'locked', retryAt: lock.retryAt };
  const user = await findUserForLogin(database, { email });
  let valid = false;
  if (user) valid = await verifyPassword(user.passwordHash, password);
  else await burnPasswordCheck(password);
  const success = Boolean(user && valid && !user.disabled);
  await recordLoginAttempt(database, { email, ip, success });
  if (!success || !user) return { ok: false, reason: 'invalid' };
  await recordSuccessfulLogin(database, { id: user.id });
  const { passwordHash: _, disabled: __, ...safe } = user;
  return { ok: true, user: safe };
}
