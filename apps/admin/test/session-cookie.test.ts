import { randomBytes } from 'node:crypto';
import { decode, encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { refreshSessionToken } from '@/lib/session-cookie';

const NAME = 'authjs.session-token';
const secret = randomBytes(32).toString('base64url');
const now = Math.floor(Date.now() / 1000);

const issue = (loginAt: number, maxAge = 1800) =>
  encode({ token: { uid: 7, sv: 1, loginAt }, secret, salt: NAME, maxAge });

describe('session timeouts', () => {
  it('[ADMIN][SESSION] activity re-issues the token for another 30 minutes, keeping the login time', async () => {
    const result = await refreshSessionToken(NAME, await issue(now - 600), secret, now + 120);
    expect(result.kind).toBe('refreshed');
    if (result.kind !== 'refreshed') return;
    expect(result.maxAge).toBe(1800);
    const token = await decode({ token: result.value, secret, salt: NAME });
    expect(token).toMatchObject({ uid: 7, sv: 1, loginAt: now - 600 });
    expect(Number(token!.exp) - Number(token!.iat)).toBe(1800);
  });

  it('[ADMIN][SESSION] 30 idle minutes end the session', async () => {
    const token = await issue(now - 3600, 1800);
    expect((await refreshSessionToken(NAME, token, secret, now + 1800 + 20)).kind).toBe('invalid');
  });

  it('[ADMIN][SESSION] 8 hours after login the session ends however active, and is never renewed past it', async () => {
    expect(
      (await refreshSessionToken(NAME, await issue(now - 8 * 3600 - 1), secret, now)).kind,
    ).toBe('invalid');
    const nearEnd = await refreshSessionToken(
      NAME,
      await issue(now - 8 * 3600 + 300),
      secret,
      now + 70,
    );
    expect(nearEnd.kind === 'refreshed' && nearEnd.maxAge).toBe(230);
  });

  it('[ADMIN][SESSION] a token signed with another secret or tampered with is refused', async () => {
    const foreign = await encode({
      token: { uid: 1, loginAt: now },
      secret: randomBytes(32).toString('hex'),
      salt: NAME,
    });
    expect((await refreshSessionToken(NAME, foreign, secret, now)).kind).toBe('invalid');
    expect(
      (await refreshSessionToken(NAME, `${(await issue(now)).slice(0, -3)}abc`, secret, now)).kind,
    ).toBe('invalid');
  });
});
