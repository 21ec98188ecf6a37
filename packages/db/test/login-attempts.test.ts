import { describe, expect, it } from 'vitest';
import {
  beginPasswordCheck,
  checkLoginLock,
  LOGIN_LIMITS,
  recordLoginAttempt,
  settlePasswordCheck,
} from '../src/queries/login-attempts.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();

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

  it('[ADMIN][LOCKOUT] 80 concurrent guesses for one account from one address: only the limit is let through', async () => {
    const db = t.current.db;
    const email = 'race@test.kz';
    const tickets = await Promise.all(
      Array.from({ length: 80 }, () =>
        beginPasswordCheck(db, { email, ip: '10.2.2.2', kind: 'login' }),
      ),
    );
    const allowed = tickets.filter((ticket) => ticket.allowed).length;
    console.info(`80 concurrent guesses (one address): ${allowed} let through`);
    expect(allowed).toBe(LOGIN_LIMITS.perAccountAndIp.failures);
  });

  it('[ADMIN][LOCKOUT] guesses from many addresses at once stop at the account ceiling', async () => {
    const db = t.current.db;
    const email = 'distributed@test.kz';
    const tickets = await Promise.all(
      Array.from({ length: 70 }, (_, i) =>
        beginPasswordCheck(db, { email, ip: `10.3.0.${i}`, kind: 'login' }),
      ),
    );
    expect(tickets.filter((ticket) => ticket.allowed).length).toBe(
      LOGIN_LIMITS.perAccount.failures,
    );
  });

  it('[ADMIN][LOCKOUT] a known browser keeps its own allowance while the account is locked for everyone else', async () => {
    const db = t.current.db;
    const email = 'owner@test.kz';
    for (let i = 0; i < LOGIN_LIMITS.perAccount.failures; i++) {
      await recordLoginAttempt(db, { email, ip: `10.4.0.${i}`, success: false });
    }
    expect((await checkLoginLock(db, { email, ip: '10.5.5.5' })).locked).toBe(true);
    const known = await beginPasswordCheck(db, {
      email,
      ip: '10.5.5.5',
      device: 'device-a',
      kind: 'login',
    });
    expect(known.allowed).toBe(true);
    if (known.allowed) await settlePasswordCheck(db, { id: known.id, success: true });
    // Its own typos count against it alone; after five it is just another unknown browser.
    for (let i = 0; i < LOGIN_LIMITS.perDevice.failures; i++) {
      const ticket = await beginPasswordCheck(db, {
        email,
        ip: '10.5.5.5',
        device: 'device-a',
        kind: 'login',
      });
      expect(ticket.allowed).toBe(true);
    }
    expect(
      (await beginPasswordCheck(db, { email, ip: '10.5.5.5', device: 'device-a', kind: 'login' }))
        .allowed,
    ).toBe(false);
    expect(
      (await beginPasswordCheck(db, { email, ip: '10.5.5.5', device: 'device-b', kind: 'login' }))
        .allowed,
    ).toBe(true);
  });
});
