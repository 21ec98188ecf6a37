import { type NextRequest, NextResponse } from 'next/server';
import { env, servedOverHttps } from './env';
import { refreshSessionToken, sessionCookieName } from './lib/session-cookie';

/**
 * Convenience only: visitors without a valid session token go to the login page, and page views
 * renew the token (the sliding idle timeout, lib/session-cookie.ts). It is not the security
 * boundary: every page, action and handler checks the session itself (lib/session.ts), so
 * bypassing this file (e.g. the 2025 x-middleware-subrequest trick) gains nothing.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const open = pathname === '/login' || pathname.startsWith('/api/auth');
  const https = servedOverHttps();
  const name = sessionCookieName(https);
  const cookie = { httpOnly: true, sameSite: 'lax', path: '/', secure: https } as const;
  const toLogin = () => NextResponse.redirect(new URL('/login', request.nextUrl));
  if (!request.cookies.has(name)) return open ? NextResponse.next() : toLogin();
  // Auth.js's own routes and the login page manage the cookie themselves; so do actions (POST),
  // where a renewed cookie could race with logout's deletion.
  if (open || request.method !== 'GET') return NextResponse.next();
  const result = await refreshSessionToken(
    name,
    request.cookies.get(name)!.value,
    env().AUTH_SECRET,
  );
  if (result.kind === 'invalid') {
    const response = toLogin();
    // Set, not delete: a browser drops a `__Host-` cookie only when told so with Secure.
    response.cookies.set(name, '', { ...cookie, maxAge: 0 });
    return response;
  }
  const response = NextResponse.next();
  if (result.kind === 'refreshed') {
    response.cookies.set(name, result.value, { ...cookie, maxAge: result.maxAge });
  }
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
