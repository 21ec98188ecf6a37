import { createUser } from '@vestnik/db/factories';
import { LOGIN_LIMITS } from '@vestnik/db/queries/login-attempts';
import { loginAttempts } from '@vestnik/db/schema';
import { and, count, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { changePassword } from '@/actions/account/change-password';
import { deviceCookieName, issueDeviceCookie } from '@/lib/device-cookie';
import { sessionCookieName } from '@/lib/session-cookie';
import { adminTestDatabase, requestState } from './harness';

// Auth.js runs for real here (its HTTP endpoints, the Credentials provider, our authorize);
// only next/headers is replaced, by the request each "browser" below sends.
vi.mock('next/headers', async () => (await import('./harness')).nextHeadersMock());

const t = adminTestDatabase();
const ADMIN = 'http://admin.test';
const DEVICE = deviceCookieName(false);

type Outcome = 'in' | 'invalid' | 'locked';
/** A client: its address (as the admin's server resolved it) and its cookie jar. */
type Client = { ip: string; cookies: Map<string, string> };

const client = (ip: string): Client => ({ ip, cookies: new Map() });
const cookieHeader = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

function keepCookies(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const value = pair.slice(at + 1);
    if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
}

let csrf: { token: string; cookie: string } | undefined;

/**
 * One login as a script or a browser posts it: Auth.js's credentials callback with its CSRF
 * token. Returns what the redirect says: signed in, wrong password, or refused by the limits.
 */
async function login(who: Client, email: string, password: string): Promise<Outcome> {
  const { GET, POST } = await import('@/app/api/auth/[...nextauth]/route');
  if (!csrf) {
    const response = await GET(new NextRequest(`${ADMIN}/api/auth/csrf`));
    const { csrfToken } = (await response.json()) as { csrfToken: string };
    const jar = new Map<string, string>();
    keepCookies(jar, response);
    csrf = { token: csrfToken, cookie: cookieHeader(jar) };
  }
  // What next/headers shows authorize(): this client's cookies (its device cookie, if any).
  requestState.cookies = new Map(who.cookies);
  const response = await POST(
    new NextRequest(`${ADMIN}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': who.ip,
        cookie: [csrf.cookie, cookieHeader(who.cookies)].filter(Boolean).join('; '),
      },
      body: new URLSearchParams({ csrfToken: csrf.token, email, password, callbackUrl: ADMIN }),
    }),
  );
  keepCookies(who.cookies, response);
  // A device cookie authorize() set through next/headers reaches the browser with the response.
  const device = requestState.cookies.get(DEVICE);
  if (device) who.cookies.set(DEVICE, device);
  const location = response.headers.get('location') ?? '';
  if (!location.includes('error=')) return 'in';
  return location.includes('code=locked') ? 'locked' : 'invalid';
}

const checked = async (email: string) =>
  (
    await t.current.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(eq(loginAttempts.email, email.toLowerCase()))
  )[0]!.n;

const tally = (outcomes: Outcome[]) => ({
  invalid: outcomes.filter((o) => o === 'invalid').length,
  locked: outcomes.filter((o) => o === 'locked').length,
  in: outcomes.filter((o) => o === 'in').length,
});

describe('login limits', () => {
  beforeAll(() => {
    requestState.headers = new Headers();
  });

  it('[ADMIN][LOCKOUT] 80 concurrent wrong guesses from one address: only 5 are checked, then even the right password waits', async () => {
    const user = await createUser(t.current.db, { role: 'editor' });
    const attacker = client('198.51.100.20');
    const outcomes = await Promise.all(
      Array.from({ length: 80 }, (_, i) => login(attacker, user.email, `guess-${i}`)),
    );
    const result = tally(outcomes);
    console.info(
      `80 concurrent guesses, one address: ${result.invalid} checked, ${result.locked} refused`,
    );
    expect(result.invalid).toBe(LOGIN_LIMITS.perAccountAndIp.failures);
    expect(result.locked).toBe(80 - LOGIN_LIMITS.perAccountAndIp.failures);
    expect(await checked(user.email)).toBe(LOGIN_LIMITS.perAccountAndIp.failures);
    expect(await login(attacker, user.email, user.password)).toBe('locked');
  });

  it('[ADMIN][LOCKOUT] while guesses from 60 addresses lock an account, its owner still logs in from a browser that logged in before', async () => {
    const owner = await createUser(t.current.db, { role: 'admin' });
    const known = client('203.0.113.10');
    expect(await login(known, owner.email, owner.password)).toBe('in');
    expect(known.cookies.has(DEVICE)).toBe(true);

    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        login(client(`192.0.2.${i + 1}`), owner.email, `guess-${i}`),
      ),
    );
    const result = tally(outcomes);
    console.info(
      `60 guesses from 60 addresses: ${result.invalid} checked, ${result.locked} refused`,
    );
    expect(result.invalid).toBe(LOGIN_LIMITS.perAccount.failures);
    // Every unknown browser is now refused, even with the right password from a fresh address…
    expect(await login(client('203.0.113.99'), owner.email, owner.password)).toBe('locked');
    // …but the owner's own browser is not, from its usual address or another one.
    expect(await login(known, owner.email, owner.password)).toBe('in');
    const travelling = { ...known, ip: '198.18.0.7', cookies: new Map(known.cookies) };
    expect(await login(travelling, owner.email, owner.password)).toBe('in');
    console.info('owner from a known browser during the attack: logged in');
  });

  it('[ADMIN][LOCKOUT] a known browser has five guesses of its own; a forged, foreign or expired device cookie gives none', async () => {
    const owner = await createUser(t.current.db, { role: 'editor' });
    const other = await createUser(t.current.db, { role: 'author' });
    const known = client('203.0.113.20');
    expect(await login(known, owner.email, owner.password)).toBe('in');
    for (let i = 0; i < 60; i++) await login(client(`192.0.2.${100 + i}`), owner.email, 'x');

    // The attacker's own account's cookie, a tampered one and a stale one do not help.
    const mine = client('198.51.100.50');
    expect(await login(mine, other.email, other.password)).toBe('in');
    expect(await login(mine, owner.email, owner.password)).toBe('locked');
    const secret = process.env.AUTH_SECRET!;
    const forged = client('198.51.100.51');
    forged.cookies.set(DEVICE, `${issueDeviceCookie(secret, owner.email).slice(0, -4)}AAAA`);
    expect(await login(forged, owner.email, owner.password)).toBe('locked');
    const stale = client('198.51.100.52');
    const yearAgo = Math.floor(Date.now() / 1000) - 200 * 24 * 3600;
    stale.cookies.set(DEVICE, issueDeviceCookie(secret, owner.email, yearAgo));
    expect(await login(stale, owner.email, owner.password)).toBe('locked');

    // The known browser's own typos: five, then it is an unknown browser like any other.
    for (let i = 0; i < LOGIN_LIMITS.perDevice.failures; i++) {
      expect(await login(known, owner.email, `typo-${i}`)).toBe('invalid');
    }
    expect(await login(known, owner.email, owner.password)).toBe('locked');
  });

  it('[ADMIN][LOCKOUT] a known browser that used up its five guesses gets no second allowance from the unknown-browser limits', async () => {
    const user = await createUser(t.current.db, { role: 'author' });
    const browser = client('203.0.113.30');
    expect(await login(browser, user.email, user.password)).toBe('in');
    for (let i = 0; i < LOGIN_LIMITS.perDevice.failures; i++) {
      expect(await login(browser, user.email, `typo-${i}`)).toBe('invalid');
    }
    expect(await login(browser, user.email, user.password)).toBe('locked');
    // Without its cookie, from the same address, it is the same guesser: still refused.
    expect(await login(client('203.0.113.30'), user.email, user.password)).toBe('locked');
  });

  it('[ADMIN][LOCKOUT] 30 concurrent guesses of the current password on change-password, with a live session: only 5 are checked', async () => {
    const user = await createUser(t.current.db, { role: 'author' });
    const name = sessionCookieName(false);
    const session = await encode({
      token: { uid: user.id, sv: user.sessionVersion, loginAt: Math.floor(Date.now() / 1000) },
      secret: process.env.AUTH_SECRET!,
      salt: name,
    });
    requestState.cookies = new Map([[name, session]]);
    requestState.headers = new Headers({ 'x-forwarded-for': '198.51.100.77' });
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        changePassword({
          current: `guess-${i}`,
          next: 'новый-пароль-123',
          confirm: 'новый-пароль-123',
        }),
      ),
    );
    const wrong = results.filter((r) => !r.ok && r.error === 'Текущий пароль введён неверно.');
    const limited = results.filter((r) => !r.ok && r.error.startsWith('Слишком много'));
    console.info(
      `change-password, 30 concurrent guesses: ${wrong.length} checked, ${limited.length} refused`,
    );
    expect(wrong.length).toBe(LOGIN_LIMITS.perAccountAndIp.failures);
    expect(limited.length).toBe(30 - LOGIN_LIMITS.perAccountAndIp.failures);
    const right = await changePassword({
      current: user.password,
      next: 'новый-пароль-123',
      confirm: 'новый-пароль-123',
    });
    expect(right).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^Слишком много неверных попыток ввести пароль\. Попробуйте снова в \d\d:\d\d/,
      ),
    });
    const rows = await t.current.db
      .select({ n: count() })
      .from(loginAttempts)
      .where(
        and(eq(loginAttempts.email, user.email.toLowerCase()), eq(loginAttempts.kind, 'password')),
      );
    expect(rows[0]!.n).toBe(LOGIN_LIMITS.perAccountAndIp.failures);
  });
});
