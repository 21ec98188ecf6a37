import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { env, servedOverHttps } from '@/env';

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser that
 * has logged in to an account gets a signed cookie naming that account. Its later guesses for that
 * account count against the cookie alone (queries/login-attempts.ts), so an attacker who exhausts
 * the limits for unknown browsers cannot lock the owner out of a browser they use. The cookie is
 * no credential: the password is still checked; it only decides which allowance a guess uses.
 */
export const DEVICE_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

export const deviceCookieName = (https: boolean) =>
  https ? '__Host-vestnik-device' : 'vestnik-device';

const normalize = (email: string) => email.trim().toLowerCase();

function signature(secret: string, email: string, id: string, issuedAt: number): Buffer {
  return createHmac('sha256', secret)
    .update(`vestnik-device-cookie\n${normalize(email)}\n${id}\n${issuedAt}`)
    .digest();
}

/** `<id>.<issued at, seconds>.<HMAC>`, bound to the account's email. */
export function issueDeviceCookie(
  secret: string,
  email: string,
  now = Math.floor(Date.now() / 1000),
): string {
  const id = randomBytes(16).toString('base64url');
  return `${id}.${now}.${signature(secret, email, id, now).toString('base64url')}`;
}

/** The cookie's id if it is ours, unexpired and was issued for this account; else undefined. */
export function readDeviceCookie(
  secret: string,
  value: string | undefined,
  email: string,
  now = Math.floor(Date.now() / 1000),
): string | undefined {
  const [id, issued, mac, extra] = (value ?? '').split('.');
  if (!id || !issued || !mac || extra !== undefined || !/^\d{1,12}$/.test(issued)) return undefined;
  const issuedAt = Number(issued);
  if (issuedAt > now + 60 || now - issuedAt > DEVICE_COOKIE_MAX_AGE_S) return undefined;
  const expected = signature(secret, email, id, issuedAt);
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return id;
}

/** The known-device id this browser holds for the account, read from the request's cookies. */
export async function knownDevice(email: string): Promise<string | undefined> {
  const jar = await cookies();
  return readDeviceCookie(
    env().AUTH_SECRET,
    jar.get(deviceCookieName(servedOverHttps()))?.value,
    email,
  );
}

/** After a successful login: this browser is now known for the account (a fresh id each time). */
export async function rememberDevice(email: string): Promise<void> {
  const https = servedOverHttps();
  (await cookies()).set(deviceCookieName(https), issueDeviceCookie(env().AUTH_SECRET, email), {
    httpOnly: true,
    secure: https,
    sameSite: 'strict',
    path: '/',
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
  });
}
