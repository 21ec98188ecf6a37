import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;

// No 0/O, 1/l/I: the password is read off a screen and typed by hand.
export const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A password handed to a person (an admin-created or reset account, the demo logins): 16
 * characters from 32 (80 bits) in groups of four, xxxx-xxxx-xxxx-xxxx. `randomInt` draws each
 * character uniformly; a random byte taken modulo the alphabet's size would favour its first
 * letters whenever the size does not divide 256.
 */
export function generateOneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join(
      '',
    ),
  );
  return groups.join('-');
}

// argon2id with OWASP's first recommended profile (19 MiB, 2 passes, 1 lane). The enum in the
// package is a `const enum`, which isolated modules cannot import; 2 is its Argon2id member.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as an unhandled error.
    return false;
  }
}

/**
 * Verifying against a fixed hash when the account does not exist keeps the response time the
 * same either way, so timing does not reveal which emails are registered.
 */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('vestnik-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
