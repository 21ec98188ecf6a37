import { burnPasswordCheck, verifyPassword } from '@vestnik/db/password';
import {
  beginPasswordCheck,
  type PasswordCheckKind,
  settlePasswordCheck,
} from '@vestnik/db/queries/login-attempts';
import { findUserForLogin, recordSuccessfulLogin } from '@vestnik/db/queries/users';
import { db } from './db';

export type PasswordCheck =
  | { ok: true }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAt: Date };

export type Guesser = {
  email: string;
  ip: string;
  /** A device-cookie id already verified for this account (lib/device-cookie.ts). */
  device?: string;
  kind: PasswordCheckKind;
};

/**
 * One password guess under the brute-force limits, for every place that checks a password (login
 * and change-password): the guess is counted atomically before `verify` runs (so concurrent
 * guesses cannot slip past the limit) and turned into a success only if `verify` says so.
 */
export async function limitedPasswordCheck(
  guesser: Guesser,
  verify: () => Promise<boolean>,
): Promise<PasswordCheck> {
  const database = db();
  const ticket = await beginPasswordCheck(database, guesser);
  if (!ticket.allowed) return { ok: false, reason: 'locked', retryAt: ticket.retryAt };
  let valid = false;
  try {
    valid = await verify();
  } finally {
    await settlePasswordCheck(database, { id: ticket.id, success: valid });
  }
  return valid ? { ok: true } : { ok: false, reason: 'invalid' };
}

export type LoginResult =
  | {
      ok: true;
      user: { id: number; name: string; email: string; role: string; sessionVersion: number };
    }
  | Extract<PasswordCheck, { ok: false }>;

/**
 * Checks a password under the brute-force limits. Unknown email, wrong password and disabled
 * account all answer 'invalid' after the same argon2 work, so the answer reveals nothing.
 */
export async function attemptLogin(
  email: string,
  password: string,
  client: { ip: string; device?: string },
): Promise<LoginResult> {
  let found: Awaited<ReturnType<typeof findUserForLogin>> | undefined;
  const check = await limitedPasswordCheck({ email, kind: 'login', ...client }, async () => {
    found = await findUserForLogin(db(), { email });
    if (!found) {
      await burnPasswordCheck(password);
      return false;
    }
    return (await verifyPassword(found.passwordHash, password)) && !found.disabled;
  });
  if (!check.ok) return check;
  const user = found!;
  await recordSuccessfulLogin(db(), { id: user.id });
  const { passwordHash: _, disabled: __, ...safe } = user;
  return { ok: true, user: safe };
}
