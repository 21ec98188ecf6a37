import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The view counter's reader cookie: a random id signed by the site, scoped to /api/views (pages
 * never see it, so cached pages stay the same for everyone). Signed so that a client cannot
 * present ids of its own choosing and make every request a "new reader".
 */
export const READER_COOKIE = 'vr';

function signature(id: string, secret: string): string {
  return createHmac('sha256', secret).update(`reader:${id}`).digest('base64url').slice(0, 22);
}

export function newReaderCookie(secret: string): { id: string; value: string } {
  const id = randomBytes(12).toString('base64url');
  return { id, value: `${id}.${signature(id, secret)}` };
}

/** The reader id of a valid cookie value; undefined for a missing, forged or damaged one. */
export function readReaderCookie(value: string | undefined, secret: string): string | undefined {
  const [id, given] = (value ?? '').split('.');
  if (!id || !given || !/^[\w-]{16}$/.test(id)) return undefined;
  const expected = Buffer.from(signature(id, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? id : undefined;
}

export function readerCookieHeader(value: string, https: boolean): string {
  return `${READER_COOKIE}=${value}; Path=/api/views; Max-Age=31536000; HttpOnly; SameSite=Strict${https ? '; Secure' : ''}`;
}

/** The cookie's value from a Cookie header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
