import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off a screen and typed by hand.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** 16 random characters from 32 (80 bits) in groups of four: xxxx-xxxx-xxxx-xxxx. */
export function generateOneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  );
  return groups.join('-');
}
