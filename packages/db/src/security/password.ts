import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;

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
