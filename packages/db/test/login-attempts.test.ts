import { describe, expect, it } from 'vitest';
import { checkLoginLock, LOGIN_LIMITS, recordLoginAttempt } from '../src/queries/login-attempts.ts';
import { useTestDatabase } from './context.ts';

const t = useTestDatabase();

describe('login attempts', () => {
  it('[ADMIN][LOCKOUT] five failures for one account from one address lock that pair for 15 minutes', async () => {
    const db = t.current.db;
    const email = 'lock-pair@test.kz';
    for (let i = 0; i < LOGIN_LIMITS.perAccountAndIp.failures - 1; i++) {
      await recordLoginAttempt(db, { email, ip: '10.0.0.1', success: false });
    }
    expect((await checkLoginLock(db, { email, ip: '10.0.0.1' })).locked).toBe(false);
    await recordLoginAttempt(db, { email, ip: '10.0.0.1', success: false });
    const lock = await checkLoginLock(db, { email, ip: '10.0.0.1' });
    expect(lock.locked).toBe(true);
    if (lock.locked) {
      const minutes = (lock.retryAt.getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(14);
      expect(minutes).toBeLessThanOrEqual(15);
    }
    // The real editor, elsewhere, is not locked out by the attacker's guesses.
    expect((await checkLoginLock(db, { email: ' LOCK-PAIR@test.kz', ip: '10.0.0.2' })).locked).toBe(
      false,
    );
    // Once the window has passed, the pair may try again.
    const later = new Date(Date.now() + LOGIN_LIMITS.perAccountAndIp.windowMs + 1000);
    expect((await checkLoginLock(db, { email, ip: '10.0.0.1', now: later })).locked).toBe(false);
  });

  it('[ADMIN][LOCKOUT] one address is stopped after 100 failures an hour across accounts', async () => {
    const db = t.current.db;
    for (let i = 0; i < LOGIN_LIMITS.perIp.failures; i++) {
      await recordLoginAttempt(db, { email: `spray-${i}@test.kz`, ip: '10.9.9.9', success: false });
    }
    expect((await checkLoginLock(db, { email: 'fresh@test.kz', ip: '10.9.9.9' })).locked).toBe(
      true,
    );
    expect((await checkLoginLock(db, { email: 'fresh@test.kz', ip: '10.9.9.8' })).locked).toBe(
      false,
    );
  });

  it('[ADMIN][LOCKOUT] successful logins do not count as failures', async () => {
    const db = t.current.db;
    for (let i = 0; i < 10; i++)
      await recordLoginAttempt(db, { email: 'ok@test.kz', ip: '10.1.1.1', success: true });
    expect((await checkLoginLock(db, { email: 'ok@test.kz', ip: '10.1.1.1' })).locked).toBe(false);
  });
});
