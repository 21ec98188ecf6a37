import { describe, expect, it } from 'vitest';
import { generateOneTimePassword, MIN_PASSWORD_LENGTH, PASSWORD_ALPHABET } from './password.ts';

describe('generateOneTimePassword', () => {
  it('[SECURITY][PASSWORD] four groups of four characters from the unambiguous alphabet, above the minimum length', () => {
    const password = generateOneTimePassword();
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(password.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
    for (const char of password.replaceAll('-', '')) expect(PASSWORD_ALPHABET).toContain(char);
    expect(password).not.toMatch(/[01lo]/);
  });

  it('[SECURITY][PASSWORD] every character of the alphabet is equally likely (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) {
      for (const char of generateOneTimePassword().replaceAll('-', '')) {
        counts.set(char, (counts.get(char) ?? 0) + 1);
      }
    }
    // 800,000 draws: about 25,000 per character with a spread of ~160. A byte taken modulo 31 or
    // 32-with-a-gap makes some characters 12.5% likelier (9/256 against 8/256): far outside ±4%.
    const expected = (50_000 * 16) / PASSWORD_ALPHABET.length;
    expect(counts.size).toBe(PASSWORD_ALPHABET.length);
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.04);
  });
});
