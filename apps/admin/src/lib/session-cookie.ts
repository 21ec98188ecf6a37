import { decode, encode } from 'next-auth/jwt';
import { ABSOLUTE_TIMEOUT_S, IDLE_TIMEOUT_S } from './session-timeouts';

/** `__Host-` over https (see auth.ts); the plain name for a local http admin. */
export const sessionCookieName = (https: boolean) =>
  https ? '__Host-authjs.session-token' : 'authjs.session-token';

/** Re-issue at most once a minute: enough for a 30-minute idle limit, fewer cookie writes. */
const REFRESH_AFTER_S = 60;

export type RefreshResult =
  | { kind: 'invalid' }
  | { kind: 'fresh' }
  | { kind: 'refreshed'; value: string; maxAge: number };

/**
 * The sliding idle timeout. Auth.js's `auth()` in server components computes a renewed token but
 * cannot set cookies there, so without this the session would end 30 minutes after login however
 * active the editor is. The token is renewed only if it decrypts, has not expired (idle) and is
 * within 8 hours of the login (absolute). This only extends the expiry of an already valid token:
 * revocation (session version, disabled account, role) is still checked against the database on
 * every request by lib/session.ts.
 */
export async function refreshSessionToken(
  cookieName: string,
  value: string,
  secret: string,
  now = Math.floor(Date.now() / 1000),
): Promise<RefreshResult> {
  let token: Record<string, unknown> | null;
  try {
    token = (await decode({ token: value, secret, salt: cookieName })) as Record<
      string,
      unknown
    > | null;
  } catch {
    return { kind: 'invalid' };
  }
  if (!token || typeof token.exp !== 'number' || token.exp <= now) return { kind: 'invalid' };
  const loginAt = token.loginAt;
  if (typeof loginAt !== 'number' || now - loginAt > ABSOLUTE_TIMEOUT_S) return { kind: 'invalid' };
  if (typeof token.iat === 'number' && now - token.iat < REFRESH_AFTER_S) return { kind: 'fresh' };
  // Never past the absolute limit: the cookie expires with it even if the editor stays active.
  const maxAge = Math.min(IDLE_TIMEOUT_S, loginAt + ABSOLUTE_TIMEOUT_S - now);
  const { exp: _exp, iat: _iat, jti: _jti, ...claims } = token;
  return {
    kind: 'refreshed',
    value: await encode({ token: claims, secret, salt: cookieName, maxAge }),
    maxAge,
  };
}
